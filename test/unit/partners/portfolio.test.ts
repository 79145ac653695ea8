import { describe, expect, it } from 'vitest';
import { filterRows, NO_FILTER, nextSort, partnerRow, sortRows, type PartnerRow } from '../../../src/domain/portfolio';
import { example } from './helpers';

const names = (rows: PartnerRow[]) => rows.map((r) => r.partner.name);

describe('sorting and filtering partners', () => {
  const entities = example();
  const rows = Object.values(entities.partners).map((partner) => partnerRow(partner, entities.tiers, entities.workshop));
  const tierId = (name: string) => Object.values(entities.tiers).find((t) => t.name === name)?.id ?? '';

  it('sorts by name in either direction', () => {
    const asc = names(sortRows(rows, { key: 'name', direction: 'asc' }));
    expect(asc[0]).toBe('Aurora Research Lab');
    expect(asc.at(-1)).toBe('Wisła Data Group');
    expect(names(sortRows(rows, { key: 'name', direction: 'desc' }))).toEqual([...asc].reverse());
  });
  it('sorts by tier rank and by total score, ties by name', () => {
    const byTier = sortRows(rows, { key: 'tier', direction: 'asc' });
    expect(byTier.slice(0, 3).map((r) => r.tierName)).toEqual(['Strategic', 'Strategic', 'Strategic']);
    expect(byTier.at(-1)?.tierName).toBe('Transactional');
    const byScore = sortRows(rows, { key: 'score', direction: 'desc' });
    expect(byScore[0]?.partner.name).toBe('Helix CRM');
    expect(byScore.at(-1)?.partner.name).toBe('Pinnacle Events');
  });
  it('keeps empty values last in both directions', () => {
    const withEmpty = rows.map((r, i) => (i === 0 ? { ...r, partner: { ...r.partner, owner: '' } } : r));
    expect(sortRows(withEmpty, { key: 'owner', direction: 'asc' }).at(-1)?.partner.owner).toBe('');
    expect(sortRows(withEmpty, { key: 'owner', direction: 'desc' }).at(-1)?.partner.owner).toBe('');
  });
  it('flips the direction on the same column and starts scores best-first', () => {
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' });
    expect(nextSort({ key: 'name', direction: 'asc' }, 'score')).toEqual({ key: 'score', direction: 'desc' });
    expect(nextSort({ key: 'name', direction: 'desc' }, 'owner')).toEqual({ key: 'owner', direction: 'asc' });
  });
  it('filters by type, tier, status, noise and a name search that ignores case and accents', () => {
    expect(filterRows(rows, { ...NO_FILTER, type: 'innovation' })).toHaveLength(3);
    expect(filterRows(rows, { ...NO_FILTER, tier: tierId('Strategic') })).toHaveLength(3);
    expect(names(filterRows(rows, { ...NO_FILTER, status: 'at-risk' }))).toEqual(['Crescent Distribution']);
    expect(names(sortRows(filterRows(rows, { ...NO_FILTER, noiseOnly: true }), { key: 'name', direction: 'asc' }))).toEqual(['Crescent Distribution', 'Pinnacle Events']);
    expect(names(filterRows(rows, { ...NO_FILTER, query: 'WISŁA' }))).toEqual(['Wisła Data Group']);
    expect(names(filterRows(rows, { ...NO_FILTER, query: 'helíx' }))).toEqual(['Helix CRM']);
    expect(filterRows(rows, { ...NO_FILTER, type: 'channel', status: 'active' })).toHaveLength(3);
    expect(filterRows(rows, { ...NO_FILTER, tier: 'none' })).toHaveLength(0);
  });
  it('sorts and filters 1,000 partners', () => {
    const many = Array.from({ length: 1000 }, (_, i) => {
      const base = rows[i % rows.length] as PartnerRow;
      return { ...base, partner: { ...base.partner, id: `p${i}`, name: `Partner ${1000 - i}` } };
    });
    const sorted = sortRows(filterRows(many, { ...NO_FILTER, query: 'partner 1' }), { key: 'name', direction: 'asc' });
    expect(sorted[0]?.partner.name).toBe('Partner 1');
    expect(sorted[1]?.partner.name).toBe('Partner 10');
    expect(sorted).toHaveLength(112);
  });
});
