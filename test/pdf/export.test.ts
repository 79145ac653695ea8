import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopBundle } from '../../src/domain/bundle';
import { createExampleWorkshop } from '../../src/domain/example';
import { buildPdf } from '../../src/pdf/buildPdf';
import type { ExportOptions } from '../../src/pdf/options';
import type { MissingGlyphWarning } from '../../src/pdf/buildPdf';
import { AT, MULTILINGUAL_NOTES, multilingualWorkshop, RTL_WITH_LATIN_NOTE, UNDRAWABLE_NOTE } from './multilingual';
import { nodeAssetLoader } from './nodeFonts';

const dir = process.env.PDF_OUT ?? mkdtempSync(join(tmpdir(), 'partnerscape-pdf-'));
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/**
 * pdftotext breaks lines where the layout wrapped them and marks direction changes with embedding controls;
 * compare in NFC without any whitespace or those controls.
 */
const squash = (text: string) => text.normalize('NFC').replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu, '');
const warnings: Record<string, MissingGlyphWarning[]> = {};

async function generate(name: string, bundle: WorkshopBundle, what: ExportOptions['what'], extra: Partial<ExportOptions> = {}): Promise<string> {
  const options: ExportOptions = { what, canvasId: null, format: 'a4', orientation: what === 'report' ? 'portrait' : 'landscape', showVotes: true, showAuthors: true, showScores: true, date: '2026-11-25', ...extra };
  const file = join(dir, `${name}.pdf`);
  const built = await buildPdf(bundle, options, nodeAssetLoader);
  writeFileSync(file, built.bytes);
  warnings[name] = built.warnings;
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
  // Embedded, subset (a six-letter tag, "sub" yes) and with a ToUnicode map.
  for (const row of rows) expect(row, row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  return rows.map((r) => r.split(/\s+/)[0] ?? '');
}

describe('PDF files (checked with poppler)', () => {
  const example = createExampleWorkshop(AT);
  const files: Record<string, string> = {};

  beforeAll(async () => {
    files.canvases = await generate('example-canvases', example, 'canvases');
    files.map = await generate('example-map', example, 'map');
    files.report = await generate('example-report', example, 'report');
    const multilingual = multilingualWorkshop();
    files.multilingual = await generate('multilingual-report', multilingual, 'report', { format: 'letter' });
    files.a3 = await generate('multilingual-canvas-a3', multilingual, 'canvas', { format: 'a3', orientation: 'portrait', canvasId: multilingual.canvases[0]?.id ?? null });
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

  it('gives back every note in every script exactly, right-to-left in logical order, with embedded subset fonts', () => {
    for (const file of [files.multilingual, files.a3]) {
      const raw = run('pdftotext', file ?? '', '-');
      const text = squash(raw);
      for (const note of [...MULTILINGUAL_NOTES, UNDRAWABLE_NOTE]) expect(text, note).toContain(squash(note));
      const words = new Set(raw.replace(/[\u200e\u200f\u202a-\u202e]/gu, ' ').split(/\s+/));
      for (const word of RTL_WITH_LATIN_NOTE.split(' ')) expect(words, word).toContain(word);
      expect(text).toContain(squash('Warsztat partnerski — Kraków'));
      expect(raw).not.toContain('\uFFFD');
      const fonts = fontsAllEmbedded(file ?? '');
      for (const face of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular', 'DejaVuSans', 'NotoSansDevanagari-Regular', 'NotoSansThai-Regular', 'NotoSansSC-Regular', 'NotoSansTC-Regular', 'NotoSansJP-Regular', 'NotoSansKR-Regular', 'NotoEmoji-Regular']) {
        expect(fonts.some((f) => f.endsWith(`+${face}`)), face).toBe(true);
      }
    }
  });

  it('names the note whose characters no font has, and keeps them in the text layer', () => {
    const list = warnings['multilingual-canvas-a3'] ?? [];
    expect(list).toHaveLength(1);
    expect(list[0]?.where).toContain('Amharic greeting');
    expect(list[0]?.characters.join('')).toBe('ሰላም');
    expect(warnings['example-report']).toEqual([]);
  });

  it("prints a live participant's name under their note only with \"Show authors\" on", async () => {
    const canvasId = example.canvases[0]?.id ?? null;
    const noted = example.notes.find((n) => n.canvasId === canvasId);
    if (!noted) throw new Error('no note on the first canvas');
    const named = { ...example, notes: example.notes.map((n) => (n.id === noted.id ? { ...n, author: 'Grace Hopper' } : n)) };
    const shown = squash(run('pdftotext', await generate('authors-shown', named, 'canvas', { canvasId }), '-'));
    const hidden = squash(run('pdftotext', await generate('authors-hidden', named, 'canvas', { canvasId, showAuthors: false }), '-'));
    expect(shown).toContain('GraceHopper');
    expect(hidden).not.toContain('Grace');
    expect(hidden).toContain(squash(noted.text));
  });

  it('leaves the CJK and other script fonts out when no text needs them', () => {
    const fonts = fontsAllEmbedded(files.report ?? '');
    expect(fonts.map((f) => f.split('+')[1]).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
  });
});
