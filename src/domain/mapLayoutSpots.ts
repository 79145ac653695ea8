import { ClearanceGrid, type MapPoint } from './mapLayoutGeometry';
import type { EcosystemLayout } from './mapLayout';

const ARC_STEP = 16;
const RADIAL_STEPS = [0, 24, -24, 48, -48, 72, -72, 96, -96];

/**
 * Where a partner dropped at `point` can sit without covering another node: the point itself when it is
 * clear, else the nearest clear spot inside one ring's band: the ring of `tierId` when given (a drop to
 * another tier), else the ring under the point (so the drop keeps the tier it chose). Pure.
 */
export function freeSpot(layout: EcosystemLayout, id: string, point: MapPoint, tierId?: string | null): MapPoint {
  const grid = new ClearanceGrid(true);
  for (const [other, at] of Object.entries(layout.positions)) if (other !== id) grid.add(at);
  const dx = point.x - layout.center.x;
  const dy = point.y - layout.center.y;
  const distance = Math.hypot(dx, dy);
  const a0 = Math.atan2(dy, dx);
  const ring = tierId === undefined ? layout.rings.find((r) => distance >= r.inner && distance < r.outer) : layout.rings.find((r) => r.tierId === tierId);
  const inBand = (r: number) => !ring || (r >= ring.inner && r < ring.outer);
  if (inBand(distance) && !grid.collides(point)) return point;
  const r0 = ring ? Math.min(Math.max(distance, ring.inner + 1), ring.outer - 1) : distance;
  const candidates: { at: MapPoint; d: number }[] = [];
  for (const dr of RADIAL_STEPS) {
    const r = r0 + dr;
    if (r <= 0 || !inBand(r)) continue;
    const steps = Math.ceil((Math.PI * r) / ARC_STEP);
    for (let k = -steps; k <= steps; k += 1) {
      const a = a0 + (k * ARC_STEP) / r;
      const at = { x: Math.round(layout.center.x + r * Math.cos(a)), y: Math.round(layout.center.y + r * Math.sin(a)) };
      candidates.push({ at, d: Math.hypot(at.x - point.x, at.y - point.y) });
    }
  }
  candidates.sort((p, q) => p.d - q.d);
  return candidates.find((c) => !grid.collides(c.at))?.at ?? point;
}

/** Partners whose place on the map differs from where the automatic layout puts them (moved by hand). */
export function movedByHand(auto: EcosystemLayout, shown: EcosystemLayout): string[] {
  return Object.keys(shown.positions).filter((id) => {
    const a = auto.positions[id];
    const s = shown.positions[id];
    return !a || !s || Math.abs(a.x - s.x) > 0.5 || Math.abs(a.y - s.y) > 0.5;
  });
}
