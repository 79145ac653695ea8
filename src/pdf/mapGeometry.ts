/** Small pure helpers for drawing the map: where a line leaves a box, and an arrowhead at its end. */

export interface Pt {
  x: number;
  y: number;
}

/** The point where the segment from the centre of a box towards `to` crosses the box's border. */
export function exitPoint(center: Pt, halfW: number, halfH: number, to: Pt): Pt {
  const dx = to.x - center.x;
  const dy = to.y - center.y;
  if (dx === 0 && dy === 0) return center;
  const t = Math.min(dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy), 1);
  return { x: center.x + dx * t, y: center.y + dy * t };
}

/** A triangle whose tip is `tip`, pointing away from `from`. */
export function arrowhead(from: Pt, tip: Pt, length: number, width: number): [number, number][] {
  const d = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / d;
  const uy = (tip.y - from.y) / d;
  const bx = tip.x - ux * length;
  const by = tip.y - uy * length;
  return [
    [tip.x, tip.y],
    [bx - uy * (width / 2), by + ux * (width / 2)],
    [bx + uy * (width / 2), by - ux * (width / 2)],
  ];
}
