import type { Note } from '../domain/records';
import type { Box } from './frame';
import type { ExportOptions } from './options';
import { label, lineItems } from './frame';
import type { Primitive } from './primitives';
import { wrapText, type Line, type TextMetrics } from './text';
import { INK, NOTE_EDGE, NOTE_FILL } from './theme';

export const NOTE_TEXT_SIZE = 9;
const LINE_HEIGHT = NOTE_TEXT_SIZE * 1.32;
const PAD = 7;
const GAP = 8;
const MIN_NOTE_WIDTH = 112;
const MAX_COLUMNS = 3;
const LABEL_HEIGHT = 11;
const FOOTER_HEIGHT = 13;

/** A note, or what is left of it after part of its text was placed in an earlier box. */
export interface NotePiece {
  note: Note;
  text: string;
  continued: boolean;
  /** For a continued piece: the page (1-based) where the note starts. */
  fromPage?: number;
}

export function piecesOf(notes: Note[]): NotePiece[] {
  return notes.map((note) => ({ note, text: note.text, continued: false }));
}

interface Measured {
  lines: Line[];
  height: number;
}

/** What the line under a note's text may show: its author (a live session's participant) and its votes. */
export type NoteFooter = Pick<ExportOptions, 'showVotes' | 'showAuthors'>;
const NO_FOOTER: NoteFooter = { showVotes: false, showAuthors: false };

const hasFooter = (note: Note, show: NoteFooter) => (show.showVotes && note.votes > 0) || (show.showAuthors && Boolean(note.author));

function measure(piece: NotePiece, width: number, show: NoteFooter, metrics: TextMetrics): Measured {
  const lines = wrapText(piece.text, 'regular', NOTE_TEXT_SIZE, width - 2 * PAD, metrics);
  const footer = hasFooter(piece.note, show) ? FOOTER_HEIGHT : 0;
  return { lines, height: 2 * PAD + (piece.continued ? LABEL_HEIGHT : 0) + lines.length * LINE_HEIGHT + footer - 2 };
}

function noteBox(piece: NotePiece, lines: Line[], x: number, y: number, w: number, h: number, show: NoteFooter, metrics: TextMetrics): Primitive[] {
  const items: Primitive[] = [
    { kind: 'rect', x, y, w, h, radius: 5, fill: NOTE_FILL[piece.note.color], stroke: NOTE_EDGE[piece.note.color], lineWidth: 0.6, tag: 'note' },
  ];
  let baseline = y + PAD + NOTE_TEXT_SIZE - 1;
  if (piece.continued) {
    // Which note this tail belongs to: where it starts and its first words.
    const from = piece.fromPage ? `(continued from p. ${piece.fromPage}) ` : '(continued) ';
    items.push(...label(metrics, `${from}${piece.note.text.replace(/\s+/g, ' ').trim()}`, x + PAD, baseline - 1.5, { size: 7, color: INK.text2, maxWidth: w - 2 * PAD }));
    baseline += LABEL_HEIGHT;
  }
  for (const line of lines) {
    // Right-to-left notes (Arabic, Hebrew) sit against the right edge, as they do on screen.
    items.push(...(line.hints.rtl ? lineItems(line, x + w - PAD, baseline, NOTE_TEXT_SIZE, INK.text, 'right') : lineItems(line, x + PAD, baseline, NOTE_TEXT_SIZE, INK.text)));
    baseline += LINE_HEIGHT;
  }
  const rtl = lines[0]?.hints.rtl === true;
  const cy = y + h - PAD - 3;
  const votes = piece.note.votes;
  let badge = 0;
  if (show.showVotes && votes > 0) {
    const text = `${votes} ${votes === 1 ? 'vote' : 'votes'}`;
    const tw = metrics.width(text, 'bold', 7.5);
    badge = tw + 14;
    // The badge sits in the corner where the text ends: bottom right, or bottom left for right-to-left notes.
    const start = rtl ? x + PAD + 6 : x + w - PAD - tw;
    items.push(
      { kind: 'circle', cx: start - 6, cy, r: 2.6, fill: INK.accent },
      ...label(metrics, text, start, cy + 2.6, { font: 'bold', size: 7.5, color: INK.text2 }),
    );
  }
  const author = show.showAuthors ? piece.note.author : undefined;
  if (author) {
    // Who wrote it, as on the canvas, in the other corner; shortened to the room the badge leaves.
    const maxWidth = w - 2 * PAD - badge;
    items.push(...label(metrics, author, rtl ? x + w - PAD : x + PAD, cy + 2.6, { font: 'bold', size: 7.5, color: INK.text2, maxWidth, align: rtl ? 'right' : 'left' }));
  }
  return items;
}

