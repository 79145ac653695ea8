// The bands behind the nodes (one ellipse per tier, inside out) and each ring's name on its edge.
import type { Box, LayoutContext } from '../frame';
import { label } from '../frame';
import { boxesOverlap } from '../mapLabels';
import type { Primitive } from '../primitives';
import { INK } from '../theme';
import { ellipsePoint, type PlacedMap } from './placement';

const FILLS = ['#f1f4f9', '#fafbfc'];
const LABEL_SIZE = 7.5;

/** Where each band's edge runs, as an ellipse scale: halfway to the next band, a little past the last one. */
export function bandEdges(map: PlacedMap, area: Box): number[] {
  const margin = (node: number) => node / Math.min(map.rx, map.ry);
  return map.bands.map((band, i) => {
    const next = map.bands[i + 1];
    if (next) return (band.outer + next.inner) / 2;
    const limit = Math.min((area.w / 2) / map.rx, (area.h / 2) / map.ry);
    return Math.min(limit, band.outer + margin(16));
  });
}

export function drawBands(map: PlacedMap, edges: number[]): Primitive[] {
  const items: Primitive[] = [];
  for (let i = edges.length - 1; i >= 0; i -= 1) {
    const scale = edges[i] ?? 1;
    items.push({ kind: 'ellipse', cx: map.centre.x, cy: map.centre.y, rx: map.rx * scale, ry: map.ry * scale, fill: FILLS[i % 2], stroke: INK.borderStrong, lineWidth: 0.6 });
  }
  return items;
}

/** Each ring's name on its outer edge, at the bottom where the sectors leave room, slid sideways past nodes. */
export function ringLabels(ctx: LayoutContext, map: PlacedMap, edges: number[], names: string[], taken: Box[], area: Box): { items: Primitive[]; boxes: Box[] } {
  const items: Primitive[] = [];
  const boxes: Box[] = [];
  names.forEach((name, i) => {
    const text = `${i + 1}. ${name}`;
    const w = Math.min(ctx.metrics.width(text, 'bold', LABEL_SIZE), 140) + 8;
    const h = LABEL_SIZE + 4;
    const scale = edges[i] ?? 1;
    for (let step = 0; step < 40; step += 1) {
      const angle = Math.PI / 2 + (step % 2 === 0 ? 1 : -1) * Math.ceil(step / 2) * 0.035;
      const p = ellipsePoint(map, angle, scale);
      const box = { x: p.x - w / 2, y: p.y - h / 2, w, h };
      const inArea = box.x >= area.x && box.x + box.w <= area.x + area.w && box.y >= area.y && box.y + box.h <= area.y + area.h;
      if (!inArea || [...taken, ...boxes].some((t) => boxesOverlap(box, t, 2))) continue;
      boxes.push(box);
      items.push({ kind: 'rect', ...box, radius: 3, fill: INK.surface, stroke: INK.borderStrong, lineWidth: 0.5, tag: 'ring-label' });
      items.push(...label(ctx.metrics, text, p.x, box.y + h / 2 + LABEL_SIZE * 0.35, { font: 'bold', size: LABEL_SIZE, color: INK.text2, maxWidth: w - 6, align: 'center' }));
      return;
    }
  });
  return { items, boxes };
}
