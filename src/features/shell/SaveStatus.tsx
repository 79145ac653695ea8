import { useSaveState } from '../../state/selectors';

export function SaveStatus() {
  const save = useSaveState();
  const text = save.status === 'saving' ? 'Saving…' : save.status === 'error' ? 'Not saved' : 'All changes saved';
  return (
    <div className={`save-status save-${save.status}`} role="status" aria-live="polite" title={save.status === 'error' ? save.message : undefined}>
      <span className="save-dot" aria-hidden="true" />
      {text}
    </div>
  );
}
