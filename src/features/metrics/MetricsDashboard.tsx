import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  coInnovationOutput,
  metricsByTier,
  metricsByType,
  NO_TIER,
  PARTNER_TYPE_LABELS,
  PARTNER_TYPES,
  periodLabel,
  type Granularity,
  type GroupedMetrics,
  type MetricTotals,
} from '../../domain';
import { useEntities } from '../../state/selectors';
import { useChartColors, type ChartColors } from './useChartColors';

interface Series {
  key: string;
  name: string;
  color: string;
}

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

function rows(grouped: GroupedMetrics[], series: Series[], pick: (totals: MetricTotals) => number | null) {
  return grouped.map(({ period, groups }) => ({
    period: periodLabel(period),
    ...Object.fromEntries(series.map((s) => [s.key, groups[s.key] ? pick(groups[s.key]!) : null])),
  }));
}

function Chart({ title, kind, data, series, colors, percent = false }: { title: string; kind: 'bar' | 'line'; data: object[]; series: Series[]; colors: ChartColors; percent?: boolean }) {
  const axis = { stroke: colors['--text-3'], tick: { fill: colors['--text-2'], fontSize: 12 } };
  const tooltip = { contentStyle: { background: colors['--surface'], border: `1px solid ${colors['--border']}`, borderRadius: 8 }, labelStyle: { color: colors['--text-2'] } };
  const format = (v: unknown) => (typeof v === 'number' ? (percent ? `${v} %` : compact.format(v)) : String(v));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-body">
        <ResponsiveContainer width="100%" height={220}>
          {kind === 'bar' ? (
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke={colors['--border']} vertical={false} />
              <XAxis dataKey="period" {...axis} />
              <YAxis {...axis} width={52} tickFormatter={format} />
              <Tooltip {...tooltip} formatter={format} cursor={{ fill: colors['--border'], opacity: 0.4 }} />
              <Legend itemSorter={null} wrapperStyle={{ fontSize: 12, color: colors['--text-2'] }} />
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} stackId="all" isAnimationActive={false} maxBarSize={48} />
              ))}
            </BarChart>
          ) : (
            <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
              <CartesianGrid stroke={colors['--border']} vertical={false} />
              <XAxis dataKey="period" {...axis} padding={{ left: 24, right: 24 }} />
              <YAxis {...axis} width={52} tickFormatter={format} domain={percent ? [0, 'auto'] : undefined} />
              <Tooltip {...tooltip} formatter={format} />
              <Legend itemSorter={null} wrapperStyle={{ fontSize: 12, color: colors['--text-2'] }} />
              {series.map((s) => (
                <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.color} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The portfolio dashboard: revenue, win rate and co-innovation output by partner type and by tier. */
export default function MetricsDashboard({ granularity }: { granularity: Granularity }) {
  const entities = useEntities();
  const colors = useChartColors();
  if (!entities) return null;
  const byType = metricsByType(entities, granularity);
  const byTier = metricsByTier(entities, granularity);
  if (byType.length === 0) {
    return <p className="muted dashboard-empty">The charts appear once some {granularity === 'quarter' ? 'quarters' : 'months'} have numbers.</p>;
  }
  const typeSeries: Series[] = PARTNER_TYPES.map((t) => ({ key: t, name: PARTNER_TYPE_LABELS[t], color: colors[`--type-${t}`] }));
  const tierPalette = [colors['--accent'], colors['--ok'], colors['--warn'], colors['--danger']];
  const tiers = Object.values(entities.tiers).sort((a, b) => a.order - b.order);
  const tierSeries: Series[] = [
    ...tiers.map((t, i) => ({ key: t.id, name: t.name, color: tierPalette[i % tierPalette.length]! })),
    { key: NO_TIER, name: 'No tier', color: colors['--text-3'] },
  ].filter((s) => byTier.some((row) => row.groups[s.key]));

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">Portfolio dashboard</h2>
      <div className="dashboard-grid">
        <Chart title="Partner-sourced revenue by type" kind="bar" data={rows(byType, typeSeries, (t) => t.partnerRevenue)} series={typeSeries} colors={colors} />
        <Chart title="Partner-sourced revenue by tier" kind="bar" data={rows(byTier, tierSeries, (t) => t.partnerRevenue)} series={tierSeries} colors={colors} />
        <Chart title="Deal win rate by type (average %)" kind="line" data={rows(byType, typeSeries, (t) => t.dealWinRate)} series={typeSeries} colors={colors} percent />
        <Chart title="Deal win rate by tier (average %)" kind="line" data={rows(byTier, tierSeries, (t) => t.dealWinRate)} series={tierSeries} colors={colors} percent />
        <Chart title="Co-innovation output by type (features + markets)" kind="bar" data={rows(byType, typeSeries, coInnovationOutput)} series={typeSeries} colors={colors} />
        <Chart title="Co-innovation output by tier (features + markets)" kind="bar" data={rows(byTier, tierSeries, coInnovationOutput)} series={tierSeries} colors={colors} />
      </div>
    </section>
  );
}
