import type { EcosystemLayout } from './mapLayout';
import { BoxGrid, boxAround, nodeBoxGrid, type Box } from './mapLayoutBoxes';
import type { MapPoint } from './mapLayoutGeometry';
import { pointOnRoute, type EdgeRoute } from './mapLayoutRoutes';

export interface LabelRequest {
  id: string;
  /** The label's box in map units (the caller measures its text). */
  width: number;
  height: number;
}

export interface PlacedLabel {
  /** The label's number in the legend (1, 2, …, in request order). */
  number: number;
  /** Where the whole text sits, if it fits somewhere along its line without covering a node or another label. */
  text?: Box;
  /** Where its number sits when labels are shown as numbers (zoomed out). */
  badge: MapPoint;
  /** Where its number sits beside the whole texts of others, when its own text found no room. */
  fallback?: MapPoint;
}

const SPOTS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.1, 0.9];
/** Room kept around labels and numbers. */
const MARGIN = 4;

/** Covering a node costs far more than covering another label: a number may sit on a label, never on a partner. */
const NODE_COST = 1000;

/** Spots along the line first, then beside it (a short line between two close nodes has no room on it). */
function* spots(route: EdgeRoute, width: number, height: number): Generator<MapPoint> {
  for (const t of SPOTS) yield pointOnRoute(route, t);
  const dx = route.to.x - route.from.x;
  const dy = route.to.y - route.from.y;
  const length = Math.hypot(dx, dy) || 1;
  const aside = (Math.abs(dy / length) * width + Math.abs(dx / length) * height) / 2 + MARGIN * 2;
  for (const extra of [0, 16, 32, 48, 64]) {
    for (const t of SPOTS.slice(0, 5)) {
      const at = pointOnRoute(route, t);
      for (const side of [1, -1]) yield { x: at.x - (dy / length) * (aside + extra) * side, y: at.y + (dx / length) * (aside + extra) * side };
    }
  }
}

function firstClear(nodes: BoxGrid, labels: BoxGrid, route: EdgeRoute, width: number, height: number): { at: MapPoint; box: Box; hits: number } {
  let best: { at: MapPoint; box: Box; hits: number } | null = null;
  for (const at of spots(route, width, height)) {
    const box = boxAround(at, width + 2 * MARGIN, height + 2 * MARGIN);
    const hits = nodes.hits(box) * NODE_COST + labels.hits(box);
    if (!best || hits < best.hits) best = { at, box, hits };
    if (hits === 0) break;
  }
  return best!;
}

/**
 * Places every exchange label once per layout change, in map units: the whole text where it covers no
 * node and no other label; every label also gets a numbered badge for when texts are too small to read,
 * and the ones without room for their text get a badge among the texts. Short lines choose first.
 */
export function placeLabels(layout: EcosystemLayout, routes: ReadonlyMap<string, EdgeRoute>, requests: readonly LabelRequest[], orgId: string, badgeRadius: number): Map<string, PlacedLabel> {
  const length = (r: EdgeRoute) => Math.hypot(r.to.x - r.from.x, r.to.y - r.from.y);
  const order = requests
    .map((request, index) => ({ request, index, route: routes.get(request.id) }))
    .filter((x): x is { request: LabelRequest; index: number; route: EdgeRoute } => x.route !== undefined)
    .sort((p, q) => length(p.route) - length(q.route) || p.index - q.index);
  const nodes = nodeBoxGrid(layout, orgId);
  const detail = new BoxGrid();
  const numbers = new BoxGrid();
  const placed = new Map<string, PlacedLabel>();
  const side = 2 * badgeRadius;
  for (const { request, index, route } of order) {
    const text = firstClear(nodes, detail, route, request.width, request.height);
    const badge = firstClear(nodes, numbers, route, side, side);
    numbers.add(badge.box);
    const entry: PlacedLabel = { number: index + 1, badge: badge.at };
    if (text.hits === 0) {
      detail.add(text.box);
      entry.text = boxAround(text.at, request.width, request.height);
    }
    placed.set(request.id, entry);
  }
  for (const { request, route } of order) {
    const entry = placed.get(request.id);
    if (!entry || entry.text) continue;
    const spot = firstClear(nodes, detail, route, side, side);
    detail.add(spot.box);
    entry.fallback = spot.at;
  }
  return placed;
}
