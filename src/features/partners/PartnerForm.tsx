import { useState, type FormEvent } from 'react';
import {
  draftFromPartner,
  emptyDraft,
  OBJECTIVE_KINDS,
  OBJECTIVE_LABELS,
  objectiveForType,
  PARTNER_STATUS_LABELS,
  PARTNER_STATUSES,
  PARTNER_TYPE_LABELS,
  PARTNER_TYPES,
  SCORE_CRITERIA,
  sortedTiers,
  validateDraft,
  type DraftErrors,
  type PartnerDraft,
  type PartnerType,
} from '../../domain';
import { savePartner } from '../../state/partners';
import { useEntities } from '../../state/selectors';
import { showToast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { ScoreField } from './ScoreField';
import { closeEditor } from './usePortfolioView';

export function PartnerForm({ partnerId }: { partnerId: string | null }) {
  const entities = useEntities();
  const tiers = entities ? sortedTiers(entities.tiers) : [];
  const existing = partnerId ? entities?.partners[partnerId] : undefined;
  const [draft, setDraft] = useState<PartnerDraft>(() => (existing ? draftFromPartner(existing) : emptyDraft(tiers)));
  const [errors, setErrors] = useState<DraftErrors>({});
  if (!entities) return null;
  if (partnerId && !existing) {
    return (
      <div className="partner-form-page">
        <p>This partner no longer exists.</p>
        <Button onClick={closeEditor}>Back</Button>
      </div>
    );
  }

  const set = <K extends keyof PartnerDraft>(key: K, value: PartnerDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const setType = (type: PartnerType) =>
    setDraft((d) => ({ ...d, type, objective: d.objective === objectiveForType(d.type) ? objectiveForType(type) : d.objective }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft, Object.values(entities.partners), tiers, partnerId);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.querySelector<HTMLElement>(`.partner-form [data-field="${first}"] :is(input, select, textarea)`)?.focus();
      return;
    }
    const id = savePartner(draft, partnerId);
    if (id) showToast({ message: partnerId ? `Saved “${draft.name.trim()}”.` : `Added “${draft.name.trim()}”.`, tone: 'info' });
    closeEditor();
  };

  const title = existing ? `Edit ${existing.name}` : 'New partner';
  return (
    <div className="partner-form-page">
      <h2 className="partner-form-title">{title}</h2>
      <form className="partner-form" aria-label={existing ? 'Edit partner' : 'New partner'} onSubmit={submit} noValidate>
        <div className="form-grid">
          <div data-field="name" className="span-2">
            <Field label="Name" error={errors.name}>
              <input type="text" value={draft.name} maxLength={400} onChange={(e) => set('name', e.target.value)} autoFocus />
            </Field>
          </div>
          <div data-field="type">
            <Field label="Type" error={errors.type}>
              <select value={draft.type} onChange={(e) => setType(e.target.value as PartnerType)}>
                {PARTNER_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {PARTNER_TYPE_LABELS[t]}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div data-field="tierId">
            <Field label="Tier" error={errors.tierId}>
              <select value={draft.tierId} onChange={(e) => set('tierId', e.target.value)}>
                {tiers.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
                <option value="">No tier</option>
              </select>
            </Field>
          </div>
          <div data-field="status">
            <Field label="Status" error={errors.status}>
              <select value={draft.status} onChange={(e) => set('status', e.target.value as PartnerDraft['status'])}>
                {PARTNER_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {PARTNER_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div data-field="objective">
            <Field label="Objective served" error={errors.objective} hint={draft.objective ? undefined : 'A partner that serves no objective is flagged as noise.'}>
              <select value={draft.objective} onChange={(e) => set('objective', e.target.value as PartnerDraft['objective'])}>
                {OBJECTIVE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {OBJECTIVE_LABELS[k]}
                  </option>
                ))}
                <option value="">None</option>
              </select>
            </Field>
          </div>
          <div data-field="owner">
            <Field label="Owner" error={errors.owner}>
              <input type="text" value={draft.owner} onChange={(e) => set('owner', e.target.value)} placeholder="Who looks after this partner" />
            </Field>
          </div>
          <div data-field="nextReview">
            <Field label="Next review" error={errors.nextReview}>
              <input type="date" value={draft.nextReview} onChange={(e) => set('nextReview', e.target.value)} />
            </Field>
          </div>
          <div data-field="tags" className="span-2">
            <Field label="Markets and verticals" error={errors.tags} hint="Separate with commas, e.g. DACH, Retail">
              <input type="text" value={draft.tags} onChange={(e) => set('tags', e.target.value)} />
            </Field>
          </div>
        </div>
        <fieldset className="score-fields">
          <legend>Selection scorecard (1 = weak, 5 = strong)</legend>
          {SCORE_CRITERIA.map((c) => (
            <div key={c.key} data-field={c.key}>
              <ScoreField criterion={c} value={draft[c.key]} error={errors[c.key]} onChange={(v) => set(c.key, v)} />
            </div>
          ))}
        </fieldset>
        <div data-field="notes">
          <Field label="Notes" error={errors.notes}>
            <textarea rows={4} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
          </Field>
        </div>
        <div className="form-actions">
          <Button onClick={closeEditor}>Cancel</Button>
          <Button type="submit" variant="primary">
            Save partner
          </Button>
        </div>
      </form>
    </div>
  );
}
