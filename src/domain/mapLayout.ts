import { PARTNER_TYPES, type Partner, type PartnerType, type Tier, type Workshop } from './records';
import { ClearanceGrid, MAP_GAP, ORG_NODE_SIZE, PARTNER_NODE_SIZE, sectorAngles, spreadAngles, turnAngles, type MapPoint } from './mapLayoutGeometry';

export { ORG_NODE_SIZE, PARTNER_NODE_SIZE, sectorCentre, SECTOR_ANGLE, type MapPoint } from './mapLayoutGeometry';

export interface EcosystemRing {
  tierId: string | null;
  name: string;
  /** The ring partners sit on (the middle of the band when it holds several sub-rings). */
  radius: number;
  /** The band this ring owns: a point whose distance from the centre is in [inner, outer) belongs to it. */
  inner: number;
  outer: number;
}

export interface EcosystemLayout {
  /** The organisation node (id = workshop.id). */
  center: MapPoint;
  /** Innermost first (tier order); partners without a (known) tier sit on an outer ring. */
  rings: EcosystemRing[];
  /** Partner id → centre point. */
  positions: Record<string, MapPoint>;
  nodeSize: { width: number; height: number };
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

export const UNTIERED_RING_NAME = 'No tier';

/** Radial steps tried between sub-rings, compact first; the last one can never overlap (a node's diagonal). */
const SAFE_STEP = Math.ceil(Math.hypot(PARTNER_NODE_SIZE.width + MAP_GAP, PARTNER_NODE_SIZE.height + MAP_GAP));
const STEPS = [80, 96, 112, 128, 144, 160, 176, SAFE_STEP];
/** Extra space between two tiers, so the bands read as separate rings. */
const BAND_GAP = 28;
const FIRST_RADIUS = ORG_NODE_SIZE.height / 2 + PARTNER_NODE_SIZE.height / 2 + 170;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byNameThenId(a: Partner, b: Partner): number {
  return a.name.localeCompare(b.name, 'en') || compareText(a.name, b.name) || compareText(a.id, b.id);
}

const SPREAD = 1.8;
/** A lone partner in a sector is turned a little on every other tier, so lines to it pass beside the inner ones. */
const TURNS = [0, 0.4, -0.4];

/** Whether these new points keep clear of placed nodes and of each other. */
function fits(points: MapPoint[], grid: ClearanceGrid, local: ClearanceGrid): boolean {
  const own = new ClearanceGrid(false);
  for (const point of points) {
    if (grid.collides(point) || local.collides(point) || own.collides(point)) return false;
    own.add(point);
  }
  return true;
}

interface PlacedBand {
  positions: Record<string, MapPoint>;
  firstRadius: number;
  lastRadius: number;
}

/** One band's partners on as many sub-rings as their sectors need; `undefined` if that would overlap a placed node. */
function tryBand(partners: Partner[], firstRadius: number, step: number, safe: boolean, grid: ClearanceGrid, turn: number): PlacedBand | undefined {
  const positions: Record<string, MapPoint> = {};
  const local = new ClearanceGrid(false);
  let lastRadius = firstRadius;
  for (const type of PARTNER_TYPES) {
    const ofType = partners.filter((p) => p.type === type);
    let index = 0;
    for (let radius = firstRadius; index < ofType.length; radius += step) {
      const compact = sectorAngles(type as PartnerType, radius, ofType.length - index, safe);
      const spread = spreadAngles(type as PartnerType, radius, compact, SPREAD, safe);
      const turned = radius === firstRadius && spread.length === 1 ? turnAngles(type as PartnerType, radius, spread, turn, safe) : undefined;
      const choices = turned ? [turned, spread, compact] : [spread, compact];
      const points = choices
        .map((angles) => angles.map((a) => ({ x: round(radius * Math.cos(a)), y: round(radius * Math.sin(a)) })))
        .find((candidate) => fits(candidate, grid, local));
      if (!points) return undefined;
      for (const point of points) {
        local.add(point);
        positions[ofType[index]!.id] = point;
        index += 1;
      }
      lastRadius = Math.max(lastRadius, radius);
    }
  }
  return { positions, firstRadius, lastRadius };
}

/** Compact when the nodes allow it, never overlapping: tries tighter rings first and checks every node. */
function placeBand(partners: Partner[], index: number, previousRadius: number, grid: ClearanceGrid): PlacedBand {
  const turn = TURNS[index % TURNS.length]!;
  for (const safe of [false, true]) {
    for (const step of STEPS) {
      const first = previousRadius === 0 ? FIRST_RADIUS + step - STEPS[0]! : previousRadius + step + BAND_GAP;
      const band = tryBand(partners, first, step, safe, grid, turn);
      if (band) return band;
    }
  }
  // Unreachable in practice: the safe step keeps a node's diagonal between any two centres.
  return tryBand(partners, previousRadius + SAFE_STEP * 2 + BAND_GAP, SAFE_STEP, true, new ClearanceGrid(false), 0)!;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Places every partner: radius by tier (innermost = first tier), angular sector by type, sub-rings when a
 * sector is full, so no two nodes overlap. Pure and deterministic; the screen and the PDF both draw it.
 * Manual positions (the map's saved drags) win over the computed ones.
 */
export function layoutEcosystem(input: { workshop: Workshop; tiers: Tier[]; partners: Partner[] }, manual?: Record<string, MapPoint>): EcosystemLayout {
  const tiers = [...input.tiers].sort((a, b) => a.order - b.order || compareText(a.id, b.id));
  const tierIndex = new Map(tiers.map((t, i) => [t.id, i]));
  const partners = [...input.partners].sort(byNameThenId);
  const groups: { tierId: string | null; name: string; partners: Partner[] }[] = tiers.map((t) => ({ tierId: t.id, name: t.name, partners: [] }));
  const untiered: Partner[] = [];
  for (const partner of partners) {
    const index = partner.tierId === null ? undefined : tierIndex.get(partner.tierId);
    (index === undefined ? untiered : groups[index]!.partners).push(partner);
  }
  if (untiered.length > 0) groups.push({ tierId: null, name: UNTIERED_RING_NAME, partners: untiered });

  const grid = new ClearanceGrid(true);
  const placed = groups.map(() => ({ positions: {}, firstRadius: 0, lastRadius: 0 }) as PlacedBand);
  let previousRadius = 0;
  groups.forEach((group, i) => {
    const band = placeBand(group.partners, i, previousRadius, grid);
    for (const point of Object.values(band.positions)) grid.add(point);
    placed[i] = band;
    previousRadius = band.lastRadius;
  });

  const rings: EcosystemRing[] = groups.map((group, i) => {
    const band = placed[i]!;
    const before = placed[i - 1];
    const after = placed[i + 1];
    const inner = before ? (before.lastRadius + band.firstRadius) / 2 : band.firstRadius / 2;
    const outer = after ? (band.lastRadius + after.firstRadius) / 2 : band.lastRadius + PARTNER_NODE_SIZE.width / 2 + MAP_GAP;
    return { tierId: group.tierId, name: group.name, radius: (band.firstRadius + band.lastRadius) / 2, inner, outer };
  });

  const positions: Record<string, MapPoint> = Object.assign({}, ...placed.map((b) => b.positions));
  const auto: EcosystemLayout = { center: { x: 0, y: 0 }, rings, positions, nodeSize: { ...PARTNER_NODE_SIZE }, bounds: boundsOf(rings, positions) };
  return manual ? withManualPositions(auto, manual) : auto;
}

/**
 * The automatic layout with the saved drags on top: a drop changes one position, so the map re-derives
 * this (linear) instead of placing every partner again.
 */
export function withManualPositions(auto: EcosystemLayout, manual: Record<string, MapPoint>): EcosystemLayout {
  let positions: Record<string, MapPoint> | null = null;
  for (const id of Object.keys(auto.positions)) {
    const saved = manual[id];
    if (!saved || !Number.isFinite(saved.x) || !Number.isFinite(saved.y)) continue;
    positions ??= { ...auto.positions };
    positions[id] = { x: saved.x, y: saved.y };
  }
  return positions ? { ...auto, positions, bounds: boundsOf(auto.rings, positions) } : auto;
}

function boundsOf(rings: EcosystemRing[], positions: Record<string, MapPoint>): EcosystemLayout['bounds'] {
  const outer = Math.max(rings.at(-1)?.outer ?? 0, ORG_NODE_SIZE.width / 2);
  const bounds = { minX: -outer, minY: -outer, maxX: outer, maxY: outer };
  const halfW = PARTNER_NODE_SIZE.width / 2;
  const halfH = PARTNER_NODE_SIZE.height / 2;
  for (const { x, y } of Object.values(positions)) {
    bounds.minX = Math.min(bounds.minX, x - halfW);
    bounds.minY = Math.min(bounds.minY, y - halfH);
    bounds.maxX = Math.max(bounds.maxX, x + halfW);
    bounds.maxY = Math.max(bounds.maxY, y + halfH);
  }
  return bounds;
}

/**
 * The ring under a point, for drop-to-change-tier: a tier id, `null` for the untiered ring, or `undefined`
 * when the point is on the organisation or outside every ring.
 */
export function tierAtPoint(layout: EcosystemLayout, point: MapPoint): string | null | undefined {
  const distance = Math.hypot(point.x - layout.center.x, point.y - layout.center.y);
  return layout.rings.find((ring) => distance >= ring.inner && distance < ring.outer)?.tierId;
}