export interface FlowResult {
  items: Primitive[];
  /** Pieces that did not fit, in order: the caller gives them the next region. */
  rest: NotePiece[];
  /** Height used from the top of the region. */
  used: number;
}

/**
 * Places note boxes in rows (reading order, left to right) inside `region`. A row that does not fit
 * waits for the next region; a note taller than the space left is split between lines and continues
 * as the first piece of `rest`. Nothing is clipped and nothing is dropped.
 */
export function flowNotes(queue: NotePiece[], region: Box, show: NoteFooter, metrics: TextMetrics, splitAbove = Number.POSITIVE_INFINITY): FlowResult {
  const columns = Math.max(1, Math.min(MAX_COLUMNS, Math.floor((region.w + GAP) / (MIN_NOTE_WIDTH + GAP))));
  const width = (region.w - (columns - 1) * GAP) / columns;
  const items: Primitive[] = [];
  const rest = [...queue];
  const bottom = region.y + region.h;
  let y = region.y;
  const xOf = (column: number) => region.x + column * (width + GAP);
  while (rest.length > 0) {
    const row = rest.slice(0, columns);
    const measured = row.map((piece) => measure(piece, width, show, metrics));
    const rowHeight = Math.max(...measured.map((m) => m.height));
    if (y + rowHeight <= bottom) {
      // Each note as tall as its own text: a one-line note stays a one-line box.
      row.forEach((piece, i) => items.push(...noteBox(piece, measured[i]?.lines ?? [], xOf(i), y, width, measured[i]?.height ?? 0, show, metrics)));
      rest.splice(0, row.length);
      y += rowHeight + GAP;
      continue;
    }
    // A note no taller than a page waits whole for the next region; only a note taller than that is split.
    const space = bottom - y;
    if (!measured.some((m) => m.height > splitAbove) || linesThatFit(row[0], space) < 2) break;
    const carried: NotePiece[] = [];
    let tallest = 0;
    row.forEach((piece, column) => {
      const m = measured[column];
      if (!m) return;
      if (m.height <= space) {
        items.push(...noteBox(piece, m.lines, xOf(column), y, width, m.height, show, metrics));
        tallest = Math.max(tallest, m.height);
        return;
      }
      if (m.height <= splitAbove) {
        carried.push(piece);
        return;
      }
      const count = Math.max(1, linesThatFit(piece, space));
      const head = m.lines.slice(0, count);
      const next = m.lines[count];
      const height = 2 * PAD + (piece.continued ? LABEL_HEIGHT : 0) + head.length * LINE_HEIGHT - 2;
      // Only the last part of a split note carries its author and vote badge.
      items.push(...noteBox({ ...piece, text: piece.text.slice(0, next?.start ?? piece.text.length) }, head, xOf(column), y, width, height, NO_FOOTER, metrics));
      tallest = Math.max(tallest, height);
      if (next) carried.push({ note: piece.note, text: piece.text.slice(next.start), continued: true, ...(piece.fromPage ? { fromPage: piece.fromPage } : {}) });
    });
    rest.splice(0, row.length, ...carried);
    y += tallest + GAP;
    break;
  }
  return { items, rest, used: Math.max(0, y - GAP - region.y) };
}

function linesThatFit(piece: NotePiece | undefined, space: number): number {
  if (!piece) return 0;
  return Math.floor((space - 2 * PAD + 2 - (piece.continued ? LABEL_HEIGHT : 0)) / LINE_HEIGHT);
}
