import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { LIVE_LIMITS } from '../live/limits';

interface Props {
  initialText: string;
  submitLabel: string;
  onSubmit: (text: string) => void;
  onCancel: () => void;
  onDelete?: () => void;
  /** The board is locked: the draft stays, it can't be sent yet. */
  locked?: boolean;
  /** Tells the facilitator's list whether this focused editor holds unsent text (false: not typing any more). */
  onTyping?: (unsent: boolean) => void;
}

/** The note textbox: Ctrl/⌘+Enter saves, Escape cancels; a counter warns before the canvas shortens a long note. */
export function NoteEditor({ initialText, submitLabel, onSubmit, onCancel, onDelete, locked = false, onTyping }: Props) {
  const [text, setText] = useState(initialText);
  const typing = useRef(onTyping);
  useEffect(() => {
    typing.current = onTyping;
  });
  // Submitted or cancelled (the editor closes): not typing any more.
  useEffect(() => () => typing.current?.(false), []);
  const countId = useId();
  const length = Array.from(text).length;
  const over = length > LIVE_LIMITS.noteText;
  const submit = () => (locked ? undefined : text.trim() ? onSubmit(text) : onDelete ? onDelete() : onCancel());
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') onCancel();
  };
  return (
    <div className="p-editor">
      <textarea
        className="p-textarea"
        aria-label="Note"
        aria-describedby={countId}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onTyping?.(e.target.value !== initialText);
        }}
        onFocus={() => onTyping?.(text !== initialText)}
        onBlur={() => onTyping?.(false)}
        onKeyDown={onKeyDown}
        rows={3}
        autoFocus
      />
      <p id={countId} className={`p-count${over ? ' is-over' : ''}`}>
        {over
          ? `${length.toLocaleString('en')} characters: the canvas keeps the first ${LIVE_LIMITS.noteText.toLocaleString('en')}`
          : `${length.toLocaleString('en')} / ${LIVE_LIMITS.noteText.toLocaleString('en')}`}
      </p>
      {locked && <p className="p-locked-hint">The board is locked: your draft is kept here until the facilitator unlocks it.</p>}
      <div className="p-editor-actions">
        {onDelete && (
          <button type="button" className="btn btn-ghost btn-md p-delete" onClick={onDelete} disabled={locked}>
            Delete
          </button>
        )}
        <button type="button" className="btn btn-secondary btn-md" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary btn-md" onClick={submit} disabled={locked || (!text.trim() && !onDelete)}>
          {submitLabel}
        </button>
      </div>
    </div>
  );
}
