import { useMemo, useState } from 'react';
import {
  filterInsights,
  groupInsightsByKind,
  INSIGHT_KIND_LABELS,
  INSIGHT_KINDS,
  INSIGHT_STATUS_LABELS,
  INSIGHT_STATUSES,
  PRIORITY_EXPLANATION,
  prioritisedInsights,
  type InsightFilter,
  type PrioritisedInsight,
} from '../../domain';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { BulbIcon, PlusIcon } from '../../ui/icons';
import { InsightDialog } from './InsightDialog';
import { InsightRow } from './InsightRow';

type Editing = { mode: 'new' } | { mode: 'edit'; id: string } | null;

export function FeedbackView() {
  const entities = useEntities();
  const [filter, setFilter] = useState<InsightFilter>({ status: 'all', kind: 'all' });
  const [grouped, setGrouped] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const all = useMemo(() => (entities ? prioritisedInsights(entities) : []), [entities]);
  if (!entities) return null;
  const shown = filterInsights(all, filter);
  const list = (items: PrioritisedInsight[]) => (
    <ol className="insight-list">
      {items.map((item) => (
        <InsightRow key={item.insight.id} item={item} onEdit={() => setEditing({ mode: 'edit', id: item.insight.id })} />
      ))}
    </ol>
  );

  return (
    <section className="feedback" aria-labelledby="feedback-title">
      <div className="feedback-head">
        <div>
          <h2 id="feedback-title">Partner feedback</h2>
          <p className="feedback-explain">{PRIORITY_EXPLANATION}</p>
        </div>
        <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing({ mode: 'new' })}>
          Add insight
        </Button>
      </div>
      <div className="feedback-filters">
        <label>
          Filter by status
          <select value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value as InsightFilter['status'] })}>
            <option value="all">All statuses</option>
            {INSIGHT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {INSIGHT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Filter by kind
          <select value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as InsightFilter['kind'] })}>
            <option value="all">All kinds</option>
            {INSIGHT_KINDS.map((k) => (
              <option key={k} value={k}>
                {INSIGHT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="feedback-check">
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />
          Group by theme
        </label>
        <span className="muted" role="status">
          {shown.length} of {all.length} {all.length === 1 ? 'insight' : 'insights'}
        </span>
      </div>
      {all.length === 0 ? (
        <EmptyState title="No partner insights yet" icon={<BulbIcon />}>
          Log what partners report — market gaps, technology trends, customer pain points, feature requests — and answer them here.
        </EmptyState>
      ) : shown.length === 0 ? (
        <p className="muted feedback-none">No insights match these filters.</p>
      ) : grouped ? (
        groupInsightsByKind(shown).map((group) => (
          <section key={group.kind} className="insight-group" aria-label={INSIGHT_KIND_LABELS[group.kind]}>
            <h3>
              {INSIGHT_KIND_LABELS[group.kind]} <span className="muted">({group.items.length})</span>
            </h3>
            {list(group.items)}
          </section>
        ))
      ) : (
        list(shown)
      )}
      {editing && (
        <InsightDialog insight={editing.mode === 'edit' ? (entities.insights[editing.id] ?? null) : null} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
