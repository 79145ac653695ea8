import type { WorkshopEntities } from './bundle';
import { newId, nowIso } from './ids';
import { comparePeriods, granularityOf, type Granularity } from './metricPeriods';
import { METRIC_KEYS, type MetricEntry, type MetricKey, type MetricValues } from './records';

export type MetricGroup = 'leading' | 'lagging' | 'co-innovation';
export type MetricUnit = 'index' | 'percent' | 'money' | 'count' | 'days';

export interface MetricDef {
  key: MetricKey;
  label: string;
  group: MetricGroup;
  unit: MetricUnit;
  integer: boolean;
  min: number;
  max: number;
  /** Across partners: revenue adds up, a win rate is averaged. */
  combine: 'sum' | 'mean';
}

const def = (key: MetricKey, label: string, group: MetricGroup, unit: MetricUnit, min: number, max: number, integer: boolean): MetricDef => ({
  key,
  label,
  group,
  unit,
  min,
  max,
  integer,
  combine: unit === 'percent' || unit === 'index' ? 'mean' : 'sum',
});

/** Same order and limits as `metricValuesSchema`. */
export const METRIC_DEFS: readonly MetricDef[] = [
  def('engagement', 'Engagement (0–100)', 'leading', 'index', 0, 100, false),
  def('trainingCompletion', 'Training completion %', 'leading', 'percent', 0, 100, false),
  def('pipelineValue', 'Pipeline value', 'leading', 'money', 0, 1e12, false),
  def('jointOpportunities', 'Joint opportunities', 'leading', 'count', 0, 1_000_000, true),
  def('partnerRevenue', 'Partner-sourced revenue', 'lagging', 'money', 0, 1e12, false),
  def('dealWinRate', 'Deal win rate %', 'lagging', 'percent', 0, 100, false),
  def('featuresCoDeveloped', 'Features co-developed', 'co-innovation', 'count', 0, 1_000_000, true),
  def('timeToMarketDays', 'Time to market gained (days)', 'co-innovation', 'days', -3650, 3650, true),
  def('marketsEntered', 'Markets entered', 'co-innovation', 'count', 0, 1_000_000, true),
];

export const METRIC_GROUP_LABELS: Record<MetricGroup, string> = { leading: 'Leading', lagging: 'Lagging', 'co-innovation': 'Co-innovation' };

export function metricDef(key: MetricKey): MetricDef {
  return METRIC_DEFS.find((d) => d.key === key) ?? (METRIC_DEFS[0] as MetricDef);
}

export function emptyMetricValues(): MetricValues {
  return Object.fromEntries(METRIC_KEYS.map((key) => [key, null])) as MetricValues;
}

export function createMetricEntry(workshopId: string, partnerId: string, period: string, at: string): MetricEntry {
  return { id: newId(), workshopId, partnerId, period, createdAt: at, updatedAt: at, rev: 0, values: emptyMetricValues() };
}

export type ParsedMetric = { ok: true; value: number | null } | { ok: false; error: string };

/** Reads what someone typed in a grid cell: '' clears; spaces, thousands separators and a trailing % are allowed. */
/** Sets one value of one partner in one period (creating the entry); an entry left with no values is removed. */
export function setMetric(entities: WorkshopEntities, partnerId: string, period: string, key: MetricKey, value: number | null, at: string = nowIso()): WorkshopEntities {
  const existing = Object.values(entities.metrics).find((m) => m.partnerId === partnerId && m.period === period);
  if (existing?.values[key] === value || (!existing && value === null)) return entities;
  const base = existing ?? createMetricEntry(entities.workshop.id, partnerId, period, at);
  const next = { ...base, updatedAt: at, values: { ...base.values, [key]: value } };
  const metrics = { ...entities.metrics };
  if (Object.values(next.values).every((v) => v === null)) delete metrics[next.id];
  else metrics[next.id] = next;
  return { ...entities, metrics };
}

