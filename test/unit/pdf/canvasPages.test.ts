import { describe, expect, it } from 'vitest';
import { createExampleWorkshop } from '../../../src/domain/example';
import { layoutDocument } from '../../../src/pdf/document';
import { MARGIN } from '../../../src/pdf/frame';
import type { Primitive } from '../../../src/pdf/primitives';
import { fakeMetrics } from './fakeMetrics';
import { AT, options, overlaps, rectsTagged, texts, withNotes } from './helpers';

const squash = (s: string) => s.replace(/\s+/g, '');

function withinMargins(item: Primitive, width: number, height: number): boolean {
  const inside = (x: number, y: number) => x >= MARGIN - 0.01 && y >= MARGIN - 0.01 && x <= width - MARGIN + 0.01 && y <= height - MARGIN + 0.01;
  if (item.kind === 'rect') return inside(item.x, item.y) && inside(item.x + item.w, item.y + item.h);
  if (item.kind === 'text') return inside(item.x, item.y) && inside(item.x + fakeMetrics.width(item.text, item.font, item.size), item.y);
  return true;
}

describe('canvas pages', () => {
  it('lays out the four fields as a 2×2 grid on one page with header and footer', () => {
    const bundle = createExampleWorkshop(AT);
    const doc = layoutDocument(bundle, options('canvas', { canvasId: bundle.canvases[0]?.id ?? null }), fakeMetrics);
    expect(doc.pages).toHaveLength(1);
    const page = doc.pages[0];
    if (!page) throw new Error('no page');
    const fields = rectsTagged(page, 'field');
    expect(fields).toHaveLength(4);
    expect(new Set(fields.map((f) => Math.round(f.x))).size).toBe(2);
    expect(new Set(fields.map((f) => Math.round(f.y))).size).toBe(2);
    const text = texts(page);
    for (const heading of ['Desired Assets', 'Value Offer', 'Transfer Activity', 'Created Value', 'Ecosystem strategy', 'Northwind ecosystem workshop', 'Page 1 of 1']) {
      expect(text).toContain(heading);
    }
    expect(doc.outline).toEqual([{ title: 'Ecosystem strategy', page: 0 }]);
  });

  it('continues a field with too many notes on a labelled page, dropping no note and overlapping none', () => {
    const bundle = withNotes(40, (i) => `Extra note number ${i} about distribution in a new region`);
    const doc = layoutDocument(bundle, options('canvas', { canvasId: bundle.canvases[0]?.id ?? null }), fakeMetrics);
    expect(doc.pages.length).toBeGreaterThan(1);
    const all = squash(doc.pages.map(texts).join(''));
    for (let i = 0; i < 40; i += 1) expect(all).toContain(squash(`Extra note number ${i} about distribution in a new region`));
    expect(texts(doc.pages[1] ?? { size: { width: 0, height: 0 }, items: [] })).toContain('Desired Assets (continued)');
    const firstText = texts(doc.pages[0] ?? { size: { width: 0, height: 0 }, items: [] });
    // Only the field that continues says so, with the page it continues on.
    expect(firstText).toContain('Desired Assets continues on p. 2');
    expect(firstText).not.toContain('Value Offer continues');
    doc.pages.forEach((page, p) => {
      const notes = rectsTagged(page, 'note');
      for (let a = 0; a < notes.length; a += 1)
        for (let b = a + 1; b < notes.length; b += 1) expect(overlaps(notes[a] as never, notes[b] as never), `page ${p} notes ${a}/${b}`).toBe(false);
      for (const item of page.items) expect(withinMargins(item, page.size.width, page.size.height), JSON.stringify(item)).toBe(true);
    });
  });

  it('splits a note longer than a page across boxes and pages without losing text', () => {
    const long = Array.from({ length: 700 }, (_, i) => `word${i}`).join(' ');
    const bundle = withNotes(1, () => long, 'createdValue');
    for (const orientation of ['portrait', 'landscape'] as const) {
      const doc = layoutDocument(bundle, options('canvas', { canvasId: bundle.canvases[0]?.id ?? null, orientation }), fakeMetrics);
      expect(doc.pages.length).toBeGreaterThan(2);
      const all = doc.pages.map(texts).join(' ');
      for (let i = 0; i < 700; i += 1) expect(all).toMatch(new RegExp(`word${i}(?!\\d)`));
      expect(all).toContain('(continued)');
      for (const page of doc.pages) for (const note of rectsTagged(page, 'note')) expect(note.y + note.h).toBeLessThanOrEqual(page.size.height - MARGIN);
    }
  });

  it('shows vote counts only when asked', () => {
    const bundle = createExampleWorkshop(AT);
    const id = bundle.canvases[0]?.id ?? null;
    const withVotes = texts(layoutDocument(bundle, options('canvas', { canvasId: id }), fakeMetrics).pages[0] ?? { size: { width: 0, height: 0 }, items: [] });
    const without = texts(layoutDocument(bundle, options('canvas', { canvasId: id, showVotes: false }), fakeMetrics).pages[0] ?? { size: { width: 0, height: 0 }, items: [] });
    expect(withVotes).toContain('6 votes');
    expect(without).not.toContain('votes');
  });

  it("names a live session participant's note's author under its text, inside the note, beside its votes", () => {
    const bundle = createExampleWorkshop(AT);
    const id = bundle.canvases[0]?.id ?? null;
    const voted = bundle.notes.find((n) => n.canvasId === id && n.votes === 6);
    if (!voted) throw new Error('no voted note');
    const named = { ...bundle, notes: bundle.notes.map((n) => (n.id === voted.id ? { ...n, author: 'Ada <b>' } : n)) };
    const page = layoutDocument(named, options('canvas', { canvasId: id }), fakeMetrics).pages[0];
    if (!page) throw new Error('no page');
    expect(texts(page)).toContain('Ada <b>');
    expect(texts(page)).toContain('6 votes');
    const byline = page.items.find((i) => i.kind === 'text' && i.text.startsWith('Ada'));
    if (byline?.kind !== 'text') throw new Error('no byline');
    const inside = rectsTagged(page, 'note').filter((r) => byline.x >= r.x && byline.x <= r.x + r.w && byline.y > r.y && byline.y <= r.y + r.h);
    expect(inside).toHaveLength(1);

    // "Show authors" off: no name anywhere, the votes stay.
    const anonymous = layoutDocument(named, options('canvas', { canvasId: id, showAuthors: false }), fakeMetrics).pages[0];
    if (!anonymous) throw new Error('no page');
    expect(texts(anonymous)).not.toContain('Ada');
    expect(texts(anonymous)).toContain('6 votes');
    // With votes off too, the note loses its footer line: it is shorter than with its author shown.
    const bare = layoutDocument(named, options('canvas', { canvasId: id, showAuthors: false, showVotes: false }), fakeMetrics).pages[0];
    const onlyAuthor = layoutDocument(named, options('canvas', { canvasId: id, showVotes: false }), fakeMetrics).pages[0];
    if (!bare || !onlyAuthor) throw new Error('no page');
    const heights = (p: typeof bare) => rectsTagged(p, 'note').map((r) => r.h);
    expect(texts(onlyAuthor)).toContain('Ada <b>');
    expect(heights(bare).reduce((a, b) => a + b, 0)).toBeLessThan(heights(onlyAuthor).reduce((a, b) => a + b, 0));
  });

  it('numbers pages "x of y" over all canvases and sizes pages by format and orientation', () => {
    const bundle = createExampleWorkshop(AT);
    const doc = layoutDocument(bundle, options('canvases', { format: 'letter', orientation: 'portrait' }), fakeMetrics);
    expect(doc.pages).toHaveLength(2);
    expect(doc.pages[0]?.size).toEqual({ width: 612, height: 792 });
    expect(texts(doc.pages[1] ?? { size: { width: 0, height: 0 }, items: [] })).toContain('Page 2 of 2');
  });

  it('keeps one-line notes one line tall beside a long one, and splits only a note taller than a page, naming where it starts', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const bundle = withNotes(3, (i) => (i === 1 ? long : `Short note ${i}`), 'valueOffer');
    const doc = layoutDocument(bundle, options('canvas', { canvasId: bundle.canvases[0]?.id ?? null }), fakeMetrics);
    const notes = doc.pages.flatMap((p) => rectsTagged(p, 'note'));
    const heights = notes.map((n) => Math.round(n.h));
    expect(Math.min(...heights)).toBeLessThan(40);
    // Not taller than a page: never split, so no piece says "continued from".
    expect(doc.pages.map(texts).join(' ')).not.toContain('continued from');
    const huge = withNotes(1, () => Array.from({ length: 900 }, (_, i) => `w${i}`).join(' '), 'createdValue');
    const split = layoutDocument(huge, options('canvas', { canvasId: huge.canvases[0]?.id ?? null }), fakeMetrics);
    expect(split.pages.map(texts).join(' ')).toMatch(/\(continued from p\. \d\) w0 w1/);
  });
});
