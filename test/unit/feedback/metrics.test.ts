import { describe, expect, it } from 'vitest';
import {
  coInnovationOutput,
  combineMetrics,
  comparePeriods,
  createMetricEntry,
  metricsByTier,
  metricsByType,
  NO_TIER,
  parseMetricInput,
  partnerSeries,
  periodLabel,
  periodOf,
  periodRange,
  shiftPeriod,
  toEntities,
  type MetricEntry,
  type MetricValues,
} from '../../../src/domain';
import { fixedExample } from '../../fixtures/bundles';

const entry = (partnerId: string, period: string, values: Partial<MetricValues>): MetricEntry => {
  const e = createMetricEntry('w', partnerId, period, '2026-01-01T00:00:00.000Z');
  return { ...e, values: { ...e.values, ...values } };
};

describe('periods', () => {
  it('finds, shifts, orders and labels quarters and months', () => {
    expect(periodOf('2026-03-02', 'quarter')).toBe('2026-Q1');
    expect(periodOf('2026-11-30', 'month')).toBe('2026-11');
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(periodRange('2026-Q2', 3)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(['2026-04', '2026-Q2', '2026-01', '2025-Q4'].sort(comparePeriods)).toEqual(['2025-Q4', '2026-01', '2026-Q2', '2026-04']);
    expect(periodLabel('2026-Q3')).toBe('Q3 2026');
    expect(periodLabel('2026-09')).toBe('Sep 2026');
  });
});

describe('metric input', () => {
  it.each([
    ['partnerRevenue', '120000', 120000],
    ['partnerRevenue', '120,000', 120000],
    ['partnerRevenue', '120 000', 120000],
    ['dealWinRate', '31,5', 31.5],
    ['dealWinRate', '31.5 %', 31.5],
    ['timeToMarketDays', '-12', -12],
    ['engagement', '', null],
    ['engagement', '  ', null],
  ] as const)('reads %s “%s” as %s', (key, raw, value) => {
    expect(parseMetricInput(key, raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['dealWinRate', '140', 'Between 0 and 100'],
    ['partnerRevenue', '-5', 'Between 0 and 1000000000000'],
    ['jointOpportunities', '2.5', 'Enter a whole number'],
    ['partnerRevenue', 'lots', 'Enter a number'],
    ['partnerRevenue', '1e400', 'Enter a number'],
    ['partnerRevenue', 'Infinity', 'Enter a number'],
  ] as const)('refuses %s “%s”', (key, raw, error) => {
    expect(parseMetricInput(key, raw)).toEqual({ ok: false, error });
  });
});

describe('metric aggregation', () => {
  it('sums amounts and counts, averages percentages, and leaves unreported metrics null', () => {
    const totals = combineMetrics([
      entry('a', '2026-Q1', { partnerRevenue: 100, dealWinRate: 20, featuresCoDeveloped: 1 }),
      entry('b', '2026-Q1', { partnerRevenue: 50, dealWinRate: 35, marketsEntered: 2 }),
      entry('c', '2026-Q1', { partnerRevenue: null, dealWinRate: null }),
    ]);
    expect(totals.partnerRevenue).toBe(150);
    expect(totals.dealWinRate).toBe(27.5);
    expect(totals.pipelineValue).toBeNull();
    expect(coInnovationOutput(totals)).toBe(3);
    expect(coInnovationOutput(combineMetrics([entry('a', '2026-Q1', { partnerRevenue: 1 })]))).toBeNull();
  });

  it('groups the example by type and by tier per quarter, and the groups add up to the portfolio', () => {
    const entities = toEntities(fixedExample('ex', '2026-03-02T09:00:00.000Z'));
    const byType = metricsByType(entities);
    expect(byType.map((r) => r.period)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
    const byTier = metricsByTier(entities);
    for (const rows of [byType, byTier]) {
      const last = rows.at(-1)!;
      const all = Object.values(entities.metrics).filter((m) => m.period === last.period);
      const total = all.reduce((s, m) => s + (m.values.partnerRevenue ?? 0), 0);
      expect(Object.values(last.groups).reduce((s, g) => s + (g.partnerRevenue ?? 0), 0)).toBe(total);
    }
    expect(Object.keys(byType.at(-1)!.groups).sort()).toEqual(['channel', 'innovation', 'technology']);
    const strategic = Object.values(entities.tiers).find((t) => t.order === 0)!;
    expect(byTier.at(-1)!.groups[strategic.id]!.partnerRevenue).toBe(140_000 + 310_000 + 15_000);
    expect(metricsByType(entities, 'month')).toEqual([]);
  });

  it('puts partners without a tier under NO_TIER and ignores entries of deleted partners', () => {
    const entities = toEntities(fixedExample());
    const partner = Object.values(entities.partners)[0]!;
    const untiered = { ...entities, partners: { ...entities.partners, [partner.id]: { ...partner, tierId: null } } };
    expect(metricsByTier(untiered).at(-1)!.groups[NO_TIER]).toBeDefined();
    const { [partner.id]: _gone, ...rest } = entities.partners;
    const revenue = (e: typeof entities) => metricsByType(e).at(-1)!.groups[partner.type]!.partnerRevenue;
    expect(revenue({ ...entities, partners: rest })).toBeLessThan(revenue(entities)!);
  });

  it('gives a partner’s series oldest first, skipping empty values and other granularities', () => {
    const metrics = Object.fromEntries(
      [entry('p', '2026-Q2', { partnerRevenue: 30 }), entry('p', '2026-Q1', { partnerRevenue: 10 }), entry('p', '2026-03', { partnerRevenue: 99 }), entry('p', '2025-Q4', {})].map((e) => [e.id, e]),
    );
    expect(partnerSeries({ metrics }, 'p', 'partnerRevenue', 'quarter')).toEqual([
      { period: '2026-Q1', value: 10 },
      { period: '2026-Q2', value: 30 },
    ]);
  });
});
