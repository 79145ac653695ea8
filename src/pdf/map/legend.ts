import { EDGE_KIND_LABELS, PARTNER_TYPE_LABELS } from '../../domain/labels';
import { EDGE_KINDS, PARTNER_TYPES } from '../../domain/records';
import { EDGE_STYLES, NOISE_MARK, OUTLINE_MEANINGS, outlineDash, shapeGeometry, TYPE_MARKS, type OutlineStyle } from '../../domain/visualLanguage';
import { label, lineItems, type Box, type LayoutContext } from '../frame';
import { arrowhead } from '../mapGeometry';
import type { Primitive } from '../primitives';
import { wrapText } from '../text';
import { EDGE_COLOR, INK, TYPE_COLOR, TYPE_SOFT } from '../theme';
import { keyBadge, type KeyedLabel } from './edges';

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

function typeMarker(type: (typeof PARTNER_TYPES)[number]) {
  return (x: number, y: number): Primitive[] => {
    const g = shapeGeometry(TYPE_MARKS[type].shape, x + 7, y - 3.5, 9);
    return [
      { kind: 'rect', x, y: y - 8, w: 16, h: 9, radius: 2, fill: TYPE_SOFT[type], stroke: TYPE_COLOR[type], lineWidth: 0.8 },
      g.kind === 'circle' ? { kind: 'circle', cx: g.cx, cy: g.cy, r: g.r * 0.75, fill: TYPE_COLOR[type] } : { kind: 'polygon', points: g.points.map(([px, py]) => [x + 7 + (px - x - 7) * 0.75, y - 3.5 + (py - y + 3.5) * 0.75] as [number, number]), fill: TYPE_COLOR[type] },
    ];
  };
}

function outlineMarker(style: OutlineStyle) {
  const dash = outlineDash(style, 0.9);
  return (x: number, y: number): Primitive[] => [{ kind: 'rect', x, y: y - 8, w: 16, h: 9, radius: 2, fill: INK.surface, stroke: INK.text2, lineWidth: 0.9, ...(dash ? { dash } : {}) }];
}

/** The blocks of the legend; `rings` lists the bands drawn on this page, inside out. */
function blocks(ctx: LayoutContext, keyed: KeyedLabel[], rings: string[] | null): { title: string; rows: Row[] }[] {
  const out = rings === null ? [] : [
    { title: 'Partner types', rows: PARTNER_TYPES.map((type) => ({ text: PARTNER_TYPE_LABELS[type], marker: typeMarker(type) })) },
    {
      title: 'Outline',
      rows: [
        ...(['solid', 'dashed', 'dotted'] as const).map((style) => ({ text: OUTLINE_MEANINGS[style], marker: outlineMarker(style) })),
        {
          text: NOISE_MARK.meaning,
          marker: (x: number, y: number): Primitive[] => [
            { kind: 'circle', cx: x + 7, cy: y - 3.5, r: 3.6, fill: NOISE_MARK.color.light },
            ...label(ctx.metrics, NOISE_MARK.glyph, x + 7, y - 1.3, { font: 'bold', size: 6, color: INK.surface, align: 'center' }),
          ],
        },
      ],
    },
    {
      title: 'Relationships',
      rows: EDGE_KINDS.map((kind) => ({
        text: EDGE_KIND_LABELS[kind],
        marker: (x: number, y: number): Primitive[] => [
          { kind: 'line', x1: x, y1: y - 3, x2: x + 12, y2: y - 3, stroke: EDGE_COLOR[kind], lineWidth: 1.1, ...(EDGE_STYLES[kind].dash ? { dash: (EDGE_STYLES[kind].dash ?? []).map((d) => d * 0.45) } : {}) },
          { kind: 'polygon', points: arrowhead({ x, y: y - 3 }, { x: x + 16, y: y - 3 }, 5, 4.5), fill: EDGE_COLOR[kind] },
        ],
      })),
    },
    { title: 'Rings (inside out)', rows: rings.map((name, i) => ({ text: `${i + 1}. ${name}` })) },
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

function measure(ctx: LayoutContext, keyed: KeyedLabel[], rings: string[] | null, width: number): Placed[][] {
  return blocks(ctx, keyed, rings).map((block) => [
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
/** `rings` null: only the numbered labels. */
export function legendHeight(ctx: LayoutContext, keyed: KeyedLabel[], rings: string[] | null, columns: number, width: number): number {
  return pack(measure(ctx, keyed, rings, width), columns).height + 4;
}

/** The legend in `columns` columns across `box`: types, relationship kinds, rings, and any numbered labels. */
export function drawLegend(ctx: LayoutContext, keyed: KeyedLabel[], rings: string[] | null, box: Box, columns: number): Primitive[] {
  const gap = 16;
  const width = (box.w - gap * (columns - 1)) / columns;
  const items: Primitive[] = [];
  pack(measure(ctx, keyed, rings, width), columns).columns.forEach((column, c) => {
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
