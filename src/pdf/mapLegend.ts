import { EDGE_KIND_LABELS, PARTNER_TYPE_LABELS } from '../domain/labels';
import { EDGE_KINDS, PARTNER_TYPES, type EdgeKind } from '../domain/records';
import { label, lineItems, type Box, type LayoutContext } from './frame';
import { arrowhead } from './mapGeometry';
import type { Color, Primitive } from './primitives';
import { wrapText } from './text';
import { INK, TYPE_COLOR, TYPE_SOFT } from './theme';

export const EDGE_COLOR: Record<EdgeKind, Color> = {
  revenue: '#2f855a',
  technology: '#4a5d8c',
  data: '#7c4dcc',
  'co-marketing': '#c2417a',
  'co-innovation': '#b7791f',
  'customer-access': '#2b7bb9',
};

/** A label that did not fit on its edge, listed in the legend under its number. */
export interface KeyedLabel {
  number: number;
  text: string;
  color: Color;
}

interface Row {
  text: string;
  marker?: (x: number, y: number) => Primitive[];
}

const SIZE = 8.5;
const LINE = 11;
const ROW_GAP = 2;
const HEADING = 14;
const BLOCK_GAP = 8;
export const LEGEND_COLUMN = 150;

/** A numbered badge as drawn on the edge and in the legend. */
export function keyBadge(ctx: LayoutContext, cx: number, cy: number, r: number, number: number, color: Color): Primitive[] {
  return [
    { kind: 'circle', cx, cy, r, fill: INK.surface, stroke: color, lineWidth: 0.8 },
    ...label(ctx.metrics, String(number), cx, cy + r * 0.42, { font: 'bold', size: r * 1.15, color: INK.text, align: 'center' }),
  ];
}

function blocks(ctx: LayoutContext, keyed: KeyedLabel[]): { title: string; rows: Row[] }[] {
  const tiers = [...ctx.bundle.tiers].sort((a, b) => a.order - b.order);
  const out = [
    {
      title: 'Partner types',
      rows: PARTNER_TYPES.map((type) => ({ text: PARTNER_TYPE_LABELS[type], marker: (x: number, y: number): Primitive[] => [{ kind: 'rect', x, y: y - 7.5, w: 14, h: 9, radius: 2, fill: TYPE_SOFT[type], stroke: TYPE_COLOR[type], lineWidth: 1 }] })),
    },
    {
      title: 'Relationships',
      rows: EDGE_KINDS.map((kind) => ({
        text: EDGE_KIND_LABELS[kind],
        marker: (x: number, y: number): Primitive[] => [
          { kind: 'line', x1: x, y1: y - 3, x2: x + 12, y2: y - 3, stroke: EDGE_COLOR[kind], lineWidth: 1.4 },
          { kind: 'polygon', points: arrowhead({ x, y: y - 3 }, { x: x + 16, y: y - 3 }, 5, 4.5), fill: EDGE_COLOR[kind] },
        ],
      })),
    },
    { title: 'Rings (inside out)', rows: tiers.map((tier, i) => ({ text: `${i + 1}. ${tier.name}` })) },
  ];
  if (keyed.length > 0) {
    out.push({
      title: 'Labels by number',
      rows: keyed.map((k) => ({ text: k.text, marker: (x: number, y: number) => keyBadge(ctx, x + 6, y - 3, 5.5, k.number, k.color) })),
    });
  }
  return out;
}

interface Placed {
  heading?: string;
  row?: Row;
  lines: ReturnType<typeof wrapText>;
  height: number;
}

function measure(ctx: LayoutContext, keyed: KeyedLabel[], width: number): Placed[][] {
  return blocks(ctx, keyed).map((block) => [
    { heading: block.title, lines: [], height: HEADING },
    ...block.rows.map((row) => {
      const lines = wrapText(row.text.replace(/\s+/g, ' '), 'regular', SIZE, width - (row.marker ? 22 : 0), ctx.metrics);
      return { row, lines, height: lines.length * LINE + ROW_GAP };
    }),
  ]);
}

type Column = Placed[];

/** Fills columns no taller than `limit`; a heading never ends a column, and a block stays whole unless `split`. */
function fill(parts: Placed[][], limit: number, split: boolean): Column[] {
  const cols: Column[] = [[]];
  let used = 0;
  const height = (items: Placed[]) => items.reduce((s, p) => s + p.height, 0);
  for (const block of parts) {
    const units = split ? [block.slice(0, 2), ...block.slice(2).map((p) => [p])] : [block];
    for (const [u, unit] of units.entries()) {
      const gap = u === 0 && used > 0 ? BLOCK_GAP : 0;
      if (used > 0 && used + gap + height(unit) > limit) {
        cols.push([]);
        used = 0;
      }
      if (u === 0 && used > 0) cols.at(-1)?.push({ lines: [], height: BLOCK_GAP });
      cols.at(-1)?.push(...unit);
      used = height(cols.at(-1) ?? []);
    }
  }
  return cols;
}

/** The shortest packing into `columns` columns; whole blocks when that costs little height, else rows split. */
function pack(parts: Placed[][], columns: number): { height: number; columns: Column[] } {
  const total = parts.flat().reduce((s, p) => s + p.height, 0) + BLOCK_GAP * (parts.length - 1);
  const shortest = (split: boolean) => {
    for (let limit = total / columns; ; limit += 4) {
      const cols = fill(parts, limit, split);
      if (cols.length <= columns) return { height: Math.max(...cols.map((c) => c.reduce((s, p) => s + p.height, 0))), columns: cols };
    }
  };
  const whole = shortest(false);
  const split = shortest(true);
  return whole.height <= split.height * 1.3 ? whole : split;
}

/** How tall the legend is when laid out in `columns` columns of `width`. */
export function legendHeight(ctx: LayoutContext, keyed: KeyedLabel[], columns: number, width: number): number {
  return pack(measure(ctx, keyed, width), columns).height + 4;
}

/** The legend in `columns` columns across `box`: types, relationship kinds, rings, and any numbered labels. */
export function drawLegend(ctx: LayoutContext, keyed: KeyedLabel[], box: Box, columns: number): Primitive[] {
  const gap = 16;
  const width = (box.w - gap * (columns - 1)) / columns;
  const items: Primitive[] = [];
  pack(measure(ctx, keyed, width), columns).columns.forEach((column, c) => {
    const x = box.x + c * (width + gap);
    let y = box.y + 10;
    for (const part of column) {
      if (part.heading) items.push(...label(ctx.metrics, part.heading, x, y, { font: 'bold', size: 9, maxWidth: width }));
      if (part.row) {
        if (part.row.marker) items.push(...part.row.marker(x, y));
        part.lines.forEach((line, i) => items.push(...lineItems(line, x + (part.row?.marker ? 22 : 0), y + i * LINE, SIZE, INK.text2)));
      }
      y += part.height;
    }
  });
  return items;
}
