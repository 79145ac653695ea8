import { partnerSeries, metricDef, type Granularity, type MetricKey, type Partner, type WorkshopEntities } from '../../domain';

/** The metric a partner's trend shows: revenue for channel and technology partners, co-developed features for innovation. */
export function trendMetric(partner: Partner): MetricKey {
  return partner.type === 'innovation' ? 'featuresCoDeveloped' : 'partnerRevenue';
}

export function partnerTrend(entities: Pick<WorkshopEntities, 'metrics'>, partner: Partner, granularity: Granularity, key: MetricKey = trendMetric(partner)) {
  const series = partnerSeries(entities, partner.id, key, granularity).slice(-8);
  const values = series.map((s) => s.value);
  const label = `${metricDef(key).label} for ${partner.name}: ${values.length ? values.join(', ') : 'no values yet'}`;
  return { values, label };
}
