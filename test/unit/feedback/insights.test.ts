import { describe, expect, it } from 'vitest';
import { filterInsights, groupInsightsByKind, partnerContribution, prioritisedInsights, tierFactor, toEntities } from '../../../src/domain';
import { fixedExample } from '../../fixtures/bundles';

describe('insight priority', () => {
  const bundle = fixedExample();
  const entities = toEntities(bundle);
  const [strategic, core, transactional] = [...bundle.tiers].sort((a, b) => a.order - b.order);

  it('tier factor: top tier 1, each lower tier less, no tier least', () => {
    expect(tierFactor(strategic!.id, bundle.tiers)).toBe(1);
    expect(tierFactor(core!.id, bundle.tiers)).toBeCloseTo(2 / 3);
    expect(tierFactor(transactional!.id, bundle.tiers)).toBeCloseTo(1 / 3);
    expect(tierFactor(null, bundle.tiers)).toBe(0.25);
    expect(tierFactor('unknown', bundle.tiers)).toBe(0.25);
  });

  it('contribution is total score × tier factor; no partner counts 1', () => {
    const helix = bundle.partners.find((p) => p.name === 'Helix CRM')!; // 5/5/4, weights 2/1.5/1 → 4.8, strategic
    expect(partnerContribution(helix, bundle.tiers, bundle.workshop.scoreWeights)).toBe(4.8);
    const crescent = bundle.partners.find((p) => p.name === 'Crescent Distribution')!; // 3/2/2 → 2.4, core → 1.6
    expect(partnerContribution(crescent, bundle.tiers, bundle.workshop.scoreWeights)).toBe(1.6);
    expect(partnerContribution(undefined, bundle.tiers, bundle.workshop.scoreWeights)).toBe(1);
  });

  it('priority = weight × contribution, highest first', () => {
    const list = prioritisedInsights(entities);
    expect(list.map((i) => i.priority)).toEqual([24, 17.6, 12.6, 10, 3.2]);
    expect(list[0]).toMatchObject({ partnerName: 'Helix CRM', contribution: 4.8 });
    for (const item of list) expect(item.priority).toBeCloseTo(item.insight.weight * item.contribution, 5);
  });

  it('reorders when a weight changes, and a heavier low-tier insight can overtake a lighter strategic one', () => {
    const last = prioritisedInsights(entities).at(-1)!.insight;
    const first = prioritisedInsights(entities)[0]!.insight;
    const changed = {
      ...entities,
      insights: { ...entities.insights, [last.id]: { ...last, weight: 5 }, [first.id]: { ...first, weight: 1 } },
    };
    const list = prioritisedInsights(changed);
    expect(list.findIndex((i) => i.insight.id === last.id)).toBeLessThan(list.findIndex((i) => i.insight.id === first.id));
  });

  it('an insight whose partner was deleted still ranks, with a contribution of 1', () => {
    const target = Object.values(entities.insights)[0]!;
    const { [target.partnerId!]: _gone, ...partners } = entities.partners;
    const item = prioritisedInsights({ ...entities, partners }).find((i) => i.insight.id === target.id)!;
    expect(item).toMatchObject({ partnerName: null, contribution: 1, priority: target.weight });
  });

  it('filters by status and kind and groups by theme in a stable kind order', () => {
    const list = prioritisedInsights(entities);
    expect(filterInsights(list, { status: 'shipped', kind: 'all' }).map((i) => i.insight.status)).toEqual(['shipped']);
    expect(filterInsights(list, { status: 'all', kind: 'feature-request' })).toHaveLength(2);
    expect(filterInsights(list, { status: 'new', kind: 'feature-request' })).toEqual([]);
    const groups = groupInsightsByKind(list);
    expect(groups.map((g) => g.kind)).toEqual(['market-gap', 'technology-trend', 'customer-pain-point', 'feature-request']);
    expect(groups.find((g) => g.kind === 'feature-request')!.items.map((i) => i.priority)).toEqual([24, 3.2]);
  });
});
