import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopBundle } from '../../src/domain/bundle';
import { createExampleWorkshop } from '../../src/domain/example';
import { buildPdf } from '../../src/pdf/buildPdf';
import type { ExportOptions } from '../../src/pdf/options';
import { AT, EMOJI_NOTE, MULTILINGUAL_NOTES, multilingualWorkshop } from './multilingual';
import { nodeFontLoader } from './nodeFonts';

const dir = process.env.PDF_OUT ?? mkdtempSync(join(tmpdir(), 'partnerscape-pdf-'));
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** pdftotext breaks lines where the layout wrapped them; compare without any whitespace. */
const squash = (text: string) => text.replace(/\s+/g, '');

async function generate(name: string, bundle: WorkshopBundle, what: ExportOptions['what'], extra: Partial<ExportOptions> = {}): Promise<string> {
  const options: ExportOptions = { what, canvasId: null, format: 'a4', orientation: what === 'report' ? 'portrait' : 'landscape', showVotes: true, showScores: true, date: '2026-11-25', ...extra };
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await buildPdf(bundle, options, nodeFontLoader));
  return file;
}

function info(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', file)
      .split('\n')
      .map((line) => line.match(/^([^:]+):\s*(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

function fontsAllEmbedded(file: string): string[] {
  const rows = run('pdffonts', file).split('\n').slice(2).filter(Boolean);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row, row).toMatch(/CID TrueType\s+Identity-H\s+yes/);
  return rows.map((r) => r.split(/\s+/)[0] ?? '');
}

describe('PDF files (checked with poppler)', () => {
  const example = createExampleWorkshop(AT);
  const files: Record<string, string> = {};

  beforeAll(async () => {
    files.canvases = await generate('example-canvases', example, 'canvases');
    files.map = await generate('example-map', example, 'map');
    files.report = await generate('example-report', example, 'report');
    files.multilingual = await generate('multilingual-report', multilingualWorkshop(), 'report', { format: 'letter' });
    files.a3 = await generate('multilingual-canvas-a3', multilingualWorkshop(), 'canvas', { format: 'a3', orientation: 'portrait', canvasId: multilingualWorkshop().canvases[0]?.id ?? null });
  });

  it('puts every note of the example into the canvases PDF as real text', () => {
    const text = squash(run('pdftotext', files.canvases ?? '', '-'));
    for (const note of example.notes) expect(text).toContain(squash(note.text));
    expect(info(files.canvases ?? '').Pages).toBe('2');
    fontsAllEmbedded(files.canvases ?? '');
  });

  it('sets document properties and page counts', () => {
    const report = info(files.report ?? '');
    expect(report.Title).toBe('Northwind ecosystem workshop — Full workshop report');
    expect(report.Author).toBe('Northwind Analytics');
    expect(report.Subject).toContain('Full workshop report');
    expect(report.Creator).toBe('Partnerscape');
    expect(Number(report.Pages)).toBe(13);
    expect(info(files.map ?? '').Pages).toBe('1');
    expect(info(files.map ?? '').Title).toBe('Northwind ecosystem workshop — Ecosystem tier map');
  });

  it('draws the map with every partner name and edge label as text', () => {
    // Map labels are scattered over the page, so pdftotext may interleave them: check word by word.
    const words = new Set(run('pdftotext', files.map ?? '', '-').split(/\s+/));
    for (const label of [...example.partners.map((p) => p.name), ...example.edges.map((e) => e.label)]) {
      for (const word of label.split(/\s+/)) expect(words, label).toContain(word);
    }
  });

  it('includes notes, scorecard and insights in the report, with an outline', () => {
    const text = squash(run('pdftotext', files.report ?? '', '-'));
    for (const note of example.notes) expect(text).toContain(squash(note.text));
    for (const insight of example.insights) expect(text).toContain(squash(insight.text));
    expect(text).toContain(squash('Partner scorecard'));
    expect(text).toContain(squash('Noise: no objective, low score'));
  });

  it('has the enablement checklists, the metric sections and prioritised insights in the report text', () => {
    const text = squash(run('pdftotext', files.report ?? '', '-'));
    for (const plan of example.enablement) for (const item of plan.checklist) expect(text).toContain(squash(item.label));
    for (const heading of ['Enablement', 'Due and overdue', 'Plans by partner', 'Metrics', 'By partner type', 'By tier', 'Partner-sourced revenue', 'Co-innovation output', 'Response to the partner']) {
      expect(text).toContain(squash(heading));
    }
    expect(text).toContain(squash('Figures for Q3 2026'));
  });

  it('renders Polish, Greek, Russian, Vietnamese and Japanese, with only embedded fonts', () => {
    for (const file of [files.multilingual, files.a3]) {
      const text = squash(run('pdftotext', file ?? '', '-'));
      for (const note of MULTILINGUAL_NOTES) expect(text).toContain(squash(note));
      expect(text).toContain(squash('Warsztat partnerski — Kraków'));
      const fonts = fontsAllEmbedded(file ?? '');
      expect(fonts.some((f) => f.includes('NotoSansJP'))).toBe(true);
    }
  });

  it('shows a visible replacement for an emoji instead of dropping the note', () => {
    const text = run('pdftotext', files.a3 ?? '', '-').replace(/\s+/g, ' ');
    expect(text).toContain('Launch party \uFFFD with the partner team');
    expect(EMOJI_NOTE).toContain('🎉');
  });

  it('leaves the CJK font out when no text needs it', () => {
    expect(fontsAllEmbedded(files.report ?? '').some((f) => f.includes('NotoSansJP'))).toBe(false);
  });
});
