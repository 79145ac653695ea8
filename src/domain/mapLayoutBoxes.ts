import { ORG_NODE_SIZE, type MapPoint } from './mapLayoutGeometry';
import type { EcosystemLayout } from './mapLayout';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Whose box it is (a node id), so a search can leave an edge's own ends out. */
  owner?: string;
}

export function boxAround(at: MapPoint, width: number, height: number, owner?: string): Box {
  return { minX: at.x - width / 2, minY: at.y - height / 2, maxX: at.x + width / 2, maxY: at.y + height / 2, owner };
}

export function growBox(box: Box, by: number): Box {
  return { ...box, minX: box.minX - by, minY: box.minY - by, maxX: box.maxX + by, maxY: box.maxY + by };
}

/** Whether the segment (ax, ay)–(bx, by) crosses the box (slab test). */
export function segmentHitsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const clips: [number, number][] = [
    [-dx, ax - box.minX],
    [dx, box.maxX - ax],
    [-dy, ay - box.minY],
    [dy, box.maxY - ay],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

const CELL = 200;
const cellKey = (cx: number, cy: number) => cx * 1_000_003 + cy;

/** Boxes in buckets, to ask "what does this box or segment hit?" without looking at everything. */
export class BoxGrid {
  private readonly boxes: Box[] = [];
  private readonly cells = new Map<number, number[]>();
  /** Per box, the last query that looked at it (so a box spanning several cells counts once). */
  private readonly marks: number[] = [];
  private query = 0;

  add(box: Box): void {
    const index = this.boxes.push(box) - 1;
    this.marks.push(0);
    for (let x = Math.floor(box.minX / CELL); x <= Math.floor(box.maxX / CELL); x += 1) {
      for (let y = Math.floor(box.minY / CELL); y <= Math.floor(box.maxY / CELL); y += 1) {
        const key = cellKey(x, y);
        const cell = this.cells.get(key);
        if (cell) cell.push(index);
        else this.cells.set(key, [index]);
      }
    }
  }

  /** How many boxes overlap `box`. */
  hits(box: Box): number {
    const query = ++this.query;
    let count = 0;
    for (let x = Math.floor(box.minX / CELL); x <= Math.floor(box.maxX / CELL); x += 1) {
      for (let y = Math.floor(box.minY / CELL); y <= Math.floor(box.maxY / CELL); y += 1) {
        for (const i of this.cells.get(cellKey(x, y)) ?? []) {
          if (this.marks[i] === query) continue;
          this.marks[i] = query;
          const o = this.boxes[i]!;
          if (o.minX < box.maxX && o.maxX > box.minX && o.minY < box.maxY && o.maxY > box.minY) count += 1;
        }
      }
    }
    return count;
  }

  /**
   * How many boxes the segment crosses (up to `limit`: a caller comparing routes stops counting there),
   * leaving out those owned by `skip`. Only the cells along the segment are looked at.
   */
  segmentHits(ax: number, ay: number, bx: number, by: number, skip: ReadonlySet<string>, limit = Infinity): number {
    const query = ++this.query;
    let count = 0;
    const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / (CELL / 4)));
    let last = Number.NaN;
    for (let s = 0; s <= steps; s += 1) {
      const key = cellKey(Math.floor((ax + ((bx - ax) * s) / steps) / CELL), Math.floor((ay + ((by - ay) * s) / steps) / CELL));
      if (key === last) continue;
      last = key;
      for (const i of this.cells.get(key) ?? []) {
        if (this.marks[i] === query) continue;
        this.marks[i] = query;
        const o = this.boxes[i]!;
        if (o.owner !== undefined && skip.has(o.owner)) continue;
        if (segmentHitsBox(ax, ay, bx, by, o) && (count += 1) >= limit) return count;
      }
    }
    return count;
  }
}

/** Every node's box (the organisation under `orgId`, each placed partner under its id), grown by `margin`. */
export function nodeBoxGrid(layout: EcosystemLayout, orgId: string, margin = 0): BoxGrid {
  const grid = new BoxGrid();
  grid.add(growBox(boxAround(layout.center, ORG_NODE_SIZE.width, ORG_NODE_SIZE.height, orgId), margin));
  for (const [id, at] of Object.entries(layout.positions)) grid.add(growBox(boxAround(at, layout.nodeSize.width, layout.nodeSize.height, id), margin));
  return grid;
}
