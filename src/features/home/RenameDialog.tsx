import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

interface Props {
  initial: string;
  onClose: () => void;
  onRename: (title: string) => Promise<void>;
}

export function RenameDialog({ initial, onClose, onRename }: Props) {
  const [title, setTitle] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError('A workshop needs a title.');
    if (title.length > 200) return setError('Keep the title under 200 characters.');
    await onRename(title);
    onClose();
  };
  return (
    <Dialog title="Rename workshop" open onClose={onClose}>
      <form onSubmit={submit} noValidate className="new-workshop-form">
        <Field label="Title" error={error}>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus onFocus={(e) => e.target.select()} />
        </Field>
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary">
            Rename
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
