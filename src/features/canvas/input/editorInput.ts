import { CANVAS_FIELDS, FIELD_HEADER, NOTE_WIDTH, type CanvasField, type Direction } from '../../../domain';
import { deleteCanvasNotes, nudgeCanvasNotes } from '../../../state/canvasActions';
import { copyNotes, duplicateNotes, pasteNotes, setActiveField, startDraft, startEdit, useCanvasEditing } from '../../../state/canvasEditing';
import { boardCommand } from '../boardCommands';
import type { BoardContext, ModeInput } from './types';

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

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** The selected notes, or else the note that has focus. */
const targets = (selected: readonly string[]) => (selected.length ? selected : [focusedNoteId()].filter((id): id is string => Boolean(id)));

/** Shift+F10 or the menu key: the menu of the focused note (or selection), else of the focused field. */
function openMenuFromKeyboard(ctx: BoardContext): void {
  const el = document.activeElement as HTMLElement | null;
  const rect = el?.getBoundingClientRect();
  const at = rect ? { x: rect.left + 12, y: rect.top + 12 } : { x: 100, y: 100 };
  const noteId = focusedNoteId();
  if (noteId) ctx.openMenu({ kind: 'notes', ids: ctx.selectedIds.includes(noteId) ? [...ctx.selectedIds] : [noteId] }, at);
  else if (ctx.selectedIds.length) ctx.openMenu({ kind: 'notes', ids: [...ctx.selectedIds] }, at);
  else {
    const field = focusedField() ?? useCanvasEditing.getState().activeField;
    ctx.openMenu({ kind: 'field', field, at: { x: 16, y: FIELD_HEADER } }, at);
  }
}

/** The board at rest: writing, selecting and the clipboard. The room's rules refuse what they forbid, with a reason. */
export const editorInput: ModeInput = {
  name: 'editor',
  key(event, ctx) {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    const selected = ctx.selectedIds;
    if (!mod && !event.shiftKey && key === 'n') startDraft(ctx.canvasId, focusedField() ?? useCanvasEditing.getState().activeField);
    else if (!mod && event.key === 'Enter' && focusedNoteId()) startEdit(focusedNoteId() ?? '');
    else if (!mod && (event.key === 'Delete' || event.key === 'Backspace') && selected.length) deleteCanvasNotes(selected);
    else if (!mod && event.key === 'Escape' && selected.length) ctx.clearSelection();
    else if (!mod && ARROWS[event.key] && targets(selected).length) nudgeCanvasNotes(targets(selected), ARROWS[event.key] as Direction, event.shiftKey, ctx.rects);
    else if ((event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) && !mod) openMenuFromKeyboard(ctx);
    else if (mod && key === 'a') ctx.selectAll();
    else if (mod && key === 'c' && selected.length) {
      if (window.getSelection()?.toString()) return false;
      copyNotes(selected);
    } else if (mod && key === 'v') ctx.selectWhenShown(pasteNotes(ctx.canvasId));
    else if (mod && key === 'd') ctx.selectWhenShown(selected.length ? duplicateNotes(selected) : []);
    else if (!mod && (event.key === '+' || event.key === '=')) boardCommand('zoomBy')?.(1.2);
    else if (!mod && event.key === '-') boardCommand('zoomBy')?.(1 / 1.2);
    else if (!mod && event.key === '0') boardCommand('fitToWindow')?.();
    else return false;
    return true;
  },
  noteClick(_event, _noteId, field) {
    setActiveField(field);
    return true;
  },
  noteDoubleClick(_event, noteId) {
    startEdit(noteId);
    return true;
  },
  paneDoubleClick(event, ctx) {
    if (!(event.target as Element).classList.contains('react-flow__pane')) return false;
    const hit = ctx.fieldAt({ x: event.clientX, y: event.clientY });
    if (!hit) return false;
    startDraft(ctx.canvasId, hit.field, { x: hit.point.x - NOTE_WIDTH / 2, y: Math.max(FIELD_HEADER, hit.point.y - 24) });
    return true;
  },
};
