import { useState } from 'react';
import { LIVE_LIMITS } from '../live/limits';

/** "You are Ada · Rename": a participant changes the name the room sees; they stay the same person. */
export function YouAre({ name, onRename }: { name: string; onRename: (name: string) => string }) {
  const [editing, setEditing] = useState(false);
  const [shown, setShown] = useState(name);
  const [draft, setDraft] = useState(name);
  if (!editing) {
    return (
      <p className="p-you">
        You are <strong>{shown}</strong>
        <button
          type="button"
          className="p-link"
          onClick={() => {
            setDraft(shown);
            setEditing(true);
          }}
        >
          Rename
        </button>
      </p>
    );
  }
  return (
    <form
      className="p-rename"
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.trim()) setShown(onRename(draft));
        setEditing(false);
      }}
    >
      <input className="p-input" aria-label="Your name" value={draft} maxLength={LIVE_LIMITS.name} onChange={(e) => setDraft(e.target.value)} autoFocus />
      <button type="submit" className="btn btn-primary btn-md">
        Save
      </button>
      <button type="button" className="btn btn-secondary btn-md" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}