export function parseMetricInput(key: MetricKey, raw: string): ParsedMetric {
  const text = raw.trim().replace(/[\s\u00a0\u202f_']/g, '').replace(/%$/, '');
  if (text === '') return { ok: true, value: null };
  const normalised = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text.replace(',', '.');
  const value = Number(normalised);
  const d = metricDef(key);
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normalised) || !Number.isFinite(value)) return { ok: false, error: 'Enter a number' };
  if (d.integer && !Number.isInteger(value)) return { ok: false, error: 'Enter a whole number' };
  if (value < d.min || value > d.max) return { ok: false, error: `Between ${d.min} and ${d.max}` };
  return { ok: true, value };
}

/** One metric's values for one partner over time (periods of one granularity, oldest first, gaps skipped). */
export function partnerSeries(entities: Pick<WorkshopEntities, 'metrics'>, partnerId: string, key: MetricKey, granularity: Granularity): Array<{ period: string; value: number }> {
  return Object.values(entities.metrics)
    .filter((m) => m.partnerId === partnerId && granularityOf(m.period) === granularity && m.values[key] !== null)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map((m) => ({ period: m.period, value: m.values[key] as number }));
}

/** The periods that have entries, of one granularity, oldest first. */
export function periodsWithData(entities: Pick<WorkshopEntities, 'metrics'>, granularity: Granularity): string[] {
  const periods = new Set(Object.values(entities.metrics).filter((m) => granularityOf(m.period) === granularity).map((m) => m.period));
  return [...periods].sort(comparePeriods);
}

export type MetricTotals = Record<MetricKey, number | null>;

/** Combines entries per metric (sum or mean); a metric nobody reported stays null rather than 0. */
export function combineMetrics(entries: readonly MetricEntry[]): MetricTotals {
  const out = {} as MetricTotals;
  for (const d of METRIC_DEFS) {
    const values = entries.map((e) => e.values[d.key]).filter((v): v is number => v !== null);
    if (values.length === 0) out[d.key] = null;
    else {
      const sum = values.reduce((a, b) => a + b, 0);
      out[d.key] = d.combine === 'sum' ? sum : Math.round((sum / values.length) * 10) / 10;
    }
  }
  return out;
}

export interface GroupedMetrics {
  period: string;
  groups: Record<string, MetricTotals>;
}

function groupByPeriod(
  entities: Pick<WorkshopEntities, 'metrics' | 'partners'>,
  granularity: Granularity,
  groupOf: (partnerId: string) => string | undefined,
): GroupedMetrics[] {
  return periodsWithData(entities, granularity).map((period) => {
    const buckets = new Map<string, MetricEntry[]>();
    for (const entry of Object.values(entities.metrics)) {
      if (entry.period !== period) continue;
      const group = groupOf(entry.partnerId);
      if (group === undefined) continue;
      buckets.set(group, [...(buckets.get(group) ?? []), entry]);
    }
    return { period, groups: Object.fromEntries([...buckets].map(([group, entries]) => [group, combineMetrics(entries)])) };
  });
}

/** Per period, each partner type's combined metrics (keys: channel, technology, innovation). */
export function metricsByType(entities: Pick<WorkshopEntities, 'metrics' | 'partners'>, granularity: Granularity = 'quarter'): GroupedMetrics[] {
  return groupByPeriod(entities, granularity, (partnerId) => entities.partners[partnerId]?.type);
}

export const NO_TIER = 'none';

/** Per period, each tier's combined metrics (keys: tier IDs, and NO_TIER for partners without one). */
export function metricsByTier(entities: Pick<WorkshopEntities, 'metrics' | 'partners'>, granularity: Granularity = 'quarter'): GroupedMetrics[] {
  return groupByPeriod(entities, granularity, (partnerId) => {
    const partner = entities.partners[partnerId];
    return partner ? (partner.tierId ?? NO_TIER) : undefined;
  });
}

/** Features + markets entered: one "co-innovation output" number for a chart. */
export function coInnovationOutput(totals: MetricTotals): number | null {
  if (totals.featuresCoDeveloped === null && totals.marketsEntered === null) return null;
  return (totals.featuresCoDeveloped ?? 0) + (totals.marketsEntered ?? 0);
}
