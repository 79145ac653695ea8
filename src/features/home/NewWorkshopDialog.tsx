import { useState, type FormEvent } from 'react';
import { OBJECTIVE_KINDS, OBJECTIVE_LABELS, type ObjectiveKind, type NewWorkshopInput } from '../../domain';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

const DEFAULT_WEIGHTS: Record<ObjectiveKind, number> = { 'market-expansion': 40, 'platform-differentiation': 35, 'innovation-velocity': 25 };

interface Props {
  open: boolean;
  onClose: () => void;
  onCreate: (input: NewWorkshopInput) => Promise<void>;
}

export function NewWorkshopDialog({ open, onClose, onCreate }: Props) {
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [included, setIncluded] = useState<Record<ObjectiveKind, boolean>>({ 'market-expansion': true, 'platform-differentiation': true, 'innovation-velocity': true });
  const [weights, setWeights] = useState<Record<ObjectiveKind, string>>({ 'market-expansion': '40', 'platform-differentiation': '35', 'innovation-velocity': '25' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const validate = () => {
    const next: Record<string, string> = {};
    if (!title.trim()) next.title = 'Give the workshop a title.';
    if (title.length > 200) next.title = 'Keep the title under 200 characters.';
    if (organisation.length > 200) next.organisation = 'Keep the organisation under 200 characters.';
    for (const kind of OBJECTIVE_KINDS) {
      const value = Number(weights[kind]);
      if (included[kind] && (!Number.isFinite(value) || value < 0 || value > 100 || weights[kind].trim() === '')) next[kind] = 'A weight from 0 to 100.';
    }
    setErrors(next);
    return Object.keys(next).length === 0;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !validate()) return;
    setBusy(true);
    try {
      await onCreate({
        title: title.trim(),
        organisation: organisation.trim(),
        date,
        objectives: OBJECTIVE_KINDS.filter((k) => included[k]).map((kind) => ({ kind, weight: Number(weights[kind]) })),
      });
      setTitle('');
      setOrganisation('');
      setErrors({});
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="New workshop" open={open} onClose={onClose} width={520}>
      <form onSubmit={submit} className="new-workshop-form" noValidate>
        <Field label="Title" error={errors.title}>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus placeholder="e.g. Q1 partner strategy workshop" />
        </Field>
        <Field label="Organisation" error={errors.organisation}>
          <input type="text" value={organisation} onChange={(e) => setOrganisation(e.target.value)} placeholder="Your company" />
        </Field>
        <Field label="Date">
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <fieldset className="objectives">
          <legend>Business objectives and their weights</legend>
          {OBJECTIVE_KINDS.map((kind) => (
            <div key={kind} className="objective-row">
              <label className="objective-check">
                <input type="checkbox" checked={included[kind]} onChange={(e) => setIncluded({ ...included, [kind]: e.target.checked })} />
                {OBJECTIVE_LABELS[kind]}
              </label>
              <input
                type="number"
                min={0}
                max={100}
                aria-label={`${OBJECTIVE_LABELS[kind]} weight`}
                value={weights[kind]}
                disabled={!included[kind]}
                placeholder={String(DEFAULT_WEIGHTS[kind])}
                onChange={(e) => setWeights({ ...weights, [kind]: e.target.value })}
                aria-invalid={Boolean(errors[kind])}
              />
              {errors[kind] && (
                <span className="field-error" role="alert">
                  {errors[kind]}
                </span>
              )}
            </div>
          ))}
        </fieldset>
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            Create workshop
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
