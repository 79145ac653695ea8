import { memo, useEffect, useRef, useState } from 'react';
import type { NodeProps } from '@xyflow/react';
import { cancelDraft, cancelEdit, commitDraft, commitEdit } from '../../state/canvasEditing';
import { LIVE_LIMITS } from '../../live/limits';
import type { NoteNode as NoteNodeType } from './canvasNodes';
import { EyeOffIcon } from './canvasIcons';
import { NoteEditor } from './NoteEditor';
import { watchOverflow } from './noteOverflow';

/** A sticky note. Cheap to render: plain text, one background colour, no shadows while many are on screen. */
function NoteNodeView({ data, selected }: NodeProps<NoteNodeType>) {
  const { noteId, field, text, color, votes, mine, hidden, editing, author, clamped } = data;
  const revealing = useRevealed(hidden);
  if (editing) {
    return (
      <div className={`note note-${color} note-editing`} data-field={field}>
        <NoteEditor
          initialText={text}
          onCommit={(value) => (noteId ? commitEdit(noteId, value) : commitDraft(value))}
          onCancel={() => (noteId ? cancelEdit() : cancelDraft())}
        />
      </div>
    );
  }
  if (hidden) {
    // Silent brainstorming: a solid cover, and the text is not in the page at all.
    return (
      <div className={`note note-${color} note-hidden${selected ? ' note-selected' : ''}`} data-field={field}>
        <span className="visually-hidden">Hidden note</span>
        <EyeOffIcon />
        <NoteByline author={author} clamped={false} />
      </div>
    );
  }
  return (
    <div className={`note note-${color}${selected ? ' note-selected' : ''}${revealing ? ' note-revealing' : ''}`} data-field={field}>
      <NoteText text={text} />
      <NoteByline author={author} clamped={clamped} />
      {mine > 0 && <VoterMarks count={mine} />}
      {votes !== null && votes > 0 && (
        <span className="note-votes" aria-label={`${votes} ${votes === 1 ? 'vote' : 'votes'}`}>
          {votes}
        </span>
      )}
    </div>
  );
}

/** True for a moment after the note's cover comes off (Reveal notes), for a short animation. */
function useRevealed(hidden: boolean): boolean {
  const [revealing, setRevealing] = useState(false);
  const wasHidden = useRef(hidden);
  useEffect(() => {
    const revealed = wasHidden.current && !hidden;
    wasHidden.current = hidden;
    if (!revealed) return;
    setRevealing(true);
    const id = window.setTimeout(() => setRevealing(false), 600);
    return () => window.clearTimeout(id);
  }, [hidden]);
  return revealing;
}

/** A live participant's name (named sessions) and, for a note cut to the limit, a marker saying so. */
function NoteByline({ author, clamped }: { author: string | null; clamped: boolean }) {
  if (!author && !clamped) return null;
  return (
    <p className="note-byline">
      {author && (
        <span className="note-author" dir="auto">
          {author}
        </span>
      )}
      {clamped && (
        <span className="note-clamped" title={`A participant wrote more; the canvas keeps the first ${LIVE_LIMITS.noteText.toLocaleString('en')} characters.`}>
          Shortened
        </span>
      )}
    </p>
  );
}

/** The current voter's own dots on a note while the counts are hidden. */
function VoterMarks({ count }: { count: number }) {
  return (
    <span className="note-mine" aria-label={`Your ${count === 1 ? 'vote' : `${count} votes`} on this note`}>
      {Array.from({ length: Math.min(count, 5) }, (_, i) => (
        <span key={i} className="note-mine-dot" />
      ))}
      {count > 5 && `+${count - 5}`}
    </span>
  );
}

function NoteText({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    // Watched again when the text changes: a new text in a box of the same size would not be reported.
    if (el && !expanded) return watchOverflow(el, setOverflows);
  }, [text, expanded]);
  return (
    <>
      <p ref={ref} className={`note-text${expanded ? ' note-text-expanded nowheel' : ''}`} dir="auto">
        {text}
      </p>
      {(overflows || expanded) && (
        <button
          type="button"
          className="note-more nodrag"
          aria-expanded={expanded}
          onClick={(event) => {
            event.stopPropagation();
            setExpanded(!expanded);
          }}
        >
          {expanded ? 'Show less' : 'Show more'}
        </button>
      )}
    </>
  );
}

/** The view reads only the note's data and selection: a note that moves (its field grew) is not rendered again. */
export const NoteNode = memo(NoteNodeView, (a, b) => a.data === b.data && a.selected === b.selected);
