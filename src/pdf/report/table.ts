import { lineItems } from '../frame';
import type { Color, FontId, Primitive } from '../primitives';
import { wrapText, type Line } from '../text';
import { INK } from '../theme';
import type { Flow } from './flow';

export interface Column {
  header: string;
  /** Share of the table width; shares are normalised. */
  share: number;
  align?: 'left' | 'right' | 'center';
}

export interface Cell {
  text: string;
  font?: FontId;
  color?: Color;
  /** A coloured dot before the text (e.g. the partner type). */
  dot?: Color;
}

const SIZE = 8.5;
const LINE = SIZE * 1.3;
const PAD_X = 5;
const PAD_Y = 4.5;
const DOT = 9;

interface Prepared {
  lines: Line[][];
}

/**
 * A table that breaks across pages: the header row repeats on every page, and a row taller than the
 * space left is split between lines, its remaining lines continuing on the next page.
 */
export function flowTable(flow: Flow, columns: Column[], rows: Cell[][]): void {
  const { metrics } = flow.ctx;
  const widths = columnWidths(flow, columns, rows);
  const xs = widths.map((_, i) => flow.box.x + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const headerLines = columns.map((c, i) => wrapText(c.header, 'bold', SIZE, (widths[i] ?? 0) - 2 * PAD_X, metrics));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * LINE + 2 * PAD_Y;

  const drawHeader = () => {
    flow.items.push({ kind: 'rect', x: flow.box.x, y: flow.y, w: flow.box.w, h: headerHeight, fill: INK.accentSoft, tag: 'table-header' });
    columns.forEach((c, i) => pushLines(flow.items, headerLines[i] ?? [], xs[i] ?? 0, widths[i] ?? 0, flow.y, c.align, INK.text, 'bold'));
    flow.y += headerHeight;
  };
  const startPage = () => {
    flow.newPage();
    drawHeader();
  };

  flow.ensure(headerHeight + LINE * 2 + 2 * PAD_Y);
  drawHeader();
  rows.forEach((row, rowIndex) => {
    let prepared: Prepared = {
      lines: columns.map((_, i) => {
        const cell = row[i];
        const inner = (widths[i] ?? 0) - 2 * PAD_X - (cell?.dot ? DOT : 0);
        return wrapText(cell?.text ?? '', cell?.font ?? 'regular', SIZE, inner, metrics);
      }),
    };
    for (;;) {
      const needed = Math.max(...prepared.lines.map((l) => l.length)) * LINE + 2 * PAD_Y;
      const space = flow.bottom - flow.y;
      if (needed <= space) {
        drawRow(flow, row, prepared, xs, widths, columns, needed, rowIndex);
        flow.y += needed;
        return;
      }
      const fit = Math.floor((space - 2 * PAD_Y) / LINE);
      if (fit < 2) {
        startPage();
        continue;
      }
      const head: Prepared = { lines: prepared.lines.map((l) => l.slice(0, fit)) };
      drawRow(flow, row, head, xs, widths, columns, fit * LINE + 2 * PAD_Y, rowIndex);
      prepared = { lines: prepared.lines.map((l) => l.slice(fit)) };
      startPage();
    }
  });
  flow.y += 10;
}

/** Wide enough for each column's longest word where possible (no "Technolog/y"), the rest by share. */
function columnWidths(flow: Flow, columns: Column[], rows: Cell[][]): number[] {
  const { metrics } = flow.ctx;
  const total = flow.box.w;
  const longestWord = (text: string, font: FontId) => Math.max(0, ...text.split(/\s+/).map((w) => metrics.width(w, font, SIZE)));
  const minimum = columns.map((c, i) => {
    const words = [longestWord(c.header, 'bold'), ...rows.map((r) => longestWord(r[i]?.text ?? '', r[i]?.font ?? 'regular') + (r[i]?.dot ? DOT : 0))];
    return Math.min(Math.max(...words) + 2 * PAD_X + 1, total * 0.3);
  });
  const shareSum = columns.reduce((s, c) => s + c.share, 0);
  const byShare = columns.map((c) => (total * c.share) / shareSum);
  const base = byShare.map((w, i) => Math.max(w, minimum[i] ?? 0));
  const excess = base.reduce((s, w) => s + w, 0) - total;
  if (excess <= 0) return base;
  // Take the excess from the columns that have room above their minimum, in proportion to that room.
  const room = base.map((w, i) => w - (minimum[i] ?? 0));
  const roomSum = room.reduce((s, r) => s + r, 0);
  if (roomSum < excess) return byShare;
  return base.map((w, i) => w - (excess * (room[i] ?? 0)) / roomSum);
}

function drawRow(flow: Flow, row: Cell[], prepared: Prepared, xs: number[], widths: number[], columns: Column[], height: number, index: number): void {
  if (index % 2 === 1) flow.items.push({ kind: 'rect', x: flow.box.x, y: flow.y, w: flow.box.w, h: height, fill: '#f7f8fa' });
  flow.items.push({ kind: 'line', x1: flow.box.x, y1: flow.y + height, x2: flow.box.x + flow.box.w, y2: flow.y + height, stroke: INK.border, lineWidth: 0.5 });
  columns.forEach((c, i) => {
    const cell = row[i];
    const lines = prepared.lines[i] ?? [];
    const x = xs[i] ?? 0;
    if (cell?.dot && lines.length > 0) flow.items.push({ kind: 'circle', cx: x + PAD_X + 3, cy: flow.y + PAD_Y + SIZE * 0.62, r: 3, fill: cell.dot });
    pushLines(flow.items, lines, x + (cell?.dot ? DOT : 0), (widths[i] ?? 0) - (cell?.dot ? DOT : 0), flow.y, c.align, cell?.color ?? INK.text, cell?.font ?? 'regular');
  });
}

function pushLines(items: Primitive[], lines: Line[], x: number, width: number, top: number, align: Column['align'], color: Color, font: FontId): void {
  lines.forEach((line, i) => {
    const baseline = top + PAD_Y + SIZE + i * LINE - 1;
    const anchor = align === 'right' ? x + width - PAD_X : align === 'center' ? x + width / 2 : x + PAD_X;
    items.push(...lineItems(line, anchor, baseline, SIZE, color, align ?? 'left', font));
  });
}
