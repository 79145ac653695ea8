import { createTiers, createWorkshop, PARTNER_TYPES, type Partner, type Tier, type Workshop } from '../../../src/domain';

export const AT = '2026-03-02T09:00:00.000Z';

export function makeWorkshop(): { workshop: Workshop; tiers: Tier[] } {
  const workshop = createWorkshop({ title: 'Map test', organisation: 'Northwind', date: '', objectives: [] }, AT);
  return { workshop, tiers: createTiers(workshop.id, undefined, AT) };
}

/** `count` partners spread over the given tiers (and untiered when `untieredEvery` is set) and all three types. */
export function makePartners(workshop: Workshop, tiers: Tier[], count: number, untieredEvery = 0): Partner[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${String(i).padStart(4, '0')}`,
    workshopId: workshop.id,
    createdAt: AT,
    updatedAt: AT,
    rev: 0,
    name: `Partner ${(i * 7919) % 1009}`,
    type: PARTNER_TYPES[i % 3] ?? 'channel',
    tierId: untieredEvery > 0 && i % untieredEvery === 0 ? null : (tiers[(i * 5) % tiers.length]?.id ?? null),
    status: 'active',
    objective: null,
    owner: '',
    tags: [],
    notes: '',
    scores: { alignment: 3, execution: 3, culture: 3 },
    nextReview: '',
  }));
}
