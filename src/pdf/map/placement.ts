// Where each partner's label box goes on the printed tier map: on elliptical rings (one band per tier, inside
// out), in its type's sector, pushed outwards onto sub-rings until it touches nothing. Page units, so the
// names keep their print size; when the boxes do not fit, the caller splits the map over several pages.
import { sectorCentre, SECTOR_ANGLE } from '../../domain/mapLayout';
import type { PartnerType } from '../../domain/records';
import type { Box } from '../frame';
import { boxesOverlap } from '../mapLabels';

export interface NodeRequest {
  id: string;
  band: number;
  type: PartnerType;
  /** Sort key within the sector: what the reader sees (the name), so the same content gives the same map. */
  key: string;
  w: number;
  h: number;
}

export interface PlacedMap {
  nodes: Map<string, Box>;
  /** Per band: the ellipse scale where it starts and ends (0 = centre, 1 = the area's edge). */
  bands: { inner: number; outer: number }[];
  centre: { x: number; y: number };
  /** Ellipse radii at scale 1. */
  rx: number;
  ry: number;
}

const GAP = 3;
const STEP = 0.025;
const ANGLE_STEPS = 48;
/** Space kept free at each sector's edges, where ring names and the org's lines sit. */
const SECTOR_MARGIN = 0.09;

export function ellipsePoint(map: Pick<PlacedMap, 'centre' | 'rx' | 'ry'>, angle: number, scale: number): { x: number; y: number } {
  return { x: map.centre.x + Math.cos(angle) * map.rx * scale, y: map.centre.y + Math.sin(angle) * map.ry * scale };
}

function inside(box: Box, area: Box): boolean {
  return box.x >= area.x && box.y >= area.y && box.x + box.w <= area.x + area.w && box.y + box.h <= area.y + area.h;
}

/**
 * Places every node, band by band from the centre; null when some node finds no free spot inside `area`.
 * `centreBox` is the organisation's node, kept clear.
 */
export function placeNodes(requests: NodeRequest[], bandCount: number, area: Box, centreBox: { w: number; h: number }, firstScale = 0): PlacedMap | null {
  const maxW = Math.max(centreBox.w, ...requests.map((r) => r.w));
  const maxH = Math.max(centreBox.h, ...requests.map((r) => r.h));
  const centre = { x: area.x + area.w / 2, y: area.y + area.h / 2 };
  const map = { centre, rx: area.w / 2 - maxW / 2, ry: area.h / 2 - maxH / 2 };
  if (map.rx <= 0 || map.ry <= 0) return null;
  const org: Box = { x: centre.x - centreBox.w / 2, y: centre.y - centreBox.h / 2, w: centreBox.w, h: centreBox.h };
  const taken: Box[] = [org];
  const nodes = new Map<string, Box>();
  const bands: { inner: number; outer: number }[] = [];
  let start = Math.max(0.12, firstScale, (centreBox.h / 2 + 14) / map.ry);
  for (let band = 0; band < bandCount; band += 1) {
    const inBand = requests.filter((r) => r.band === band);
    let outer = start;
    for (const type of ['channel', 'technology', 'innovation'] as const) {
      const list = inBand.filter((r) => r.type === type).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1));
      const span = SECTOR_ANGLE * (1 - 2 * SECTOR_MARGIN);
      const from = sectorCentre(type) - span / 2;
      const angles = Array.from({ length: ANGLE_STEPS + 1 }, (_, k) => from + (span * k) / ANGLE_STEPS);
      for (const [i, request] of list.entries()) {
        // Its own share of the sector first (names in order around the ring), the rest of the sector after.
        const share = span / Math.max(1, list.length);
        const ideal = from + share * (i + 0.5);
        const near = [0, 1, -1, 2, -2].map((k) => ideal + (k * share) / 5);
        const far = [...angles].sort((p, q) => Math.abs(p - ideal) - Math.abs(q - ideal));
        const search = (candidates: number[]): { box: Box; scale: number } | null => {
          for (let scale = start; scale <= 1.0001; scale += STEP) {
            for (const angle of candidates) {
              const p = ellipsePoint(map, angle, scale);
              const candidate = { x: p.x - request.w / 2, y: p.y - request.h / 2, w: request.w, h: request.h };
              if (inside(candidate, area) && !taken.some((t) => boxesOverlap(candidate, t, GAP))) return { box: candidate, scale };
            }
          }
          return null;
        };
        const found = search(near) ?? search(far);
        const box = found?.box ?? null;
        const at = found?.scale ?? start;
        if (!box) return null;
        taken.push(box);
        nodes.set(request.id, box);
        outer = Math.max(outer, at);
      }
    }
    bands.push({ inner: start, outer });
    start = outer + STEP * 2.2;
  }
  return { nodes, bands, centre, rx: map.rx, ry: map.ry };
}
