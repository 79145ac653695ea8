import type { Box } from './frame';
import type { Pt } from './mapGeometry';

/** An edge label to place: the edge's visible ends and the label's size at full scale. */
export interface EdgeLabelRequest {
  a: Pt;
  z: Pt;
  width: number;
  height: number;
}

export type EdgeLabelPlacement =
  /** The label itself, drawn at `scale` of its full size inside `box`. */
  | { kind: 'label'; box: Box; scale: number }
  /** No room for the text: a numbered badge on the edge (`box`, or null when not even that fits) and a legend entry. */
  | { kind: 'key'; number: number; box: Box | null };

/** Points along the edge, middle first; then the same points with the label moved beside the line. */
const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.12, 0.88];
const SCALES = [1, 0.85, 0.72];
/** Clear space kept around every label. */
const GAP = 1.5;

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.w <= bounds.x + bounds.w && box.y + box.h <= bounds.y + bounds.h;
}

function candidates(a: Pt, z: Pt, w: number, h: number): Box[] {
  const length = Math.hypot(z.x - a.x, z.y - a.y) || 1;
  const nx = -(z.y - a.y) / length;
  const ny = (z.x - a.x) / length;
  // How far the centre must move along the normal for the box to sit just beside the line.
  const beside = (Math.abs(nx) * w) / 2 + (Math.abs(ny) * h) / 2 + 2;
  const out: Box[] = [];
  for (const shift of [0, beside, -beside]) {
    for (const t of ALONG) {
      const cx = a.x + (z.x - a.x) * t + nx * shift;
      const cy = a.y + (z.y - a.y) * t + ny * shift;
      out.push({ x: cx - w / 2, y: cy - h / 2, w, h });
    }
  }
  return out;
}

function firstFree(request: EdgeLabelRequest, w: number, h: number, taken: Box[], bounds: Box): Box | null {
  return candidates(request.a, request.z, w, h).find((box) => inside(box, bounds) && !taken.some((t) => boxesOverlap(box, t, GAP))) ?? null;
}

/**
 * Places edge labels so that none overlaps another or any obstacle (nodes, badges, ring names): each goes
 * to the first free candidate along its edge, shrinking if needed; a label with no free spot at any size
 * becomes a numbered key. Short edges go first, as they have the fewest spots. Deterministic for the same input.
 */
export function placeEdgeLabels(requests: EdgeLabelRequest[], obstacles: Box[], bounds: Box, badgeSize: number, scales: readonly number[] = SCALES): EdgeLabelPlacement[] {
  const taken = [...obstacles];
  const order = requests.map((r, i) => ({ i, length: Math.hypot(r.z.x - r.a.x, r.z.y - r.a.y) })).sort((p, q) => p.length - q.length || p.i - q.i);
  const placements: EdgeLabelPlacement[] = new Array<EdgeLabelPlacement>(requests.length);
  const keyed: number[] = [];
  for (const { i } of order) {
    const request = requests[i] as EdgeLabelRequest;
    const scale = scales.find((s) => firstFree(request, request.width * s, request.height * s, taken, bounds));
    if (scale !== undefined) {
      const box = firstFree(request, request.width * scale, request.height * scale, taken, bounds) as Box;
      taken.push(box);
      placements[i] = { kind: 'label', box, scale };
    } else keyed.push(i);
  }
  // Keys are numbered in the edges' own order, so the legend reads in a stable sequence.
  keyed.sort((p, q) => p - q);
  keyed.forEach((i, n) => {
    const box = firstFree(requests[i] as EdgeLabelRequest, badgeSize, badgeSize, taken, bounds);
    if (box) taken.push(box);
    placements[i] = { kind: 'key', number: n + 1, box };
  });
  return placements;
}
