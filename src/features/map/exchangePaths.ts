import { EDGE_KINDS, exitPoint, pointOnRoute, routePath, type EdgeKind, type EdgeRoute, type MapPoint, type PlacedLabel } from '../../domain';
import type { ValueFlowEdge } from './flowModel';
import { BADGE_RADIUS } from './mapLevels';

/** An exchange as the batched layer draws and picks it (map units). */
export interface Exchange {
  id: string;
  kind: EdgeKind;
  route: EdgeRoute;
  bidirectional: boolean;
  /** In the focused partner's neighbourhood (drawn strong while the rest is dimmed). */
  near: boolean;
  text: string;
  labelWidth: number;
  label?: PlacedLabel;
}

/** One path per kind for the lines and one for their arrowheads, split by `near`: a dozen elements for any number of exchanges. */
export interface ExchangePaths {
  lines: { kind: EdgeKind; near: boolean; d: string }[];
  arrows: { kind: EdgeKind; near: boolean; d: string }[];
}

/** The arrowhead of MapMarkers (14 map units long, 11.7 wide), as a filled triangle with its tip at `tip`, pointing away from `from`. */
const ARROW_BACK = 10.5;
const ARROW_HALF = 5.8;
const r1 = (n: number) => Math.round(n * 10) / 10;

export function arrowHead(tip: MapPoint, from: MapPoint): string {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const bx = tip.x - ux * ARROW_BACK;
  const by = tip.y - uy * ARROW_BACK;
  return `M${r1(tip.x)} ${r1(tip.y)}L${r1(bx - uy * ARROW_HALF)} ${r1(by + ux * ARROW_HALF)}L${r1(bx + uy * ARROW_HALF)} ${r1(by - ux * ARROW_HALF)}Z`;
}

/** The point the line comes from as it reaches its end (the last control point, or the other end). */
function approachTo(route: EdgeRoute): MapPoint {
  return route.control2 ?? route.control ?? route.from;
}
function approachFrom(route: EdgeRoute): MapPoint {
  return route.control ?? route.to;
}

export function exchangePaths(exchanges: readonly Exchange[]): ExchangePaths {
  const lines = new Map<string, string[]>();
  const arrows = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, d: string) => {
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  };
  for (const e of exchanges) {
    const key = `${e.kind}:${e.near}`;
    add(lines, key, routePath(e.route));
    add(arrows, key, arrowHead(e.route.to, approachTo(e.route)));
    if (e.bidirectional) add(arrows, key, arrowHead(e.route.from, approachFrom(e.route)));
  }
  const out = (map: Map<string, string[]>) =>
    EDGE_KINDS.flatMap((kind) =>
      [false, true].flatMap((near) => {
        const list = map.get(`${kind}:${near}`);
        return list ? [{ kind, near, d: list.join('') }] : [];
      }),
    );
  return { lines: out(lines), arrows: out(arrows) };
}

/** The exchange of a flow edge, along its laid-out route (a straight line between the node borders until routes exist). */
export function exchangeOf(edge: ValueFlowEdge): Exchange | null {
  const data = edge.data;
  if (!data) return null;
  let route = data.route;
  if (!route && data.ends) {
    const [a, b] = data.ends;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    if (dx === 0 && dy === 0) return null;
    route = { from: exitPoint(a, dx, dy, data.sourceHalf), to: exitPoint(b, -dx, -dy, data.targetHalf) };
  }
  if (!route) return null;
  return { id: edge.id, kind: data.kind, route, bidirectional: data.bidirectional, near: !!edge.className?.includes('is-near'), text: data.text, labelWidth: data.labelWidth, label: data.label };
}

const SAMPLES = 24;

function segmentDistance(p: MapPoint, a: MapPoint, b: MapPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function routeDistance(route: EdgeRoute, p: MapPoint): number {
  const straight = !route.control;
  const steps = straight ? 1 : route.via ? SAMPLES * 2 : SAMPLES;
  let best = Infinity;
  let prev = route.from;
  for (let i = 1; i <= steps; i += 1) {
    const next = pointOnRoute(route, i / steps);
    best = Math.min(best, segmentDistance(p, prev, next));
    prev = next;
  }
  return best;
}

const inBox = (p: MapPoint, box: { minX: number; minY: number; maxX: number; maxY: number }) => p.x >= box.minX && p.x <= box.maxX && p.y >= box.minY && p.y <= box.maxY;

/**
 * The exchange at `p` (map units): a label or number drawn there first, else the nearest line within
 * `radius`. `showText` says whether whole labels are drawn (detail level) or only their numbers.
 */
export function pickExchange(exchanges: readonly Exchange[], p: MapPoint, radius: number, showText: boolean): string | null {
  for (const e of exchanges) {
    const label = e.label;
    if (!label) continue;
    if (showText && label.text && inBox(p, label.text)) return e.id;
    const badge = showText ? label.fallback : label.badge;
    if (badge && Math.hypot(p.x - badge.x, p.y - badge.y) <= BADGE_RADIUS) return e.id;
  }
  let best: { id: string; d: number } | null = null;
  for (const e of exchanges) {
    const d = routeDistance(e.route, p);
    if (d <= radius && (!best || d < best.d)) best = { id: e.id, d };
  }
  return best?.id ?? null;
}
