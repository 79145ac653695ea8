import { useState, type FormEvent } from 'react';
import { INSIGHT_KIND_LABELS, INSIGHT_KINDS, INSIGHT_STATUS_LABELS, INSIGHT_STATUSES, LIMITS, type Insight, type InsightDraft } from '../../domain';
import { addInsight, updateInsight } from '../../state/insights';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { localToday } from '../enablement/today';

const TEXT_LIMIT = 2000;

function draftOf(insight: Insight | null): InsightDraft {
  if (!insight) return { partnerId: null, kind: 'feature-request', text: '', weight: 3, date: localToday(), status: 'new', response: '' };
  const { partnerId, kind, text, weight, date, status, response } = insight;
  return { partnerId, kind, text, weight, date, status, response };
}

/** Add or edit one insight: what the partner reported, how much it weighs, and what we answered. */
export function InsightDialog({ insight, onClose }: { insight: Insight | null; onClose: () => void }) {
  const entities = useEntities();
  const [draft, setDraft] = useState<InsightDraft>(() => draftOf(insight));
  const [error, setError] = useState<string | null>(null);
  const partners = entities ? Object.values(entities.partners).sort((a, b) => a.name.localeCompare(b.name)) : [];
  const set = <K extends keyof InsightDraft>(key: K, value: InsightDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.text.trim()) return setError('Write what the partner reported.');
    const clean = { ...draft, text: draft.text.trim(), response: draft.response.trim() };
    if (insight) updateInsight(insight.id, clean);
    else addInsight(clean);
    onClose();
  };

  return (
    <Dialog title={insight ? 'Edit insight' : 'Add insight'} open onClose={onClose} width={560}>
      <form className="insight-form" onSubmit={submit}>
        <Field label="What the partner reported" error={error}>
          <textarea rows={3} maxLength={TEXT_LIMIT} value={draft.text} onChange={(e) => (set('text', e.target.value), setError(null))} autoFocus />
        </Field>
        <div className="insight-form-row">
          <Field label="Partner">
            <select value={draft.partnerId ?? ''} onChange={(e) => set('partnerId', e.target.value || null)}>
              <option value="">No partner</option>
              {partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Kind">
            <select value={draft.kind} onChange={(e) => set('kind', e.target.value as InsightDraft['kind'])}>
              {INSIGHT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {INSIGHT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="insight-form-row">
          <Field label="Weight" hint="1 = minor, 5 = critical">
            <select value={draft.weight} onChange={(e) => set('weight', Number(e.target.value))}>
              {[1, 2, 3, 4, 5].map((w) => (
                <option key={w} value={w}>
                  {w}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Reported on">
            <input type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />
          </Field>
          <Field label="Status">
            <select value={draft.status} onChange={(e) => set('status', e.target.value as InsightDraft['status'])}>
              {INSIGHT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {INSIGHT_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Response to the partner" hint="What happened with their input: built → invite to the beta; deferred → say why.">
          <textarea rows={3} maxLength={LIMITS.shortText * 10} value={draft.response} onChange={(e) => set('response', e.target.value)} />
        </Field>
        <div className="dialog-footer insight-form-footer">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary">
            Save insight
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
