import { describe, expect, it } from 'vitest';
import { addTier, deleteTier, moveTier, sortedTiers, tierNameError, tierShareTotal, updateTier } from '../../../src/domain/tiers';
import { AT, example } from './helpers';

const tierNamed = (entities: ReturnType<typeof example>, name: string) => {
  const tier = Object.values(entities.tiers).find((t) => t.name === name);
  if (!tier) throw new Error(name);
  return tier;
};

describe('tiers', () => {
  it('deleting a tier moves its partners to the chosen tier and keeps the order dense', () => {
    const entities = example();
    const core = tierNamed(entities, 'Core');
    const strategic = tierNamed(entities, 'Strategic');
    const inCore = Object.values(entities.partners).filter((p) => p.tierId === core.id);
    expect(inCore).toHaveLength(5);
    const next = deleteTier(entities, core.id, strategic.id, AT);
    expect(next.tiers[core.id]).toBeUndefined();
    for (const p of inCore) expect(next.partners[p.id]?.tierId).toBe(strategic.id);
    expect(Object.values(next.partners).filter((p) => p.tierId === core.id)).toHaveLength(0);
    expect(sortedTiers(next.tiers).map((t) => [t.name, t.order])).toEqual([
      ['Strategic', 0],
      ['Transactional', 1],
    ]);
    const untouched = Object.values(entities.partners).find((p) => p.tierId === strategic.id);
    expect(untouched && next.partners[untouched.id]).toBe(untouched);
  });
  it('deleting a tier with "no tier" leaves its partners untiered, never pointing at the deleted tier', () => {
    const entities = example();
    const core = tierNamed(entities, 'Core');
    const next = deleteTier(entities, core.id, null, AT);
    expect(Object.values(next.partners).filter((p) => p.tierId === null)).toHaveLength(5);
    const toItself = deleteTier(entities, core.id, core.id, AT);
    expect(Object.values(toItself.partners).some((p) => p.tierId === core.id)).toBe(false);
  });
  it('adds, renames, reorders and sums the shares', () => {
    const entities = example();
    expect(tierShareTotal(Object.values(entities.tiers))).toBe(100);
    const { entities: added, result: tierId } = addTier(entities, ' Emerging ', AT);
    expect(added.tiers[tierId]).toMatchObject({ name: 'Emerging', order: 3, resourceShare: 0, successCriteria: [] });
    const shared = updateTier(added, tierId, { resourceShare: 12.5, name: 'Emerging markets' }, AT);
    expect(tierShareTotal(Object.values(shared.tiers))).toBe(112.5);
    const moved = moveTier(shared, tierId, -1, AT);
    expect(sortedTiers(moved.tiers).map((t) => t.name)).toEqual(['Strategic', 'Core', 'Emerging markets', 'Transactional']);
    expect(moveTier(moved, tierNamed(moved, 'Strategic').id, -1, AT)).toBe(moved);
  });
  it('asks for a unique, non-empty name', () => {
    const tiers = Object.values(example().tiers);
    expect(tierNameError('  ', tiers, null)).toBe('A tier needs a name.');
    expect(tierNameError('core', tiers, null)).toBe('There is already a tier called “core”.');
    expect(tierNameError('Core', tiers, tiers.find((t) => t.name === 'Core')?.id ?? null)).toBeNull();
  });
});
