import { toEntities } from '../../domain/bundle';
import { PARTNER_TYPE_LABELS } from '../../domain/labels';
import { periodLabel } from '../../domain/metricPeriods';
import { coInnovationOutput, metricDef, metricsByTier, metricsByType, NO_TIER, periodsWithData, type MetricTotals } from '../../domain/metrics';
import { PARTNER_TYPES } from '../../domain/records';
import type { Color } from '../primitives';
import { INK, TYPE_COLOR } from '../theme';
import { barPanel, type BarPanel } from './barChart';
import type { Flow } from './flow';
import { flowTable } from './table';

const TIER_COLORS = ['#2d5bd3', '#5a7fe0', '#89a3ea', '#b3c4f2', '#d2dcf7'];
const NO_TIER_COLOR = '#a3a9b5';
const CHART_HEIGHT = 140;

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

interface Group {
  key: string;
  label: string;
  color: Color;
  /** Partners with an entry in the period. */
  reporting: number;
  totals: MetricTotals | undefined;
}

const MEASURES = [
  { title: metricDef('partnerRevenue').label, value: (t: MetricTotals) => t.partnerRevenue, table: (v: number) => whole.format(v), chart: (v: number) => compact.format(v) },
  { title: 'Deal win rate (average)', value: (t: MetricTotals) => t.dealWinRate, table: (v: number) => `${v} %`, chart: (v: number) => `${v} %` },
  {
    title: `Co-innovation output (${metricDef('featuresCoDeveloped').label.toLowerCase()} + ${metricDef('marketsEntered').label.toLowerCase()})`,
    value: coInnovationOutput,
    table: (v: number) => whole.format(v),
    chart: (v: number) => whole.format(v),
  },
] as const;

/** A table of the period's figures per group, then one small bar chart per measure, side by side. */
function groupBlock(flow: Flow, heading: string, groupName: string, groups: Group[]): void {
  flow.subsection(heading, 60 + CHART_HEIGHT);
  flowTable(
    flow,
    [
      { header: groupName, share: 24 },
      { header: 'Partners reporting', share: 13, align: 'right' },
      ...MEASURES.map((m) => ({ header: m.title, share: 21, align: 'right' as const })),
    ],
    groups.map((g) => [
      { text: g.label, font: 'bold', dot: g.color },
      { text: String(g.reporting) },
      ...MEASURES.map((m) => {
        const value = g.totals ? m.value(g.totals) : null;
        return value === null ? { text: '—', color: INK.text3 } : { text: m.table(value) };
      }),
    ]),
  );
  flow.ensure(CHART_HEIGHT + 8);
  const gap = 18;
  const width = (flow.box.w - gap * (MEASURES.length - 1)) / MEASURES.length;
  MEASURES.forEach((m, i) => {
    const panel: BarPanel = {
      title: m.title.replace(/ \(.*\)$/, ''),
      format: m.chart,
      bars: groups.map((g) => ({ label: g.label, color: g.color, value: g.totals ? m.value(g.totals) : null })),
    };
    flow.items.push(...barPanel(flow.ctx.metrics, panel, flow.box.x + i * (width + gap), flow.y, width, CHART_HEIGHT));
  });
  flow.y += CHART_HEIGHT + 12;
}

/** The latest quarter's figures by partner type and by tier: revenue, win rate and co-innovation output. */
export function metricsSection(flow: Flow): void {
  const { bundle } = flow.ctx;
  const entities = toEntities(bundle);
  const latest = periodsWithData(entities, 'quarter').at(-1);
  if (!latest) {
    flow.paragraph('No quarterly metrics recorded yet: enter values per partner and quarter on the partner pages.', { color: INK.text2 });
    return;
  }
  const entries = bundle.metrics.filter((m) => m.period === latest);
  const partnerById = new Map(bundle.partners.map((p) => [p.id, p]));
  const reporting = (inGroup: (partnerId: string) => boolean) => new Set(entries.filter((e) => partnerById.has(e.partnerId) && inGroup(e.partnerId)).map((e) => e.partnerId)).size;
  flow.paragraph(
    `Figures for ${periodLabel(latest)}, the latest quarter with entries, from ${reporting(() => true)} partners. Revenue and co-innovation output add up across partners; the win rate is their average. A dash means nobody reported it.`,
    { size: 9.5, color: INK.text2, after: 6 },
  );

  const byType = metricsByType(entities).find((g) => g.period === latest)?.groups ?? {};
  const typeGroups: Group[] = PARTNER_TYPES.map((type) => ({
    key: type,
    label: PARTNER_TYPE_LABELS[type],
    color: TYPE_COLOR[type],
    reporting: reporting((id) => partnerById.get(id)?.type === type),
    totals: byType[type],
  }));
  groupBlock(flow, 'By partner type', 'Partner type', typeGroups);

  const byTier = metricsByTier(entities).find((g) => g.period === latest)?.groups ?? {};
  const tiers = [...bundle.tiers].sort((a, b) => a.order - b.order);
  const tierGroups: Group[] = tiers.map((tier, i) => ({
    key: tier.id,
    label: tier.name,
    color: TIER_COLORS[Math.min(i, TIER_COLORS.length - 1)] ?? INK.accent,
    reporting: reporting((id) => partnerById.get(id)?.tierId === tier.id),
    totals: byTier[tier.id],
  }));
  if (byTier[NO_TIER]) tierGroups.push({ key: NO_TIER, label: 'No tier', color: NO_TIER_COLOR, reporting: reporting((id) => (partnerById.get(id)?.tierId ?? null) === null), totals: byTier[NO_TIER] });
  groupBlock(flow, 'By tier', 'Tier', tierGroups);
}
