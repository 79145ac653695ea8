import { useEffect, useRef, type RefObject } from 'react';
import { CANVAS_FIELDS, type CanvasField } from '../../domain';
import { deleteCanvasNotes } from '../../state/canvasActions';
import { isTextEntry } from '../../ui/keyboard';
import { copyNotes, duplicateNotes, pasteNotes, startDraft, startEdit, useCanvasEditing } from '../../state/canvasEditing';

/** The field of whatever has focus: a field's own controls, or a note in it. */
function focusedField(): CanvasField | null {
  const el = document.activeElement as HTMLElement | null;
  const holder = el?.closest<HTMLElement>('[data-field]') ?? el?.querySelector<HTMLElement>(':scope > [data-field]');
  const field = holder?.dataset.field;
  return field && (CANVAS_FIELDS as readonly string[]).includes(field) ? (field as CanvasField) : null;
}

function focusedNoteId(): string | null {
  const el = document.activeElement as HTMLElement | null;
  return el?.classList.contains('react-flow__node-note') ? (el.dataset.id ?? null) : null;
}

interface Options {
  canvasId: string;
  selectedIds: string[];
  selectNext: RefObject<Set<string>>;
  enabled: boolean;
  selectAll: () => void;
}

/** N adds a note to the focused field; Enter edits the focused note; select all, copy, paste, duplicate and delete act on the selection. */
export function useCanvasKeys({ canvasId, selectedIds, selectNext, enabled, selectAll }: Options): void {
  const latest = useRef({ canvasId, selectedIds, selectAll });
  latest.current = { canvasId, selectedIds, selectAll };

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target) || event.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      const { canvasId: id, selectedIds: selected } = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (!mod && !event.shiftKey && key === 'n') {
        event.preventDefault();
        startDraft(id, focusedField() ?? useCanvasEditing.getState().activeField);
      } else if (!mod && event.key === 'Enter' && focusedNoteId()) {
        event.preventDefault();
        startEdit(focusedNoteId() ?? '');
      } else if (!mod && (event.key === 'Delete' || event.key === 'Backspace') && selected.length) {
        event.preventDefault();
        deleteCanvasNotes(selected);
      } else if (mod && key === 'a') {
        event.preventDefault();
        latest.current.selectAll();
      } else if (mod && key === 'c' && selected.length) {
        if (window.getSelection()?.toString()) return;
        event.preventDefault();
        copyNotes(selected);
      } else if (mod && key === 'v') {
        event.preventDefault();
        selectNext.current = new Set(pasteNotes(id));
      } else if (mod && key === 'd') {
        event.preventDefault();
        if (selected.length) selectNext.current = new Set(duplicateNotes(selected));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, selectNext]);
}
