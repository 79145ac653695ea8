import { cjkLocaleOf, type CjkLocale } from './fonts/catalog';
import type { FontId } from './primitives';
import { breakPoints } from './text/breaks';

/** What a line needs besides its characters to be drawn the same way it was measured. */
export interface TextHints {
  /** Which CJK face draws Han characters, decided from the whole text (a note), not one line of it. */
  locale?: CjkLocale;
  /** Paragraph direction; unset means "from the first strong character of the line". */
  rtl?: boolean;
}

/** Font facts the layout needs; the text engine implements it from the embedded fonts, tests with fixed widths. */
export interface TextMetrics {
  /** Advance width of `text` in points, shaped as it will be drawn. */
  width(text: string, font: FontId, size: number, hints?: TextHints): number;
  /** Graphemes no embedded font can draw: they print as a visible box (and keep their text in the text layer). */
  missing(text: string, hints?: TextHints): string[];
}

export interface Line {
  /** The line's characters in logical order, without the trailing spaces or newline. */
  text: string;
  width: number;
  /** Offset in the source text where this line starts, so a split note can continue from there. */
  start: number;
  hints: TextHints;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const IGNORABLE = /[\u0000-\u0008\u000b-\u001f\u007f\u2060\ufeff]/gu; // eslint-disable-line no-control-regex
const STRONG = /[\p{L}]/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Hints for a whole text: its CJK locale and its direction (by its first strong character, Unicode rule P2). */
export function hintsFor(text: string): TextHints {
  const first = [...text].find((c) => STRONG.test(c));
  return { locale: cjkLocaleOf(text), rtl: first ? RTL_SCRIPT.test(first) : false };
}

/** Same length as the input, so offsets index the caller's text: tabs become spaces, CR LF a space and a newline. */
function normalise(text: string): string {
  return text.replace(/\r\n/g, ' \n').replace(/[\r\t]/g, (c) => (c === '\r' ? '\n' : ' ')).replace(IGNORABLE, ' ');
}

function trimEnd(text: string): string {
  return text.replace(/[\s\n]+$/u, '');
}

/** Splits a piece wider than the line between graphemes, each part as wide as fits (at least one grapheme). */
function splitWide(text: string, offset: number, font: FontId, size: number, maxWidth: number, metrics: TextMetrics, hints: TextHints): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let current = '';
  let start = offset;
  for (const { segment, index } of graphemes.segment(text)) {
    if (current && metrics.width(trimEnd(current + segment), font, size, hints) > maxWidth) {
      parts.push({ text: current, start });
      current = '';
      start = offset + index;
    }
    current += segment;
  }
  if (current) parts.push({ text: current, start });
  return parts;
}

/**
 * Line breaking by UAX #14 (and Thai word boundaries), greedy: each line takes as many pieces as fit;
 * a piece wider than the line breaks between graphemes. Hard line breaks are kept; nothing is dropped.
 */
export function wrapText(source: string, font: FontId, size: number, maxWidth: number, metrics: TextMetrics, given?: TextHints): Line[] {
  const hints = given ?? hintsFor(source);
  const text = normalise(source);
  const lines: Line[] = [];
  const push = (start: number, end: number) => {
    const content = trimEnd(text.slice(start, end));
    lines.push({ text: content, width: content ? metrics.width(content, font, size, hints) : 0, start, hints });
  };
  let lineStart = 0;
  let lineEnd = 0;
  let used = 0;
  let previous = 0;
  for (const { position, required } of breakPoints(text)) {
    const piece = text.slice(previous, position);
    const pieceWidth = metrics.width(trimEnd(piece), font, size, hints);
    if (lineEnd > lineStart && used + pieceWidth > maxWidth) {
      push(lineStart, lineEnd);
      lineStart = previous;
      used = 0;
    }
    if (pieceWidth > maxWidth && lineEnd <= lineStart) {
      const parts = splitWide(piece, previous, font, size, maxWidth, metrics, hints);
      parts.slice(0, -1).forEach((part) => push(part.start, part.start + part.text.length));
      const last = parts.at(-1);
      lineStart = last?.start ?? previous;
      used = last ? metrics.width(last.text, font, size, hints) : 0;
    } else used += metrics.width(piece.replace(/\n$/u, ''), font, size, hints);
    lineEnd = position;
    previous = position;
    if (required) {
      push(lineStart, lineEnd);
      lineStart = position;
      used = 0;
    }
  }
  if (lineStart < text.length || lines.length === 0) push(lineStart, text.length);
  return lines;
}

/** One line, cut with an ellipsis when it is wider than `maxWidth` (for labels whose full text appears elsewhere). */
export function fitLine(text: string, font: FontId, size: number, maxWidth: number, metrics: TextMetrics, given?: TextHints): Line {
  const flat = text.replace(/\s+/g, ' ').trim();
  const hints = given ?? hintsFor(flat);
  const width = metrics.width(flat, font, size, hints);
  if (width <= maxWidth) return { text: flat, width, start: 0, hints };
  const parts = [...graphemes.segment(flat)].map((s) => s.segment);
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (metrics.width(`${trimEnd(parts.slice(0, mid).join(''))}…`, font, size, hints) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  const cut = `${trimEnd(parts.slice(0, low).join(''))}…`;
  return { text: cut, width: metrics.width(cut, font, size, hints), start: 0, hints };
}
