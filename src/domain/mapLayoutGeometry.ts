import { PARTNER_TYPES, type PartnerType } from './records';

export interface MapPoint {
  x: number;
  y: number;
}

export const PARTNER_NODE_SIZE = { width: 184, height: 54 } as const;
export const ORG_NODE_SIZE = { width: 208, height: 64 } as const;
/** The least free space between two nodes' boxes. */
export const MAP_GAP = 12;

export const SECTOR_ANGLE = (2 * Math.PI) / PARTNER_TYPES.length;
/** Channel is centred at the top, technology at the lower right, innovation at the lower left (y points down). */
const FIRST_SECTOR_START = -Math.PI / 2 - SECTOR_ANGLE / 2;

export function sectorCentre(type: PartnerType): number {
  return FIRST_SECTOR_START + SECTOR_ANGLE * (PARTNER_TYPES.indexOf(type) + 0.5);
}

const W = PARTNER_NODE_SIZE.width + MAP_GAP;
const H = PARTNER_NODE_SIZE.height + MAP_GAP;
const DIAGONAL = Math.hypot(W, H);

/**
 * Centre distance two neighbours need along a chord at angle `chordAngle`: wide boxes side by side need
 * their width, stacked ones their height. `safe` ignores the direction (the diagonal always works).
 */
function chordNeed(chordAngle: number, safe: boolean): number {
  if (safe) return DIAGONAL;
  const sin = Math.abs(Math.sin(chordAngle));
  const cos = Math.abs(Math.cos(chordAngle));
  return Math.min(cos > 1e-9 ? W / cos : Infinity, sin > 1e-9 ? H / sin : Infinity, DIAGONAL);
}

/** The angle to the next neighbour on a circle of `radius`, starting at `angle` (the chord is at angle + step/2 + 90°). */
function nextStep(angle: number, radius: number, safe: boolean): number {
  let step = 0;
  for (let i = 0; i < 3; i += 1) {
    const need = chordNeed(angle + step / 2 + Math.PI / 2, safe);
    step = Math.max(step, 2 * Math.asin(Math.min(1, need / (2 * radius))));
  }
  return step * 1.02;
}

/**
 * Up to `count` angles for one type's sector on a circle: as many as fit with clear space to each other and
 * to the neighbouring sectors, centred in the sector when there are fewer than fit.
 */
export function sectorAngles(type: PartnerType, radius: number, count: number, safe: boolean): number[] {
  const start = sectorCentre(type) - SECTOR_ANGLE / 2;
  const end = start + SECTOR_ANGLE;
  const angles: number[] = [];
  let angle = start + nextStep(start, radius, safe) / 2;
  const endMargin = nextStep(end, radius, safe) / 2;
  while (angles.length < count && angle <= end - endMargin) {
    angles.push(angle);
    angle += nextStep(angle, radius, safe);
  }
  if (angles.length <= 1) return [sectorCentre(type)];
  if (angles.length < count) return angles;
  const slack = end - endMargin - angles[angles.length - 1]!;
  return angles.map((a) => a + slack / 2);
}

/**
 * The same angles spread wider around the sector centre (up to `factor` times their spacing), staying
 * inside the sector: small groups read better apart, and lines to outer rings pass beside inner nodes.
 */
export function spreadAngles(type: PartnerType, radius: number, angles: number[], factor: number, safe: boolean): number[] {
  if (angles.length < 2) return angles;
  const centre = sectorCentre(type);
  const start = centre - SECTOR_ANGLE / 2 + nextStep(centre - SECTOR_ANGLE / 2, radius, safe) / 2;
  const end = centre + SECTOR_ANGLE / 2 - nextStep(centre + SECTOR_ANGLE / 2, radius, safe) / 2;
  const mid = (angles[0]! + angles[angles.length - 1]!) / 2;
  const half = (angles[angles.length - 1]! - angles[0]!) / 2;
  const room = Math.min(mid - start, end - mid);
  const scale = half > 0 ? Math.max(1, Math.min(factor, room / half)) : 1;
  return angles.map((a) => mid + (a - mid) * scale);
}

/** Turns a group of angles by `offset` if it still keeps clear of the neighbouring sectors, else returns nothing. */
export function turnAngles(type: PartnerType, radius: number, angles: number[], offset: number, safe: boolean): number[] | undefined {
  if (offset === 0 || angles.length === 0) return undefined;
  const start = sectorCentre(type) - SECTOR_ANGLE / 2;
  const min = start + nextStep(start, radius, safe) / 2;
  const max = start + SECTOR_ANGLE - nextStep(start + SECTOR_ANGLE, radius, safe) / 2;
  const turned = angles.map((a) => a + offset);
  return turned[0]! >= min && turned[turned.length - 1]! <= max ? turned : undefined;
}

/** Node centres in buckets, to check a new node against its neighbours only. */
export class ClearanceGrid {
  private readonly cells = new Map<string, MapPoint[]>();
  private static readonly CELL = 256;

  constructor(private readonly withOrganisation: boolean) {}

  private key(cx: number, cy: number): string {
    return `${cx}:${cy}`;
  }

  add(point: MapPoint): void {
    const key = this.key(Math.floor(point.x / ClearanceGrid.CELL), Math.floor(point.y / ClearanceGrid.CELL));
    const cell = this.cells.get(key);
    if (cell) cell.push(point);
    else this.cells.set(key, [point]);
  }

  collides(point: MapPoint): boolean {
    if (this.withOrganisation && Math.abs(point.x) < (PARTNER_NODE_SIZE.width + ORG_NODE_SIZE.width) / 2 + MAP_GAP && Math.abs(point.y) < (PARTNER_NODE_SIZE.height + ORG_NODE_SIZE.height) / 2 + MAP_GAP) {
      return true;
    }
    const cx = Math.floor(point.x / ClearanceGrid.CELL);
    const cy = Math.floor(point.y / ClearanceGrid.CELL);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const other of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) {
          if (Math.abs(other.x - point.x) < W && Math.abs(other.y - point.y) < H) return true;
        }
      }
    }
    return false;
  }
}
