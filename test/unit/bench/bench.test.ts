import { describe, expect, it } from 'vitest';
import { backupFileText, generateWorkshop } from '../../../bench/generate';
import { mulberry32 } from '../../../bench/random';
import { formatMarkdown, formatTable, targetMet, type PartResult } from '../../../bench/report';
import { pairRatios, percentile } from '../../../bench/stats';
import { parseImportFile } from '../../../src/domain/document';

const spec = { title: 'Bench small', partners: 30, edges: 60, canvases: 2, notes: 50 };

describe('bench workshop generator', () => {
  it('gives the same workshop for the same seed and a different one for another seed', () => {
    expect(JSON.stringify(generateWorkshop(spec, 7))).toBe(JSON.stringify(generateWorkshop(spec, 7)));
    expect(JSON.stringify(generateWorkshop(spec, 8))).not.toBe(JSON.stringify(generateWorkshop(spec, 7)));
    expect(mulberry32(1)()).toBe(mulberry32(1)());
  });

  it('makes N partners, 2N edges and the notes asked for, as a backup the real import accepts', () => {
    const bundle = generateWorkshop(spec, 3);
    expect(bundle.partners).toHaveLength(30);
    expect(bundle.edges).toHaveLength(60);
    expect(bundle.notes).toHaveLength(50);
    expect(bundle.edges.every((e) => e.from !== e.to)).toBe(true);
    const parsed = parseImportFile(backupFileText([bundle, generateWorkshop({ ...spec, title: 'Second' }, 4)]));
    expect(parsed.ok && parsed.bundles.map((b) => [b.workshop.title, b.partners.length])).toEqual([
      ['Bench small', 30],
      ['Second', 30],
    ]);
  });
});

describe('bench statistics and tables', () => {
  it('takes nearest-rank percentiles and pairwise ratios', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([], 50)).toBeNaN();
    expect(pairRatios([10, 30], [5, 10])).toEqual([2, 3]);
  });

  it('prints each part, a not-available part, and each target with met/missed', () => {
    const results: PartResult[] = [
      { part: 'startup', status: 'ok', seconds: 3, rows: [{ measure: 'initial JS', value: '320 KB' }], targets: [{ name: 'initial JavaScript (gzip)', value: 320, limit: 400, unit: 'KB', kind: 'max' }], data: null },
      { part: 'pdf', status: 'not available', seconds: 1, reason: 'no Export PDF dialog', targets: [{ name: 'raster ÷ vector', value: null, limit: 5, unit: '×', kind: 'min' }] },
      { part: 'map', status: 'ok', seconds: 9, rows: [], targets: [{ name: 'map ratio', value: 2, limit: 1.3, unit: '×', kind: 'max' }], data: null },
    ];
    const table = formatTable(results);
    expect(table).toContain('== pdf');
    expect(table).toContain('no Export PDF dialog');
    expect(table).toMatch(/initial JavaScript \(gzip\)\s+320 KB\s+≤ 400 KB\s+met/);
    expect(table).toMatch(/map ratio\s+2 ×\s+≤ 1\.3 ×\s+MISSED/);
    expect(table).toMatch(/raster ÷ vector\s+—\s+≥ 5 ×\s+not measured/);
    expect(formatMarkdown(results)).toContain('| startup | initial JS | 320 KB |  |');
    expect(targetMet({ name: 'x', value: 5, limit: 5, unit: '×', kind: 'min' })).toBe(true);
    expect(targetMet({ name: 'x', value: 1, limit: 1, unit: '×', kind: 'max' })).toBe(true);
  });
});
