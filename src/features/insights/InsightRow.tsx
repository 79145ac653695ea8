import { INSIGHT_KIND_LABELS, INSIGHT_STATUS_LABELS, INSIGHT_STATUSES, type InsightStatus, type PrioritisedInsight } from '../../domain';
import { deleteInsight, updateInsight } from '../../state/insights';
import { Button } from '../../ui/Button';
import { formatDate } from '../../ui/format';

/** One insight in the prioritised list: priority and its parts, the text, status and response. */
export function InsightRow({ item, onEdit }: { item: PrioritisedInsight; onEdit: () => void }) {
  const { insight, partnerName, contribution, priority } = item;
  const short = insight.text.length > 40 ? `${insight.text.slice(0, 40)}…` : insight.text;
  return (
    <li className="insight-row" aria-label={`Insight: ${short}`}>
      <div className="insight-priority" title={`Weight ${insight.weight} × contribution ${contribution}`}>
        <span className="insight-priority-value">{priority}</span>
        <span className="insight-priority-parts">
          {insight.weight} × {contribution}
        </span>
      </div>
      <div className="insight-main">
        <div className="insight-meta">
          <span className={`insight-kind insight-kind-${insight.kind}`}>{INSIGHT_KIND_LABELS[insight.kind]}</span>
          <span className="insight-partner">{partnerName ?? 'No partner'}</span>
          {insight.date && <span className="muted">{formatDate(insight.date)}</span>}
        </div>
        <p className="insight-text">{insight.text}</p>
        {insight.response ? (
          <p className="insight-response">
            <span className="muted">Response: </span>
            {insight.response}
          </p>
        ) : (
          <p className="insight-response muted">No response to the partner yet.</p>
        )}
      </div>
      <div className="insight-actions">
        <select
          aria-label={`Status of “${short}”`}
          className={`insight-status insight-status-${insight.status}`}
          value={insight.status}
          onChange={(e) => updateInsight(insight.id, { status: e.target.value as InsightStatus })}
        >
          {INSIGHT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {INSIGHT_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <Button size="sm" onClick={onEdit} aria-label={`Edit insight “${short}”`}>
          Edit
        </Button>
        <Button size="sm" variant="ghost" onClick={() => deleteInsight(insight.id)} aria-label={`Delete insight “${short}”`}>
          Delete
        </Button>
      </div>
    </li>
  );
}
