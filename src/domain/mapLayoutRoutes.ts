import { ORG_NODE_SIZE, type MapPoint } from './mapLayoutGeometry';
import type { EcosystemLayout } from './mapLayout';
import { nodeBoxGrid, type BoxGrid } from './mapLayoutBoxes';

/**
 * A value exchange's line from border to border: straight, one quadratic curve around what is in the way,
 * or two joined smoothly at `via` (a point in the gap between two rings) when one curve cannot get round.
 */
export interface EdgeRoute {
  from: MapPoint;
  to: MapPoint;
  /** The (first) curve's control point; absent for a straight line. */
  control?: MapPoint;
  via?: MapPoint;
  /** The second curve's control point, when the route goes `via` a point. */
  control2?: MapPoint;
}

export interface RoutedEdge {
  id: string;
  from: string;
  to: string;
}

/** Room kept between a line and a node it passes. */
export const ROUTE_CLEARANCE = 10;
const ARROW_ROOM = 3;
const SAMPLES = 10;
/** How far the curve's middle may bow out, in map units, nearest first. */
const BOWS = [70, -70, 130, -130, 200, -200, 290, -290, 400, -400];

/** Where the line from a node's centre towards (dx, dy) leaves its box (plus room for an arrowhead). */
export function exitPoint(at: MapPoint, dx: number, dy: number, half: readonly [number, number]): MapPoint {
  const scale = Math.min(dx === 0 ? Infinity : (half[0] + ARROW_ROOM) / Math.abs(dx), dy === 0 ? Infinity : (half[1] + ARROW_ROOM) / Math.abs(dy));
  return Number.isFinite(scale) ? { x: at.x + dx * scale, y: at.y + dy * scale } : at;
}

function quadratic(a: MapPoint, c: MapPoint, b: MapPoint, t: number): MapPoint {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}

/** The point at `t` (0–1) along a route. */
export function pointOnRoute(route: EdgeRoute, t: number): MapPoint {
  const { from: a, to: b, control: c, via, control2 } = route;
  if (via && c && control2) return t < 0.5 ? quadratic(a, c, via, t * 2) : quadratic(via, control2, b, t * 2 - 1);
  if (!c) return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  return quadratic(a, c, b, t);
}

/** The SVG path of a route. */
export function routePath(route: EdgeRoute): string {
  const r = (p: MapPoint) => `${Math.round(p.x * 10) / 10},${Math.round(p.y * 10) / 10}`;
  const { from: a, to: b, control: c, via, control2 } = route;
  if (via && c && control2) return `M${r(a)} Q${r(c)} ${r(via)} Q${r(control2)} ${r(b)}`;
  return c ? `M${r(a)} Q${r(c)} ${r(b)}` : `M${r(a)} L${r(b)}`;
}

function routeHits(grid: BoxGrid, route: EdgeRoute, skip: ReadonlySet<string>, limit: number): number {
  const samples = route.via ? SAMPLES * 2 : SAMPLES;
  let hits = 0;
  let prev = route.from;
  for (let i = 1; i <= samples && hits < limit; i += 1) {
    const next = pointOnRoute(route, i / samples);
    hits += grid.segmentHits(prev.x, prev.y, next.x, next.y, skip, limit - hits);
    prev = next;
  }
  return hits;
}

/**
 * Routes through a point in a gap between rings (or just outside the outermost), halfway round between
 * the two ends either way, joined smoothly: the way round when no single curve clears the nodes.
 */
