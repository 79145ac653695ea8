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

/**
 * Every column at least as wide as its longest word (headers included, so nothing breaks inside a word),
 * the rest of the width shared by how much each column's text wants beyond that (long names get room).
 */
function columnWidths(flow: Flow, columns: Column[], rows: Cell[][]): number[] {
  const { metrics } = flow.ctx;
  const total = flow.box.w;
  const pad = 2 * PAD_X + 1;
  const longestWord = (text: string, font: FontId) => Math.max(0, ...text.split(/\s+/).map((w) => metrics.width(w, font, SIZE)));
  const minimum = columns.map((c, i) => Math.min(total * 0.3, pad + Math.max(longestWord(c.header, 'bold'), ...rows.map((r) => longestWord(r[i]?.text ?? '', r[i]?.font ?? 'regular') + (r[i]?.dot ? DOT : 0)))));
  // What a column would take on one line, by its longer cells (the 90th percentile, so one outlier does not rule).
  const natural = columns.map((c, i) => {
    const widths = rows.map((r) => metrics.width(r[i]?.text ?? '', r[i]?.font ?? 'regular', SIZE) + (r[i]?.dot ? DOT : 0)).sort((a, b) => a - b);
    const typical = widths[Math.floor(widths.length * 0.9)] ?? 0;
    return Math.max(minimum[i] ?? 0, pad + Math.max(typical, metrics.width(c.header, 'bold', SIZE)));
  });
  const minSum = minimum.reduce((s, w) => s + w, 0);
  if (minSum >= total) {
    const shareSum = columns.reduce((s, c) => s + c.share, 0);
    return columns.map((c) => (total * c.share) / shareSum);
  }
  const want = natural.map((n, i) => n - (minimum[i] ?? 0));
  const wantSum = want.reduce((s, w) => s + w, 0);
  const spare = total - minSum;
  if (wantSum <= spare) {
    // Everything fits on one line: the leftover goes by share.
    const shareSum = columns.reduce((s, c) => s + c.share, 0);
    const left = spare - wantSum;
    return natural.map((n, i) => n + (left * (columns[i]?.share ?? 0)) / shareSum);
  }
  return minimum.map((m, i) => m + (spare * (want[i] ?? 0)) / wantSum);
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
