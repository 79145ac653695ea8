import { useLayoutEffect, useRef, useState } from 'react';
import { NOTE_TEXT_LIMIT } from '../../domain';

const MAX_EDITOR_HEIGHT = 360;

function fitHeight(el: HTMLTextAreaElement) {
  el.style.height = 'auto';
  el.style.height = `${Math.min(el.scrollHeight + 2, MAX_EDITOR_HEIGHT)}px`;
}

/** Edits a note in place: Enter ends editing, Shift+Enter adds a line, Escape cancels, leaving the note commits. */
export function NoteEditor({ initialText, onCommit, onCancel }: { initialText: string; onCommit: (text: string) => void; onCancel: () => void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initialText);
  const done = useRef(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
    fitHeight(el);
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onCommit(ref.current?.value ?? text);
    else onCancel();
  };

  return (
    <textarea
      ref={ref}
      className="note-editor nodrag nopan nowheel"
      aria-label="Note"
      dir="auto"
      value={text}
      maxLength={NOTE_TEXT_LIMIT}
      rows={3}
      onChange={(event) => {
        setText(event.target.value);
        fitHeight(event.target);
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
    />
  );
}
