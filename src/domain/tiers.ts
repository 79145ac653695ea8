import type { WorkshopEntities } from './bundle';
import { newId, nowIso } from './ids';
import type { Outcome } from './recipe';
import { LIMITS, type Tier } from './records';

export const REVIEW_CADENCES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const satisfies readonly Tier['reviewCadence'][];

export const REVIEW_CADENCE_LABELS: Record<Tier['reviewCadence'], string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'half-yearly': 'Every six months',
  yearly: 'Yearly',
};

export function sortedTiers(tiers: WorkshopEntities['tiers']): Tier[] {
  return Object.values(tiers).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/** The resources the tiers claim together, in % (can exceed 100, which the editor flags). */
export function tierShareTotal(tiers: readonly Pick<Tier, 'resourceShare'>[]): number {
  return Math.round(tiers.reduce((sum, t) => sum + t.resourceShare, 0) * 10) / 10;
}

export function tierNameError(name: string, tiers: readonly Pick<Tier, 'id' | 'name'>[], tierId: string | null): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'A tier needs a name.';
  if (trimmed.length > LIMITS.shortText) return `Keep the name under ${LIMITS.shortText} characters.`;
  const key = trimmed.toLocaleLowerCase();
  if (tiers.some((t) => t.id !== tierId && t.name.trim().toLocaleLowerCase() === key)) return `There is already a tier called “${trimmed}”.`;
  return null;
}

/** Re-numbers `order` 0..n-1 in the given sequence, replacing only tiers whose order changed. */
function withOrder(entities: WorkshopEntities, ordered: readonly Tier[], at: string): WorkshopEntities {
  const tiers: Record<string, Tier> = {};
  ordered.forEach((tier, order) => {
    tiers[tier.id] = tier.order === order ? tier : { ...tier, order, updatedAt: at };
  });
  return { ...entities, tiers };
}

export function addTier(entities: WorkshopEntities, name: string, at: string = nowIso()): Outcome<string> {
  const ordered = sortedTiers(entities.tiers);
  const tier: Tier = {
    id: newId(),
    workshopId: entities.workshop.id,
    createdAt: at,
    updatedAt: at,
    rev: 0,
    name: name.trim(),
    order: ordered.length,
    successCriteria: [],
    resourceShare: 0,
    reviewCadence: 'quarterly',
  };
  return { entities: withOrder(entities, [...ordered, tier], at), result: tier.id };
}

export type TierPatch = Partial<Pick<Tier, 'name' | 'successCriteria' | 'resourceShare' | 'reviewCadence'>>;

export function updateTier(entities: WorkshopEntities, tierId: string, patch: TierPatch, at: string = nowIso()): WorkshopEntities {
  const tier = entities.tiers[tierId];
  if (!tier) return entities;
  return { ...entities, tiers: { ...entities.tiers, [tierId]: { ...tier, ...patch, updatedAt: at } } };
}

/** Moves a tier up (-1) or down (+1) in the ranking. */
export function moveTier(entities: WorkshopEntities, tierId: string, delta: -1 | 1, at: string = nowIso()): WorkshopEntities {
  const ordered = sortedTiers(entities.tiers);
  const from = ordered.findIndex((t) => t.id === tierId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ordered.length) return entities;
  const next = [...ordered];
  [next[from], next[to]] = [next[to] as Tier, next[from] as Tier];
  return withOrder(entities, next, at);
}

/** Deletes a tier; its partners move to `moveTo` (another tier's id) or become untiered (null). Never orphans. */
export function deleteTier(entities: WorkshopEntities, tierId: string, moveTo: string | null, at: string = nowIso()): WorkshopEntities {
  if (!entities.tiers[tierId]) return entities;
  const target = moveTo && moveTo !== tierId && entities.tiers[moveTo] ? moveTo : null;
  const partners = { ...entities.partners };
  for (const partner of Object.values(entities.partners)) {
    if (partner.tierId === tierId) partners[partner.id] = { ...partner, tierId: target, updatedAt: at };
  }
  const remaining = sortedTiers(entities.tiers).filter((t) => t.id !== tierId);
  return withOrder({ ...entities, partners }, remaining, at);
}
