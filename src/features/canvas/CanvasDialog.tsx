import { useState, type FormEvent } from 'react';
import { LIMITS, type Partner } from '../../domain';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

interface Props {
  mode: 'new' | 'rename';
  initialTitle: string;
  partners: Partner[];
  onClose: () => void;
  onSubmit: (input: { title: string; partnerId: string | null }) => void;
}

/** Names a new canvas (general, or for one partner) or renames one. */
export function CanvasDialog({ mode, initialTitle, partners, onClose, onSubmit }: Props) {
  const [title, setTitle] = useState(initialTitle);
  const [partnerId, setPartnerId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sorted = [...partners].sort((a, b) => a.name.localeCompare(b.name));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError('A canvas needs a title.');
    if (title.length > LIMITS.shortText) return setError(`Keep the title under ${LIMITS.shortText} characters.`);
    onSubmit({ title, partnerId: partnerId || null });
    onClose();
  };
  return (
    <Dialog title={mode === 'new' ? 'New canvas' : 'Rename canvas'} open onClose={onClose}>
      <form onSubmit={submit} noValidate className="canvas-dialog-form">
        <Field label="Title" error={error}>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus onFocus={(e) => e.target.select()} />
        </Field>
        {mode === 'new' && (
          <Field label="For a partner" hint={partners.length ? 'A canvas for one partner, or a general one.' : 'No partners yet: add them under Partners to make a canvas for one of them.'}>
            <select
              value={partnerId}
              disabled={!partners.length}
              onChange={(e) => {
                setPartnerId(e.target.value);
                const partner = partners.find((p) => p.id === e.target.value);
                if (partner && (title === initialTitle || !title.trim())) setTitle(`${partner.name} partnership`);
              }}
            >
              <option value="">General (no partner)</option>
              {sorted.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <div className="canvas-dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary">
            {mode === 'new' ? 'Create canvas' : 'Rename'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
