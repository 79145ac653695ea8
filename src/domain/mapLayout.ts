import { PARTNER_TYPES, type Partner, type PartnerType, type Tier, type Workshop } from './records';

export interface Point {
  x: number;
  y: number;
}

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
  center: Point;
  /** Innermost first (tier order); partners without a (known) tier sit on an outer ring. */
  rings: EcosystemRing[];
  /** Partner id → centre point. */
  positions: Record<string, Point>;
  nodeSize: { width: number; height: number };
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

export const PARTNER_NODE_SIZE = { width: 184, height: 64 } as const;
export const ORG_NODE_SIZE = { width: 212, height: 84 } as const;
export const UNTIERED_RING_NAME = 'No tier';

/** Centre-to-centre distance at which two partner nodes can never overlap, whatever their angle. */
const NODE_CLEARANCE = Math.ceil(Math.hypot(PARTNER_NODE_SIZE.width, PARTNER_NODE_SIZE.height)) + 14;
/** Extra space between two tiers' bands, so the ring line runs between nodes, never through them. */
const BAND_GAP = 56;
const FIRST_RADIUS = Math.ceil(Math.hypot(ORG_NODE_SIZE.width, ORG_NODE_SIZE.height) / 2 + NODE_CLEARANCE / 2 + BAND_GAP + 24);
const SECTOR = (2 * Math.PI) / PARTNER_TYPES.length;
/** Channel is centred at the top, technology at the lower right, innovation at the lower left. */
const FIRST_SECTOR_START = -Math.PI / 2 - SECTOR / 2;

export function sectorCentre(type: PartnerType): number {
  return FIRST_SECTOR_START + SECTOR * (PARTNER_TYPES.indexOf(type) + 0.5);
}

function byNameThenId(a: Partner, b: Partner): number {
  return a.name.localeCompare(b.name, 'en') || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Angle between two neighbours on a circle of radius r so that their centres are `NODE_CLEARANCE` apart. */
function neighbourAngle(radius: number): number {
  return 2 * Math.asin(Math.min(1, NODE_CLEARANCE / (2 * radius)));
}

/** How many nodes fit in one type's sector on a sub-ring, keeping clear of the neighbouring sectors. */
function sectorCapacity(radius: number): number {
  const step = neighbourAngle(radius);
  const usable = SECTOR - step;
  return usable < 0 ? 1 : Math.floor(usable / step) + 1;
}

/** Angles for `count` nodes in a sector: centred, evenly spread, never closer than the clearance. */
function sectorAngles(type: PartnerType, radius: number, count: number): number[] {
  if (count === 1) return [sectorCentre(type)];
  const step = neighbourAngle(radius);
  const spread = Math.min((SECTOR - step) / (count - 1), step * 2.2);
  const first = sectorCentre(type) - (spread * (count - 1)) / 2;
  return Array.from({ length: count }, (_, i) => first + spread * i);
}

/** Splits one band's partners (per type) over as many sub-rings as needed, starting at `firstRadius`. */
function placeBand(partners: Partner[], firstRadius: number, out: Record<string, Point>): number {
  let subRings = 1;
  for (const type of PARTNER_TYPES) {
    const ofType = partners.filter((p) => p.type === type);
    let index = 0;
    for (let ring = 0; index < ofType.length; ring += 1) {
      const radius = firstRadius + ring * NODE_CLEARANCE;
      const count = Math.min(sectorCapacity(radius), ofType.length - index);
      sectorAngles(type, radius, count).forEach((angle, i) => {
        const partner = ofType[index + i];
        if (partner) out[partner.id] = { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) };
      });
      index += count;
      subRings = Math.max(subRings, ring + 1);
    }
  }
  return subRings;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Places every partner: radius by tier (innermost = first tier), angular sector by type, sub-rings when a
 * sector is full, so no two nodes overlap. Pure and deterministic; the screen and the PDF both draw it.
 * Manual positions (the map's saved drags) win over the computed ones.
 */
export function layoutEcosystem(input: { workshop: Workshop; tiers: Tier[]; partners: Partner[] }, manual?: Record<string, Point>): EcosystemLayout {
  const tiers = [...input.tiers].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const known = new Set(tiers.map((t) => t.id));
  const partners = [...input.partners].sort(byNameThenId);
  const groups: { tierId: string | null; name: string; partners: Partner[] }[] = tiers.map((t) => ({ tierId: t.id, name: t.name, partners: [] }));
  const untiered: Partner[] = [];
  for (const partner of partners) {
    const group = partner.tierId !== null && known.has(partner.tierId) ? groups.find((g) => g.tierId === partner.tierId) : undefined;
    (group ? group.partners : untiered).push(partner);
  }
  if (untiered.length > 0) groups.push({ tierId: null, name: UNTIERED_RING_NAME, partners: untiered });

  const positions: Record<string, Point> = {};
  const rings: EcosystemRing[] = [];
  let inner = FIRST_RADIUS - NODE_CLEARANCE / 2 - BAND_GAP / 2;
  let firstRadius = FIRST_RADIUS;
  for (const group of groups) {
    const subRings = placeBand(group.partners, firstRadius, positions);
    const lastRadius = firstRadius + (subRings - 1) * NODE_CLEARANCE;
    const outer = lastRadius + NODE_CLEARANCE / 2 + BAND_GAP / 2;
    rings.push({ tierId: group.tierId, name: group.name, radius: (firstRadius + lastRadius) / 2, inner, outer });
    inner = outer;
    firstRadius = lastRadius + NODE_CLEARANCE + BAND_GAP;
  }

  if (manual) {
    for (const partner of partners) {
      const saved = manual[partner.id];
      if (saved && Number.isFinite(saved.x) && Number.isFinite(saved.y)) positions[partner.id] = { x: saved.x, y: saved.y };
    }
  }
  return { center: { x: 0, y: 0 }, rings, positions, nodeSize: { ...PARTNER_NODE_SIZE }, bounds: boundsOf(rings, positions) };
}

function boundsOf(rings: EcosystemRing[], positions: Record<string, Point>): EcosystemLayout['bounds'] {
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
export function tierAtPoint(layout: EcosystemLayout, point: Point): string | null | undefined {
  const distance = Math.hypot(point.x - layout.center.x, point.y - layout.center.y);
  return layout.rings.find((ring) => distance >= ring.inner && distance < ring.outer)?.tierId;
}
