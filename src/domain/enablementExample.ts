import { addDays, createChecklist, DEFAULT_CUSTOM_INTERVAL_DAYS } from './enablement';
import { newId } from './ids';
import { periodOf, periodRange, shiftPeriod } from './metricPeriods';
import { emptyMetricValues } from './metrics';
import type { MetricEntry, MetricValues, Partner, PartnerEnablement, RhythmKind } from './records';

/** The example workshop's enablement and metrics, by index into its partner list. */
type PlanSeed = [partner: number, done: number, kind: RhythmKind, lastDaysAgo: number | null, customDays?: number];

const PLANS: PlanSeed[] = [
  [0, 4, 'qbr-quarterly', 40],
  [1, 4, 'qbr-quarterly', 100],
  [2, 2, 'monthly-checkin', 20],
  [3, 3, 'qbr-quarterly', 75],
  [4, 1, 'monthly-checkin', 36],
  [5, 2, 'custom', 30, 42],
  [6, 2, 'qbr-quarterly', 60],
  [7, 2, 'monthly-checkin', 52],
  [9, 3, 'custom', 45, 90],
  [10, 0, 'monthly-checkin', null],
];

/** Latest quarter's values; earlier quarters are derived with the growth factor. Money in the workshop's currency. */
type MetricSeed = [partner: number, quarters: number, growth: number, values: Partial<MetricValues>];

const METRICS: MetricSeed[] = [
  [0, 3, 1.12, { engagement: 88, trainingCompletion: 100, pipelineValue: 420_000, jointOpportunities: 14, partnerRevenue: 140_000, dealWinRate: 34, featuresCoDeveloped: 2, timeToMarketDays: 21, marketsEntered: 0 }],
  [1, 3, 1.1, { engagement: 82, trainingCompletion: 95, pipelineValue: 900_000, jointOpportunities: 22, partnerRevenue: 310_000, dealWinRate: 31, featuresCoDeveloped: 0, marketsEntered: 1 }],
  [2, 3, 1.25, { engagement: 91, pipelineValue: 60_000, jointOpportunities: 3, partnerRevenue: 15_000, featuresCoDeveloped: 3, timeToMarketDays: 60, marketsEntered: 1 }],
  [3, 3, 1.08, { engagement: 70, trainingCompletion: 80, pipelineValue: 180_000, jointOpportunities: 6, partnerRevenue: 65_000, dealWinRate: 27, featuresCoDeveloped: 1, timeToMarketDays: 14, marketsEntered: 0 }],
  [4, 2, 1.6, { engagement: 60, trainingCompletion: 45, pipelineValue: 120_000, jointOpportunities: 4, partnerRevenue: 18_000, dealWinRate: 22, featuresCoDeveloped: 0, marketsEntered: 1 }],
  [5, 3, 1.2, { engagement: 65, jointOpportunities: 2, featuresCoDeveloped: 2, timeToMarketDays: 30, marketsEntered: 0 }],
  [6, 2, 1.1, { engagement: 68, trainingCompletion: 75, pipelineValue: 110_000, jointOpportunities: 5, partnerRevenue: 42_000, dealWinRate: 29, featuresCoDeveloped: 1, timeToMarketDays: 10, marketsEntered: 0 }],
  [7, 3, 0.8, { engagement: 35, trainingCompletion: 40, pipelineValue: 60_000, jointOpportunities: 2, partnerRevenue: 25_000, dealWinRate: 14, featuresCoDeveloped: 0, marketsEntered: 0 }],
  [8, 2, 1.05, { engagement: 50, trainingCompletion: 60, pipelineValue: 40_000, jointOpportunities: 2, partnerRevenue: 12_000, dealWinRate: 24, featuresCoDeveloped: 0, timeToMarketDays: 0 }],
  [9, 3, 1.15, { engagement: 55, trainingCompletion: 70, pipelineValue: 90_000, jointOpportunities: 8, partnerRevenue: 30_000, dealWinRate: 26, featuresCoDeveloped: 0, marketsEntered: 0 }],
  [11, 2, 1, { engagement: 30, trainingCompletion: 20, pipelineValue: 20_000, jointOpportunities: 1, partnerRevenue: 6_000, dealWinRate: 12 }],
];

const PERCENT_KEYS = new Set(['engagement', 'trainingCompletion', 'dealWinRate']);

/** A value `stepsBack` quarters before the latest: counts and money shrink by the growth factor, percentages drift. */
function earlier(key: string, latest: number, growth: number, stepsBack: number): number {
  if (PERCENT_KEYS.has(key)) {
    const drift = growth > 1 ? -4 : growth < 1 ? 5 : 0;
    return Math.min(100, Math.max(0, latest + drift * stepsBack));
  }
  const scaled = latest / growth ** stepsBack;
  return latest >= 10_000 ? Math.round(scaled / 1000) * 1000 : Math.round(scaled);
}

export function exampleEnablement(partners: readonly Partner[], today: string, at: string): PartnerEnablement[] {
  const out: PartnerEnablement[] = [];
  for (const [index, done, kind, lastDaysAgo, customDays] of PLANS) {
    const partner = partners[index];
    if (!partner) continue;
    const checklist = createChecklist(partner.type).map((item, i) => (i < done ? { ...item, done: true, doneAt: addDays(today, -90 + i * 12) } : item));
    out.push({
      id: newId(),
      workshopId: partner.workshopId,
      partnerId: partner.id,
      createdAt: at,
      updatedAt: at,
      rev: 0,
      checklist,
      rhythm: { kind, intervalDays: customDays ?? DEFAULT_CUSTOM_INTERVAL_DAYS, lastDate: lastDaysAgo === null ? '' : addDays(today, -lastDaysAgo) },
    });
  }
  return out;
}

/** Up to three past quarters of values for most partners (not the prospect). */
export function exampleMetrics(partners: readonly Partner[], today: string, at: string): MetricEntry[] {
  const lastQuarter = shiftPeriod(periodOf(today, 'quarter'), -1);
  const out: MetricEntry[] = [];
  for (const [index, quarters, growth, latest] of METRICS) {
    const partner = partners[index];
    if (!partner) continue;
    periodRange(lastQuarter, quarters).forEach((period, i) => {
      const stepsBack = quarters - 1 - i;
      const values = emptyMetricValues();
      for (const [key, value] of Object.entries(latest) as Array<[keyof MetricValues, number]>) values[key] = earlier(key, value, growth, stepsBack);
      out.push({ id: newId(), workshopId: partner.workshopId, partnerId: partner.id, period, createdAt: at, updatedAt: at, rev: 0, values });
    });
  }
  return out;
}
