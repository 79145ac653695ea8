import { useState } from 'react';
import { checklistCompletion, dueEngagements, enablementFor, PARTNER_TYPE_LABELS, RHYTHM_LABELS } from '../../domain';
import { useEntities } from '../../state/selectors';
import { EmptyState } from '../../ui/EmptyState';
import { formatDate } from '../../ui/format';
import { PeopleIcon } from '../../ui/icons';
import { DueBadge } from './DueBadge';
import { PartnerEnablementPanel } from './PartnerEnablementPanel';
import { localToday } from './today';
import './enablement.css';
import { TypeShape } from '../../ui/TypeShape';

/** Portfolio-wide: what is due and overdue, every partner's onboarding progress, and one partner's plan. */
export function EnablementView() {
  const entities = useEntities();
  const [selected, setSelected] = useState<string | null>(null);
  const [showPlanned, setShowPlanned] = useState(false);
  if (!entities) return null;
  const today = localToday();
  const partners = Object.values(entities.partners)
    .filter((p) => p.status !== 'retired')
    .sort((a, b) => a.name.localeCompare(b.name));
  if (partners.length === 0) {
    return (
      <EmptyState title="No partners to enable yet" icon={<PeopleIcon />}>
        Add partners in the Partners section; each gets an onboarding checklist for its type and a review rhythm here.
      </EmptyState>
    );
  }
  const due = dueEngagements(entities, today, showPlanned);
  const current = partners.find((p) => p.id === selected) ?? partners[0]!;

  return (
    <div className="enablement-view">
      <section className="due-list" aria-labelledby="due-title">
        <div className="due-head">
          <h2 id="due-title">Due and overdue engagements</h2>
          <label className="feedback-check">
            <input type="checkbox" checked={showPlanned} onChange={(e) => setShowPlanned(e.target.checked)} />
            Show later ones too
          </label>
        </div>
        {due.length === 0 ? (
          <p className="muted">Nothing due in the next two weeks.</p>
        ) : (
          <ul>
            {due.map((d) => (
              <li key={d.enablementId}>
                <button type="button" className="due-row" onClick={() => setSelected(d.partnerId)} aria-label={`${d.partnerName}: ${RHYTHM_LABELS[d.kind]} on ${d.nextDate}`}>
                  <span className="due-name">{d.partnerName}</span>
                  <span className="muted due-kind">{RHYTHM_LABELS[d.kind]}</span>
                  <span className="due-date">{formatDate(d.nextDate)}</span>
                  <DueBadge state={d.state} nextDate={d.nextDate} today={today} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="enablement-split">
        <nav className="enablement-partners" aria-label="Partners to enable">
          <ul>
            {partners.map((p) => {
              const plan = enablementFor(entities, p.id);
              const completion = plan ? checklistCompletion(plan.checklist) : null;
              return (
                <li key={p.id}>
                  <button type="button" className="enablement-partner" aria-current={p.id === current.id ? 'true' : undefined} onClick={() => setSelected(p.id)}>
                    <TypeShape type={p.type} size={12} />
                    <span className="visually-hidden">{PARTNER_TYPE_LABELS[p.type]}</span>
                    <span className="enablement-partner-name">{p.name}</span>
                    <span className="muted enablement-partner-pct">{completion === null ? 'no plan' : `${completion} %`}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="enablement-detail">
          <h3 className="enablement-detail-title">{current.name}</h3>
          <PartnerEnablementPanel key={current.id} partnerId={current.id} />
        </div>
      </div>
    </div>
  );
}
