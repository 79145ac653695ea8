import type { EcosystemLayout } from './mapLayout';
import type { MapPoint } from './mapLayoutGeometry';

/** Sizes on the exported canvas, roomy enough for three lines of Obsidian text. */
export const CANVAS_PARTNER_SIZE = { width: 260, height: 100 } as const;
export const CANVAS_ORG_SIZE = { width: 300, height: 120 } as const;
/** Space between two nodes, and between a node and a group's edge. */
const NODE_GAP = 24;
const GROUP_PADDING = 28;
/** Between two nested groups: room for the outer band's nodes to clear the inner group's label. */
const LABEL_ROOM = 44;
const EMPTY_BAND = 64;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CanvasBand {
  tierId: string | null;
  name: string;
  box: Box;
  /** Partner id → the node's box. */
  nodes: Record<string, Box>;
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

function centred(point: MapPoint, size: { width: number; height: number }): Box {
  return { x: point.x - size.width / 2, y: point.y - size.height / 2, width: size.width, height: size.height };
}

function union(boxes: Box[]): Box {
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.width));
  const maxY = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

const grow = (box: Box, by: number): Box => ({ x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by });

/** The point where the ray at `angle` meets the square of half-size `half` (rings become nested boxes). */
function onSquare(angle: number, half: number): MapPoint {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const k = half / Math.max(Math.abs(c), Math.abs(s));
  return { x: c * k, y: s * k };
}

/**
 * The map's tier rings redrawn as nested boxes, so each tier can be one rectangular group: every partner
 * keeps its direction from the organisation (its type sector, or where it was dragged) and its order
 * outwards within its tier, and is moved out along that direction until it clears the inner tier's box
 * and the partners already placed. Each band's box encloses its partners and every inner box.
 */
export function canvasBands(layout: EcosystemLayout, bandOf: (partnerId: string) => number): { org: Box; bands: CanvasBand[] } {
  const org = centred(layout.center, CANVAS_ORG_SIZE);
  const placed: Box[] = [org];
  const members: string[][] = layout.rings.map(() => []);
  for (const id of Object.keys(layout.positions)) members[bandOf(id)]?.push(id);
  let inner = org;
  const bands = layout.rings.map((ring, index): CanvasBand => {
    const polar = members[index]!.map((id) => {
      const p = layout.positions[id]!;
      const dx = p.x - layout.center.x;
      const dy = p.y - layout.center.y;
      return { id, angle: dx === 0 && dy === 0 ? -Math.PI / 2 : Math.atan2(dy, dx), radius: Math.hypot(dx, dy) };
    });
    polar.sort((a, b) => a.radius - b.radius || a.angle - b.angle || (a.id < b.id ? -1 : 1));
    const keepOut = grow(inner, LABEL_ROOM);
    const start = Math.max(-keepOut.x, -keepOut.y, keepOut.x + keepOut.width, keepOut.y + keepOut.height);
    const nodes: Record<string, Box> = {};
    for (const { id, angle } of polar) {
      let half = start;
      let box = centred(onSquare(angle, half), CANVAS_PARTNER_SIZE);
      while (overlaps(box, keepOut, 0) || placed.some((other) => overlaps(box, other, NODE_GAP))) {
        half += 12;
        box = centred(onSquare(angle, half), CANVAS_PARTNER_SIZE);
      }
      nodes[id] = box;
      placed.push(box);
    }
    const content = Object.values(nodes);
    const box = content.length ? grow(union([inner, ...content]), GROUP_PADDING) : grow(inner, EMPTY_BAND);
    inner = box;
    return { tierId: ring.tierId, name: ring.name, box, nodes };
  });
  return { org, bands };
}
