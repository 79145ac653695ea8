import { useState } from 'react';
import { METRIC_DEFS, partnerSeries, periodLabel, periodOf, periodRange, periodsWithData, shiftPeriod, type Granularity } from '../../domain';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { localToday } from '../enablement/today';
import { MetricCell } from './MetricCell';
import { Sparkline } from './Sparkline';
import './metrics.css';

const COLUMNS = 4;

/** One partner's metrics: the last four periods, editable, with a sparkline per metric. For the partner page. */
export function PartnerMetricsPanel({ partnerId }: { partnerId: string }) {
  const entities = useEntities();
  const [granularity, setGranularity] = useState<Granularity>('quarter');
  const [offset, setOffset] = useState(0);
  const partner = entities?.partners[partnerId];
  if (!entities || !partner) return null;
  const latestWithData = periodsWithData({ metrics: Object.fromEntries(Object.entries(entities.metrics).filter(([, m]) => m.partnerId === partnerId)) }, granularity).at(-1);
  const anchor = latestWithData ?? shiftPeriod(periodOf(localToday(), granularity), -1);
  const periods = periodRange(shiftPeriod(anchor, offset), COLUMNS);
  const entryOf = (period: string) => Object.values(entities.metrics).find((m) => m.partnerId === partnerId && m.period === period);
  const headingId = `partner-metrics-${partnerId}`;

  return (
    <section className="partner-metrics" aria-labelledby={headingId}>
      <div className="partner-metrics-head">
        <h3 id={headingId}>Metrics</h3>
        <div className="metrics-granularity" role="group" aria-label="Period length for this partner">
          {(['quarter', 'month'] as const).map((g) => (
            <Button key={g} size="sm" variant={granularity === g ? 'primary' : 'secondary'} aria-pressed={granularity === g} onClick={() => (setGranularity(g), setOffset(0))}>
              {g === 'quarter' ? 'Quarters' : 'Months'}
            </Button>
          ))}
        </div>
        <Button size="sm" onClick={() => setOffset(offset - COLUMNS)} aria-label="Earlier periods">
          ‹ Earlier
        </Button>
        <Button size="sm" onClick={() => setOffset(offset + COLUMNS)} aria-label="Later periods">
          Later ›
        </Button>
      </div>
      <div className="metrics-grid-wrap">
        <table className="metrics-grid partner-metrics-grid">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {periods.map((p) => (
                <th key={p} scope="col">
                  {periodLabel(p)}
                </th>
              ))}
              <th scope="col">Trend</th>
            </tr>
          </thead>
          <tbody>
            {METRIC_DEFS.map((d, row) => {
              const series = partnerSeries(entities, partnerId, d.key, granularity).slice(-8);
              return (
                <tr key={d.key}>
                  <th scope="row">{d.label}</th>
                  {periods.map((period, col) => (
                    <td key={period}>
                      <MetricCell
                        partnerId={partnerId}
                        period={period}
                        metric={d.key}
                        value={entryOf(period)?.values[d.key] ?? null}
                        label={`${d.label}, ${periodLabel(period)}`}
                        row={row}
                        col={col}
                      />
                    </td>
                  ))}
                  <td>
                    <Sparkline values={series.map((s) => s.value)} label={`${d.label} for ${partner.name}: ${series.map((s) => s.value).join(', ') || 'no values yet'}`} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
