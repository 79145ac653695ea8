import type { MapEdge, Partner, PartnerStatus, PartnerType } from './records';

export interface MapFilters {
  types: readonly PartnerType[];
  /** 'all', a tier id, or null for partners without a tier. */
  tier: string | null | 'all';
  status: PartnerStatus | 'all';
}

export const ALL_FILTERS: MapFilters = { types: ['channel', 'technology', 'innovation'], tier: 'all', status: 'all' };

export function matchesFilters(partner: Partner, filters: MapFilters, knownTiers: ReadonlySet<string>): boolean {
  if (!filters.types.includes(partner.type)) return false;
  if (filters.status !== 'all' && partner.status !== filters.status) return false;
  if (filters.tier === 'all') return true;
  const tierId = partner.tierId !== null && knownTiers.has(partner.tierId) ? partner.tierId : null;
  return tierId === filters.tier;
}

export function isFiltering(filters: MapFilters): boolean {
  return filters.types.length < ALL_FILTERS.types.length || filters.tier !== 'all' || filters.status !== 'all';
}

/** The node itself and every node one value exchange away. */
export function neighbourhood(edges: Iterable<MapEdge>, id: string): Set<string> {
  const near = new Set([id]);
  for (const edge of edges) {
    if (edge.from === id) near.add(edge.to);
    if (edge.to === id) near.add(edge.from);
  }
  return near;
}

/** Partners whose name contains the query (case- and accent-insensitive), best matches first. */
export function searchPartners(partners: Iterable<Partner>, query: string, limit = 8): Partner[] {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[łŀ]/g, 'l')
      .replace(/ø/g, 'o')
      .replace(/đ/g, 'd')
      .replace(/ß/g, 'ss');
  const q = fold(query.trim());
  if (!q) return [];
  const hits: { partner: Partner; rank: number }[] = [];
  for (const partner of partners) {
    const name = fold(partner.name);
    const at = name.indexOf(q);
    if (at >= 0) hits.push({ partner, rank: at === 0 ? 0 : 1 });
  }
  hits.sort((a, b) => a.rank - b.rank || a.partner.name.localeCompare(b.partner.name, 'en'));
  return hits.slice(0, limit).map((h) => h.partner);
}
