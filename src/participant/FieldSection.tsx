import { useId, useState } from 'react';
import { CANVAS_FIELD_LABELS, CANVAS_FIELD_QUESTIONS } from '../domain/labels';
import { LIVE_LIMITS } from '../live/limits';
import { ownNoteStatus, type FieldView, type OwnNoteView } from '../live/participantView';
import { AlertIcon, CheckIcon, ClockIcon, PlusIcon } from './icons';
import { NoteEditor } from './NoteEditor';
import { VoteControls, type VotingView } from './VoteControls';

interface Props {
  view: FieldView;
  connected: boolean;
  locked: boolean;
  /** The board is locked by the facilitator (drafts stay open, nothing is sent). */
  boardLocked: boolean;
  /** Bring everyone here pointed at this field a moment ago. */
  focused: boolean;
  voting: VotingView | null;
  onAdd: (text: string) => void;
  onEdit: (key: string, text: string) => void;
  onDelete: (key: string) => void;
  /** Whether an editor of this field holds unsent text (see TypingSignal). */
  onTyping: (unsent: boolean) => void;
}

const STATE_ICONS = { waiting: ClockIcon, 'on-canvas': CheckIcon, clamped: AlertIcon, refused: AlertIcon, removed: AlertIcon } as const;

/** One canvas field on a participant's device: everyone's notes, theirs editable, and Add note. */
export function FieldSection({ view, connected, locked, boardLocked, focused, voting, onAdd, onEdit, onDelete, onTyping }: Props) {
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const empty = view.others.length === 0 && view.own.length === 0;
  return (
    <section className={`p-field${focused ? ' is-focus' : ''}`} role="region" aria-labelledby={headingId} data-field={view.field}>
      <header className="p-field-head">
        <h2 id={headingId}>{CANVAS_FIELD_LABELS[view.field]}</h2>
        <p>{CANVAS_FIELD_QUESTIONS[view.field]}</p>
      </header>
      <ul className="p-notes">
        {view.others.map((note) => (
          <li key={note.id} className={`p-note p-note-other note-${note.color}`}>
            <p className="p-note-text" dir="auto">
              {note.text}
            </p>
            {note.author && <p className="p-note-author">{note.author}</p>}
            <VoteControls voting={voting} noteId={note.id} />
          </li>
        ))}
        {view.own.map((note) =>
          editing === note.key ? (
            <li key={note.key} className="p-note p-note-own">
              <NoteEditor
                initialText={note.text}
                locked={boardLocked}
                onTyping={onTyping}
                submitLabel="Save"
                onSubmit={(text) => {
                  setEditing(null);
                  if (text !== note.text) onEdit(note.key, text);
                }}
                onCancel={() => setEditing(null)}
                onDelete={() => {
                  setEditing(null);
                  onDelete(note.key);
                }}
              />
            </li>
          ) : (
            <OwnNote key={note.key} note={note} connected={connected} disabled={locked || boardLocked} voting={voting} onOpen={() => setEditing(note.key)} />
          ),
        )}
      </ul>
      {empty && !adding && <p className="p-empty">No notes here yet.</p>}
      {adding ? (
        <NoteEditor
          initialText=""
          locked={boardLocked}
          onTyping={onTyping}
          submitLabel="Add"
          onSubmit={(text) => {
            setAdding(false);
            onAdd(text);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="btn btn-primary btn-md p-add" onClick={() => setAdding(true)} disabled={locked || boardLocked}>
          <PlusIcon />
          Add note
        </button>
      )}
    </section>
  );
}

function OwnNote({ note, connected, disabled, voting, onOpen }: { note: OwnNoteView; connected: boolean; disabled: boolean; voting: VotingView | null; onOpen: () => void }) {
  const Icon = STATE_ICONS[note.state];
  return (
    <li className={`p-note p-note-own is-${note.state}${note.color ? ` has-color note-${note.color}` : ''}`}>
      <button type="button" className="p-note-open" onClick={onOpen} disabled={disabled} aria-label={`Edit your note: ${note.text.slice(0, 60)}`}>
        <span className="p-note-text" dir="auto">
          {note.text}
        </span>
      </button>
      <p className="p-note-state">
        <Icon />
        {ownNoteStatus(note, connected, LIVE_LIMITS)}
      </p>
      <VoteControls voting={voting} noteId={note.noteId} />
    </li>
  );
}
