import type { WorkshopEntities } from './bundle';
import { OBJECTIVE_KINDS, PARTNER_STATUSES, PARTNER_TYPES, type Partner, type PartnerStatus, type PartnerType } from './records';
import { noiseReasons, totalScore, type NoiseReason } from './scoring';

/** One partner as the portfolio table shows it: the record plus what is derived from the workshop. */
export interface PartnerRow {
  partner: Partner;
  tierName: string;
  /** Position of the tier; untiered partners sort after every tier. */
  tierOrder: number;
  score: number;
  noise: NoiseReason[];
}

export const PARTNER_SORT_KEYS = ['name', 'type', 'tier', 'status', 'objective', 'score', 'owner', 'nextReview'] as const;
export type PartnerSortKey = (typeof PARTNER_SORT_KEYS)[number];

export interface PartnerSort {
  key: PartnerSortKey;
  direction: 'asc' | 'desc';
}

export interface PartnerFilter {
  query: string;
  type: PartnerType | 'all';
  /** A tier id, 'none' for untiered partners, or 'all'. */
  tier: string;
  status: PartnerStatus | 'all';
  noiseOnly: boolean;
}

export const NO_FILTER: PartnerFilter = { query: '', type: 'all', tier: 'all', status: 'all', noiseOnly: false };

export function partnerRow(partner: Partner, tiers: WorkshopEntities['tiers'], workshop: WorkshopEntities['workshop']): PartnerRow {
  const tier = partner.tierId ? tiers[partner.tierId] : undefined;
  return {
    partner,
    tierName: tier?.name ?? '',
    tierOrder: tier ? tier.order : Number.MAX_SAFE_INTEGER,
    score: totalScore(partner.scores, workshop.scoreWeights),
    noise: noiseReasons(partner, workshop),
  };
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function filterRows(rows: readonly PartnerRow[], filter: PartnerFilter): PartnerRow[] {
  const query = fold(filter.query.trim());
  return rows.filter(({ partner, noise }) => {
    if (filter.type !== 'all' && partner.type !== filter.type) return false;
    if (filter.status !== 'all' && partner.status !== filter.status) return false;
    if (filter.tier === 'none' ? partner.tierId !== null : filter.tier !== 'all' && partner.tierId !== filter.tier) return false;
    if (filter.noiseOnly && noise.length === 0) return false;
    return query === '' || fold(partner.name).includes(query);
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Empty values (no owner, no review date, no objective) always sort last, whatever the direction. */
const SORT_VALUE: Record<PartnerSortKey, (row: PartnerRow) => string | number | null> = {
  name: (r) => r.partner.name,
  type: (r) => PARTNER_TYPES.indexOf(r.partner.type),
  tier: (r) => (r.partner.tierId && r.tierName ? r.tierOrder : null),
  status: (r) => PARTNER_STATUSES.indexOf(r.partner.status),
  objective: (r) => (r.partner.objective ? OBJECTIVE_KINDS.indexOf(r.partner.objective) : null),
  score: (r) => r.score,
  owner: (r) => r.partner.owner.trim() || null,
  nextReview: (r) => r.partner.nextReview || null,
};

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortRows(rows: readonly PartnerRow[], sort: PartnerSort): PartnerRow[] {
  const value = SORT_VALUE[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, v: value(row) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) {
      if (a.v !== b.v) return a.v === null ? 1 : -1;
    } else {
      const primary = compareValues(a.v, b.v);
      if (primary !== 0) return primary * sign;
    }
    return collator.compare(a.row.partner.name, b.row.partner.name) || (a.row.partner.id < b.row.partner.id ? -1 : 1);
  });
  return keyed.map((k) => k.row);
}

/** Clicking the current column flips it; a new column starts ascending (scores start best-first). */
export function nextSort(current: PartnerSort, key: PartnerSortKey): PartnerSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'score' ? 'desc' : 'asc' };
}
