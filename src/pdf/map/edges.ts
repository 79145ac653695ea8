// The map's exchanges: a line per edge between the boxes (colour and pattern by kind, as on screen), its
// label on the line where there is room, else a numbered badge on the line and the text in the legend.
import type { MapEdge } from '../../domain/records';
import { EDGE_STYLES } from '../../domain/visualLanguage';
import { label, type Box, type LayoutContext } from '../frame';
import { placeEdgeLabels } from '../mapLabels';
import { arrowhead, exitPoint } from '../mapGeometry';
import type { Primitive } from '../primitives';
import { EDGE_COLOR, INK } from '../theme';

export const EDGE_LABEL_SIZE = 7;
const LINE_WIDTH = 0.9;

export interface KeyedLabel {
  number: number;
  text: string;
  color: string;
}

const centreOf = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/** Lines, arrowheads and labels for the edges whose both ends are on this page; `obstacles` stay uncovered. */
export function drawEdges(ctx: LayoutContext, edges: MapEdge[], nodes: Map<string, Box>, obstacles: Box[], bounds: Box, nameOf: (id: string) => string, withLabels = true, firstKey = 1): { lines: Primitive[]; labels: Primitive[]; keyed: KeyedLabel[] } {
  const { metrics } = ctx;
  const shown = edges.filter((e) => e.from !== e.to && nodes.has(e.from) && nodes.has(e.to));
  const ends = shown.map((edge) => {
    const from = nodes.get(edge.from) as Box;
    const to = nodes.get(edge.to) as Box;
    const a = exitPoint(centreOf(from), from.w / 2 + 1, from.h / 2 + 1, centreOf(to));
    const z = exitPoint(centreOf(to), to.w / 2 + 1, to.h / 2 + 1, centreOf(from));
    return { edge, a, z };
  });
  const lines: Primitive[] = [];
  for (const { edge, a, z } of ends) {
    const style = EDGE_STYLES[edge.kind];
    const color = EDGE_COLOR[edge.kind];
    lines.push({ kind: 'line', x1: a.x, y1: a.y, x2: z.x, y2: z.y, stroke: color, lineWidth: LINE_WIDTH, ...(style.dash ? { dash: style.dash.map((d) => d * 0.45) } : {}) });
    lines.push({ kind: 'polygon', points: arrowhead(a, z, 5, 4), fill: color });
    if (edge.bidirectional) lines.push({ kind: 'polygon', points: arrowhead(z, a, 5, 4), fill: color });
  }
  const labelled = withLabels ? ends.filter((e) => e.edge.label.trim()) : [];
  const requests = labelled.map(({ edge, a, z }) => ({
    a,
    z,
    width: Math.min(metrics.width(edge.label.replace(/\s+/g, ' ').trim(), 'regular', EDGE_LABEL_SIZE), 120) + 6,
    height: EDGE_LABEL_SIZE * 1.5,
  }));
  // Labels keep their print size: one that does not fit becomes a numbered key.
  const placements = placeEdgeLabels(requests, obstacles, bounds, 10, [1]);
  const labels: Primitive[] = [];
  const keyed: KeyedLabel[] = [];
  placements.forEach((placement, i) => {
    const edge = labelled[i]?.edge;
    if (!edge) return;
    const color = EDGE_COLOR[edge.kind];
    if (placement.kind === 'label') {
      const { box } = placement;
      labels.push({ kind: 'rect', ...box, radius: 2, fill: INK.surface, stroke: color, lineWidth: 0.4, tag: 'edge-label' });
      labels.push(...label(metrics, edge.label, box.x + box.w / 2, box.y + box.h / 2 + EDGE_LABEL_SIZE * 0.35, { size: EDGE_LABEL_SIZE, color: INK.text, maxWidth: box.w - 4, align: 'center' }));
      return;
    }
    keyed.push({ number: placement.number + firstKey - 1, text: `${edge.label.trim()} — ${nameOf(edge.from)} to ${nameOf(edge.to)}`, color });
    if (placement.box) {
      const r = placement.box.w / 2;
      labels.push({ kind: 'rect', ...placement.box, tag: 'edge-key' }, ...keyBadge(ctx, placement.box.x + r, placement.box.y + r, r, placement.number + firstKey - 1, color));
    }
  });
  keyed.sort((a, b) => a.number - b.number);
  return { lines, labels, keyed };
}

/** A numbered badge as drawn on the edge and in the legend. */
export function keyBadge(ctx: LayoutContext, cx: number, cy: number, r: number, number: number, color: string): Primitive[] {
  return [
    { kind: 'circle', cx, cy, r, fill: INK.surface, stroke: color, lineWidth: 0.8 },
    ...label(ctx.metrics, String(number), cx, cy + r * 0.42, { font: 'bold', size: r * 1.15, color: INK.text, align: 'center' }),
  ];
}
