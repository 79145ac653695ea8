import type { WorkshopBundle } from '../../src/domain/bundle';
import { createExampleWorkshop } from '../../src/domain/example';
import { EDGE_KINDS, PARTNER_TYPES, type MapEdge, type Partner, type Tier } from '../../src/domain/records';

const AT = '2026-11-25T10:00:00.000Z';
const WORDS = ['Northern', 'Digital', 'Logistics', 'Analytics', 'Partners', 'Solutions', 'Cloud', 'Research', 'Distribution', 'Retail', 'Manufacturing', 'Group', 'Networks', 'Systems', 'Consulting', 'Foundation', 'Holdings', 'Labs', 'Ventures', 'Software'];
const STATUSES: Partner['status'][] = ['active', 'active', 'onboarding', 'prospect', 'at-risk', 'retired'];

/** A deterministic pseudo-random sequence, so the fixture is the same on every run. */
function sequence(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Partners with names of 36–70 characters, `edges` labelled exchanges, four tiers with long criteria. */
export function bigWorkshop(partners: number, edges: number, seed = 7): WorkshopBundle {
  const base = createExampleWorkshop(AT);
  const random = sequence(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const tiers: Tier[] = ['Strategic alliance partners', 'Core growth partners', 'Transactional resellers', 'Emerging and pilot partners'].map((name, i) => ({
    ...(base.tiers[0] as Tier),
    id: `tier-${i}`,
    name,
    order: i,
    successCriteria: ['Executive sponsor on both sides with a quarterly joint business review and a shared revenue target', 'Completed enablement for every role'],
  }));
  const list: Partner[] = Array.from({ length: partners }, (_, i) => {
    let name = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
    const target = 36 + Math.floor(random() * 35);
    while (name.length < target) name += ` ${pick(WORDS)}`;
    name = `${name.slice(0, target).trim()} ${i + 1}`;
    return {
      ...(base.partners[0] as Partner),
      id: `p-${i}`,
      name,
      type: pick(PARTNER_TYPES),
      tierId: `tier-${Math.min(3, Math.floor(random() * 4.4))}`,
      status: pick(STATUSES),
      objective: random() < 0.1 ? null : (base.partners[0] as Partner).objective,
      scores: { alignment: 1 + Math.floor(random() * 5), execution: 1 + Math.floor(random() * 5), culture: 1 + Math.floor(random() * 5) },
    };
  });
  const mapEdges: MapEdge[] = Array.from({ length: edges }, (_, i) => {
    const from = list[Math.floor(random() * list.length)] as Partner;
    const to = list[Math.floor(random() * list.length)] as Partner;
    return { ...(base.edges[0] as MapEdge), id: `e-${i}`, from: from.id, to: to.id === from.id ? base.workshop.id : to.id, kind: pick(EDGE_KINDS), label: `${pick(['Shared', 'Joint', 'Referral', 'Data'])} ${pick(['datasets', 'pipeline', 'fees 10%', 'roadmap', 'hosting'])}` };
  });
  return { ...base, tiers, partners: list, edges: mapEdges, layout: { ...base.layout, positions: {} }, enablement: [], insights: [], metrics: [] };
}
