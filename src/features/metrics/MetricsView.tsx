import { lazy, Suspense, useState } from 'react';
import { METRIC_DEFS, METRIC_GROUP_LABELS, periodLabel, periodOf, periodsWithData, PARTNER_TYPES, shiftPeriod, type Granularity } from '../../domain';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PeopleIcon } from '../../ui/icons';
import { localToday } from '../enablement/today';
import { MetricCell } from './MetricCell';
import { Sparkline } from './Sparkline';
import { TypeShape } from '../../ui/TypeShape';
import { partnerTrend } from './trend';
import './metrics.css';

const MetricsDashboard = lazy(() => import('./MetricsDashboard'));

function defaultPeriod(granularity: Granularity, withData: string[]): string {
  return withData[withData.length - 1] ?? shiftPeriod(periodOf(localToday(), granularity), -1);
}

/** Quick entry: one period, every partner a row, every metric a column; Enter moves down, Tab moves right. */
export function MetricsView() {
  const entities = useEntities();
  const [granularity, setGranularity] = useState<Granularity>('quarter');
  const [period, setPeriod] = useState<string | null>(null);
  if (!entities) return null;
  const withData = periodsWithData(entities, granularity);
  const shown = period ?? defaultPeriod(granularity, withData);
  const partners = Object.values(entities.partners)
    .filter((p) => p.status !== 'retired')
    .sort((a, b) => PARTNER_TYPES.indexOf(a.type) - PARTNER_TYPES.indexOf(b.type) || a.name.localeCompare(b.name));
  if (partners.length === 0) {
    return (
      <EmptyState title="No partners to measure yet" icon={<PeopleIcon />}>
        Add partners in the Partners section, then enter their numbers here per quarter or month.
      </EmptyState>
    );
  }
  const entryOf = (partnerId: string) => Object.values(entities.metrics).find((m) => m.partnerId === partnerId && m.period === shown);
  const switchGranularity = (next: Granularity) => {
    setGranularity(next);
    setPeriod(null);
  };

  return (
    <section className="metrics-entry" aria-labelledby="metrics-title">
      <div className="metrics-toolbar">
        <h2 id="metrics-title">Metrics for {periodLabel(shown)}</h2>
        <div className="metrics-granularity" role="group" aria-label="Period length">
          {(['quarter', 'month'] as const).map((g) => (
            <Button key={g} size="sm" variant={granularity === g ? 'primary' : 'secondary'} aria-pressed={granularity === g} onClick={() => switchGranularity(g)}>
              {g === 'quarter' ? 'Quarters' : 'Months'}
            </Button>
          ))}
        </div>
        <div className="metrics-period" role="group" aria-label="Period">
          <Button size="sm" onClick={() => setPeriod(shiftPeriod(shown, -1))}>
            Previous period
          </Button>
          <span className="metrics-period-label" aria-live="polite">
            {periodLabel(shown)}
          </span>
          <Button size="sm" onClick={() => setPeriod(shiftPeriod(shown, 1))}>
            Next period
          </Button>
        </div>
      </div>
      <div className="metrics-grid-wrap">
        <table className="metrics-grid">
          <thead>
            <tr className="metrics-groups">
              <th />
              {(['leading', 'lagging', 'co-innovation'] as const).map((group) => (
                <th key={group} colSpan={METRIC_DEFS.filter((d) => d.group === group).length} scope="colgroup">
                  {METRIC_GROUP_LABELS[group]}
                </th>
              ))}
              <th />
            </tr>
            <tr>
              <th scope="col">Partner</th>
              {METRIC_DEFS.map((d) => (
                <th key={d.key} scope="col">
                  {d.label}
                </th>
              ))}
              <th scope="col">Trend</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((partner, row) => {
              const entry = entryOf(partner.id);
              const trend = partnerTrend(entities, partner, granularity);
              return (
                <tr key={partner.id}>
                  <th scope="row" className="metrics-partner">
                    <TypeShape type={partner.type} size={12} />
                    <span className="metrics-partner-name">{partner.name}</span>
                  </th>
                  {METRIC_DEFS.map((d, col) => (
                    <td key={d.key}>
                      <MetricCell
                        key={shown}
                        partnerId={partner.id}
                        period={shown}
                        metric={d.key}
                        value={entry?.values[d.key] ?? null}
                        label={`${d.label}, ${partner.name}, ${periodLabel(shown)}`}
                        row={row}
                        col={col}
                      />
                    </td>
                  ))}
                  <td>
                    <Sparkline values={trend.values} label={trend.label} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted metrics-help">Money in your currency. Percentages 0–100. Leave a cell empty when there is no number; Enter moves down, Tab moves right, Esc undoes the cell.</p>
      <Suspense fallback={<p className="muted" role="status">Loading charts…</p>}>
        <MetricsDashboard granularity={granularity} />
      </Suspense>
    </section>
  );
}