function viaRoutes(layout: EcosystemLayout, a: MapPoint, b: MapPoint, ends: (towardsA: MapPoint, towardsB: MapPoint) => { from: MapPoint; to: MapPoint }): EdgeRoute[] {
  const radii = [...layout.rings.map((r) => r.outer), (layout.rings.at(-1)?.outer ?? 0) + 60];
  const angleA = Math.atan2(a.y - layout.center.y, a.x - layout.center.x);
  const angleB = Math.atan2(b.y - layout.center.y, b.x - layout.center.x);
  let sweep = angleB - angleA;
  while (sweep > Math.PI) sweep -= 2 * Math.PI;
  while (sweep < -Math.PI) sweep += 2 * Math.PI;
  const out: EdgeRoute[] = [];
  for (const mid of [angleA + sweep / 2, angleA + sweep / 2 + Math.PI]) {
    for (const r of radii) {
      const via = { x: layout.center.x + r * Math.cos(mid), y: layout.center.y + r * Math.sin(mid) };
      // The joint runs along the ring; its handles reach a third of the way to each end.
      const tangent = { x: -Math.sin(mid), y: Math.cos(mid) };
      const side = (p: MapPoint) => Math.sign((p.x - via.x) * tangent.x + (p.y - via.y) * tangent.y) || 1;
      const reach = (p: MapPoint) => Math.hypot(p.x - via.x, p.y - via.y) / 3;
      const control = { x: via.x + tangent.x * side(a) * reach(a), y: via.y + tangent.y * side(a) * reach(a) };
      const control2 = { x: via.x + tangent.x * side(b) * reach(b), y: via.y + tangent.y * side(b) * reach(b) };
      out.push({ ...ends(control, control2), control, via, control2 });
    }
  }
  return out;
}

/**
 * Past this many exchanges, lines stay straight: routing is for maps a person draws and reads whole (a
 * generated 1,000-partner map would take seconds, and is read zoomed out, where lines are straight anyway).
 */
export const ROUTED_EDGE_LIMIT = 400;

/**
 * Each exchange's line: straight when no other node is in its way, else the gentlest curve that passes
 * every other node with ROUTE_CLEARANCE to spare (or, failing that, the one crossing fewest). Computed once
 * per layout change; the screen and the PDF can draw the same lines.
 */
export function routeEdges(layout: EcosystemLayout, edges: readonly RoutedEdge[], orgId: string): Map<string, EdgeRoute> {
  const avoid = edges.length <= ROUTED_EDGE_LIMIT;
  const grid = nodeBoxGrid(layout, orgId, ROUTE_CLEARANCE);
  const half = (id: string): readonly [number, number] => (id === orgId ? [ORG_NODE_SIZE.width / 2, ORG_NODE_SIZE.height / 2] : [layout.nodeSize.width / 2, layout.nodeSize.height / 2]);
  const centre = (id: string) => (id === orgId ? layout.center : layout.positions[id]);
  const routes = new Map<string, EdgeRoute>();
  for (const edge of edges) {
    const a = centre(edge.from);
    const b = centre(edge.to);
    if (!a || !b || (a.x === b.x && a.y === b.y)) continue;
    const skip = new Set([edge.from, edge.to]);
    const ends = (towardsA: MapPoint, towardsB: MapPoint) => ({
      from: exitPoint(a, towardsA.x - a.x, towardsA.y - a.y, half(edge.from)),
      to: exitPoint(b, towardsB.x - b.x, towardsB.y - b.y, half(edge.to)),
    });
    const straight = ends(b, a);
    if (!avoid || grid.segmentHits(straight.from.x, straight.from.y, straight.to.x, straight.to.y, skip, 1) === 0) {
      routes.set(edge.id, straight);
      continue;
    }
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    let best: { route: EdgeRoute; hits: number } | null = null;
    const candidates = function* (): Generator<EdgeRoute> {
      for (const bow of BOWS) {
        // A quadratic curve's middle lies halfway between the chord and its control point.
        const control = { x: mid.x + normal.x * bow * 2, y: mid.y + normal.y * bow * 2 };
        yield { ...ends(control, control), control };
      }
      yield* viaRoutes(layout, a, b, ends);
    };
    for (const route of candidates()) {
      const hits = routeHits(grid, route, skip, best?.hits ?? Infinity);
      if (!best || hits < best.hits) best = { route, hits };
      if (hits === 0) break;
    }
    routes.set(edge.id, best?.route ?? straight);
  }
  return routes;
}
