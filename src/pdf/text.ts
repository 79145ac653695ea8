import type { FontId } from './primitives';

/** Font facts the layout needs; the drawing module implements it from the embedded fonts, tests with fixed widths. */
export interface TextMetrics {
  /** Advance width of `text` in points. */
  width(text: string, font: FontId, size: number): number;
  /** Whether the font has a glyph for the code point. `cjk` answers false when that font is not loaded. */
  covers(font: FontId, codePoint: number): boolean;
}

/** Shown in place of a character no embedded font can draw (emoji, rare scripts): visible, never silently dropped. */
export const REPLACEMENT = '\uFFFD';

export interface Run {
  text: string;
  font: FontId;
  width: number;
}

export interface Line {
  runs: Run[];
  width: number;
  /** Offset in the source text where this line starts, so a split note can continue from there. */
  start: number;
}

interface Glyph {
  text: string;
  font: FontId;
  width: number;
  start: number;
  space: boolean;
  newline: boolean;
  /** A line may break after this glyph (spaces, CJK characters, hyphens). */
  breakAfter: boolean;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const IGNORABLE = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]/gu; // eslint-disable-line no-control-regex

/** True when the text has characters only the CJK font draws, so that font must be loaded. */
export function needsCjk(text: string): boolean {
  return CJK.test(text);
}

function coveredBy(metrics: TextMetrics, font: FontId, grapheme: string): boolean {
  for (const char of grapheme) if (!metrics.covers(font, char.codePointAt(0) ?? 0)) return false;
  return true;
}

/** Picks a font per grapheme: the requested one, else the CJK font, else the replacement character. */
export function shape(text: string, font: FontId, size: number, metrics: TextMetrics): Glyph[] {
  const glyphs: Glyph[] = [];
  // Same length as the input, so `start` offsets index the caller's text.
  const clean = text.replace(/\r\n/g, ' \n').replace(/[\r\t]/g, (c) => (c === '\r' ? '\n' : ' '));
  for (const { segment, index } of segmenter.segment(clean)) {
    if (segment === '\n') {
      glyphs.push({ text: '', font, width: 0, start: index, space: false, newline: true, breakAfter: true });
      continue;
    }
    const visible = segment.replace(IGNORABLE, '');
    if (!visible) continue;
    let chosen: FontId = font;
    let shown = visible;
    if (!coveredBy(metrics, font, visible)) {
      if (coveredBy(metrics, 'cjk', visible)) chosen = 'cjk';
      else shown = REPLACEMENT;
    }
    const space = /^\s+$/u.test(shown);
    glyphs.push({
      text: space ? ' ' : shown,
      font: chosen,
      width: metrics.width(space ? ' ' : shown, chosen, size),
      start: index,
      space,
      newline: false,
      breakAfter: space || chosen === 'cjk' || shown === '/' || CJK.test(shown),
    });
  }
  return glyphs;
}

function toLine(glyphs: Glyph[], fallbackStart: number): Line {
  let end = glyphs.length;
  while (end > 0 && glyphs[end - 1]?.space) end -= 1;
  const kept = glyphs.slice(0, end);
  const runs: Run[] = [];
  let width = 0;
  for (const g of kept) {
    width += g.width;
    const last = runs.at(-1);
    if (last && last.font === g.font) {
      last.text += g.text;
      last.width += g.width;
    } else runs.push({ text: g.text, font: g.font, width: g.width });
  }
  return { runs, width, start: glyphs[0]?.start ?? fallbackStart };
}

/**
 * Greedy line breaking at spaces (and between CJK characters); a word wider than the line breaks
 * between graphemes. Hard line breaks are kept. Every visible character ends up on some line.
 */
export function wrapText(text: string, font: FontId, size: number, maxWidth: number, metrics: TextMetrics): Line[] {
  const glyphs = shape(text, font, size, metrics);
  const lines: Line[] = [];
  let current: Glyph[] = [];
  let width = 0;
  let breakAt = -1;
  const flush = (next: number) => {
    lines.push(toLine(current, next));
    current = [];
    width = 0;
    breakAt = -1;
  };
  for (const glyph of glyphs) {
    if (glyph.newline) {
      flush(glyph.start + 1);
      continue;
    }
    if (current.length === 0 && glyph.space && lines.length > 0) continue;
    if (width + glyph.width > maxWidth && current.length > 0 && !glyph.space) {
      if (breakAt > 0) {
        const carry = current.slice(breakAt);
        current = current.slice(0, breakAt);
        flush(carry[0]?.start ?? glyph.start);
        while (carry[0]?.space) carry.shift();
        current = carry;
        width = carry.reduce((sum, g) => sum + g.width, 0);
        breakAt = -1;
        carry.forEach((g, i) => {
          if (g.breakAfter) breakAt = i + 1;
        });
      } else {
        flush(glyph.start);
      }
    }
    current.push(glyph);
    width += glyph.width;
    if (glyph.breakAfter) breakAt = current.length;
  }
  if (current.length > 0 || lines.length === 0) flush(text.length);
  return lines;
}

/** One line, cut with an ellipsis when it is wider than `maxWidth` (for labels whose full text appears elsewhere). */
export function fitLine(text: string, font: FontId, size: number, maxWidth: number, metrics: TextMetrics): Line {
  const lines = wrapText(text.replace(/\s+/g, ' '), font, size, Number.POSITIVE_INFINITY, metrics);
  const line = lines[0] ?? { runs: [], width: 0, start: 0 };
  if (line.width <= maxWidth) return line;
  const ellipsis = metrics.width('…', font, size);
  const glyphs = shape(text.replace(/\s+/g, ' '), font, size, metrics);
  const kept: Glyph[] = [];
  let width = 0;
  for (const g of glyphs) {
    if (width + g.width + ellipsis > maxWidth) break;
    kept.push(g);
    width += g.width;
  }
  const cut = toLine(kept, 0);
  cut.runs.push({ text: '…', font, width: ellipsis });
  return { ...cut, width: cut.width + ellipsis };
}
