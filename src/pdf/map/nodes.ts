// One partner on the printed map: a box with the type's shape, the name (7.5 pt, whole, at most two lines
// for any usual name), the score in its own column, the outline telling the status.
import { noiseReasons, totalScore } from '../../domain/scoring';
import type { Partner } from '../../domain/records';
import { NOISE_MARK, outlineDash, shapeGeometry, STATUS_OUTLINE, TYPE_MARKS } from '../../domain/visualLanguage';
import { lineItems, type Box, type LayoutContext } from '../frame';
import type { Primitive } from '../primitives';
import { wrapText, type Line } from '../text';
import { INK, TYPE_COLOR, TYPE_SOFT } from '../theme';

export const NAME_SIZE = 7.2;
const NAME_FONT = 'regular';
const LINE = NAME_SIZE * 1.15;
const PAD = 2.5;
const MARK = 6;
const SCORE_SIZE = 6;
const WIDTHS = [56, 66, 76, 86, 96, 108, 120, 134, 150];

export interface MeasuredNode {
  lines: Line[];
  w: number;
  h: number;
  score: string | null;
  scoreW: number;
}

/** The narrowest box in which the name fits on two lines (three only for names too long for that). */
export function measureNode(ctx: LayoutContext, partner: Partner): MeasuredNode {
  const { metrics, options, bundle } = ctx;
  const score = options.showScores ? totalScore(partner.scores, bundle.workshop.scoreWeights).toFixed(1) : null;
  const scoreW = score ? metrics.width(score, 'bold', SCORE_SIZE) + 4 : 0;
  const chrome = PAD * 2 + MARK + 2.5 + (score ? scoreW + 2.5 : 0);
  const name = partner.name.replace(/\s+/g, ' ').trim() || '(unnamed)';
  let lines: Line[] = [];
  let textW = 0;
  for (const width of WIDTHS) {
    lines = wrapText(name, NAME_FONT, NAME_SIZE, width, metrics);
    textW = width;
    if (lines.length <= (name.length > 24 ? 2 : 1) || (width === WIDTHS.at(-1) && lines.length <= 3)) break;
  }
  if (lines.length > 3) lines = wrapText(name, NAME_FONT, NAME_SIZE, textW, metrics);
  const used = Math.max(...lines.map((l) => l.width));
  return { lines, w: Math.ceil(used + chrome), h: Math.max(MARK + 2 * PAD, lines.length * LINE + 2 * PAD), score, scoreW };
}

export function drawNode(ctx: LayoutContext, partner: Partner, box: Box, m: MeasuredNode): Primitive[] {
  const color = TYPE_COLOR[partner.type];
  const lineWidth = 0.9;
  const dash = outlineDash(STATUS_OUTLINE[partner.status], lineWidth);
  const items: Primitive[] = [{ kind: 'rect', ...box, radius: 3, fill: TYPE_SOFT[partner.type], stroke: color, lineWidth, ...(dash ? { dash } : {}), tag: 'node' }];
  const markX = box.x + PAD + MARK / 2;
  const markY = box.y + PAD + MARK / 2;
  const shape = shapeGeometry(TYPE_MARKS[partner.type].shape, markX, markY, MARK + 1);
  items.push(shape.kind === 'circle' ? { kind: 'circle', cx: shape.cx, cy: shape.cy, r: shape.r, fill: color } : { kind: 'polygon', points: shape.points, fill: color });
  if (noiseReasons(partner, ctx.bundle.workshop).length > 0 && box.h >= MARK * 2 + PAD) {
    items.push({ kind: 'circle', cx: markX, cy: markY + MARK + 1.5, r: 3, fill: NOISE_MARK.color.light });
    items.push(...lineItems({ text: NOISE_MARK.glyph, width: 1.4, start: 0, hints: {} }, markX - 0.7, markY + MARK + 3.6, 5.5, INK.surface, 'left', 'bold'));
  }
  const textX = box.x + PAD + MARK + 2.5;
  const top = box.y + (box.h - m.lines.length * LINE) / 2;
  m.lines.forEach((line, i) => items.push(...lineItems(line, textX, top + i * LINE + NAME_SIZE * 0.82, NAME_SIZE, INK.text, 'left', NAME_FONT)));
  if (m.score) {
    const pill = { x: box.x + box.w - PAD - m.scoreW, y: box.y + box.h / 2 - 4.5, w: m.scoreW, h: 9 };
    items.push({ kind: 'rect', ...pill, radius: 5, fill: color, tag: 'score-badge' });
    items.push(...lineItems({ text: m.score, width: m.scoreW - 4, start: 0, hints: {} }, pill.x + 2, pill.y + 6.6, SCORE_SIZE, INK.surface, 'left', 'bold'));
  }
  return items;
}

/** The organisation in the middle: the accent box with its name. */
export function measureOrg(ctx: LayoutContext): { lines: Line[]; w: number; h: number } {
  const name = ctx.bundle.workshop.organisation || ctx.bundle.workshop.title;
  const lines = wrapText(name.replace(/\s+/g, ' ').trim(), 'bold', 9, 120, ctx.metrics).slice(0, 3);
  return { lines, w: Math.max(...lines.map((l) => l.width), 40) + 16, h: lines.length * 10.5 + 10 };
}

export function drawOrg(box: Box, lines: Line[]): Primitive[] {
  const items: Primitive[] = [{ kind: 'rect', ...box, radius: 5, fill: INK.accent, tag: 'node' }];
  const top = box.y + (box.h - lines.length * 10.5) / 2;
  lines.forEach((line, i) => items.push(...lineItems(line, box.x + box.w / 2, top + i * 10.5 + 7.8, 9, INK.surface, 'center', 'bold')));
  return items;
}
