import { ORG_NODE_SIZE, type EcosystemLayout, type MapPoint } from '../../domain';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const ARROW_ROOM = 3;

/** Where the line from the centre (cx, cy) towards (dx, dy) leaves a box of the given half size. */
export function exitPoint(cx: number, cy: number, dx: number, dy: number, [hw, hh]: readonly [number, number]): [number, number] {
  const scale = Math.min(dx === 0 ? Infinity : (hw + ARROW_ROOM) / Math.abs(dx), dy === 0 ? Infinity : (hh + ARROW_ROOM) / Math.abs(dy));
  return [cx + dx * scale, cy + dy * scale];
}

export function boxAround(at: MapPoint, width: number, height: number): Box {
  return { minX: at.x - width / 2, minY: at.y - height / 2, maxX: at.x + width / 2, maxY: at.y + height / 2 };
}

/** Boxes in buckets, to ask "does this box hit anything?" without looking at everything. */
export class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  private static readonly CELL = 200;

  private *keys(box: Box): Generator<string> {
    const c = BoxGrid.CELL;
    for (let x = Math.floor(box.minX / c); x <= Math.floor(box.maxX / c); x += 1) {
      for (let y = Math.floor(box.minY / c); y <= Math.floor(box.maxY / c); y += 1) yield `${x}:${y}`;
    }
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  hits(box: Box): number {
    const seen = new Set<Box>();
    for (const key of this.keys(box)) {
      for (const other of this.cells.get(key) ?? []) {
        if (other.minX < box.maxX && other.maxX > box.minX && other.minY < box.maxY && other.maxY > box.minY) seen.add(other);
      }
    }
    return seen.size;
  }
}

/** Every node's box: the organisation and each placed partner. */
export function nodeBoxes(layout: EcosystemLayout): BoxGrid {
  const grid = new BoxGrid();
  grid.add(boxAround(layout.center, ORG_NODE_SIZE.width, ORG_NODE_SIZE.height));
  for (const at of Object.values(layout.positions)) grid.add(boxAround(at, layout.nodeSize.width, layout.nodeSize.height));
  return grid;
}

export interface LabelledEdge {
  id: string;
  from: string;
  to: string;
  text: string;
}

const T_CHOICES = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];
const CHAR_WIDTH = 6.8;
const LABEL_HEIGHT = 20;

/**
 * For each edge label, how far along the visible line it sits (0–1): the first spot that covers no node
 * and no label placed before it, else the least crowded one. Short edges choose first, as they have the
 * least room.
 */
export function placeEdgeLabels(layout: EcosystemLayout, edges: LabelledEdge[], orgId: string): Map<string, number> {
  const grid = nodeBoxes(layout);
  const half = (id: string): readonly [number, number] => (id === orgId ? [ORG_NODE_SIZE.width / 2, ORG_NODE_SIZE.height / 2] : [layout.nodeSize.width / 2, layout.nodeSize.height / 2]);
  const at = (id: string) => (id === orgId ? layout.center : layout.positions[id]);
  const segments = edges.flatMap((edge) => {
    const a = at(edge.from);
    const b = at(edge.to);
    if (!a || !b || (a.x === b.x && a.y === b.y)) return [];
    const [sx, sy] = exitPoint(a.x, a.y, b.x - a.x, b.y - a.y, half(edge.from));
    const [tx, ty] = exitPoint(b.x, b.y, a.x - b.x, a.y - b.y, half(edge.to));
    return [{ edge, sx, sy, tx, ty, length: Math.hypot(tx - sx, ty - sy) }];
  });
  segments.sort((p, q) => p.length - q.length || (p.edge.id < q.edge.id ? -1 : 1));
  const placed = new Map<string, number>();
  for (const { edge, sx, sy, tx, ty } of segments) {
    const width = edge.text.length * CHAR_WIDTH + 12;
    let best = { t: 0.5, hits: Infinity, box: null as Box | null };
    for (const t of T_CHOICES) {
      const box = boxAround({ x: sx + (tx - sx) * t, y: sy + (ty - sy) * t }, width, LABEL_HEIGHT);
      const hits = grid.hits(box);
      if (hits < best.hits) best = { t, hits, box };
      if (hits === 0) break;
    }
    if (best.box) grid.add(best.box);
    placed.set(edge.id, best.t);
  }
  return placed;
}
