import { create } from 'zustand';
import {
  copiesOf,
  createNote,
  nextFreePosition,
  notesInField,
  notesOfCanvas,
  setNoteText,
  withNotes,
  type BoardPoint,
  type CanvasField,
  type Note,
  type NoteColor,
} from '../domain';
import { updateWorkshop, useWorkshopStore } from './workshopStore';

/** A note being written that is not on the canvas yet: committing it is one undo step, cancelling leaves no trace. */
export interface NoteDraft {
  canvasId: string;
  field: CanvasField;
  x: number;
  y: number;
}

interface CanvasEditingState {
  draft: NoteDraft | null;
  editingId: string | null;
  /** The field that N adds to when no field or note has focus. */
  activeField: CanvasField;
  /** Colour of the next new note. */
  color: NoteColor;
  clipboard: Note[];
}

export const useCanvasEditing = create<CanvasEditingState>(() => ({
  draft: null,
  editingId: null,
  activeField: 'desiredAssets',
  color: 'yellow',
  clipboard: [],
}));

const entities = () => useWorkshopStore.getState().entities;

export function setActiveField(field: CanvasField): void {
  if (useCanvasEditing.getState().activeField !== field) useCanvasEditing.setState({ activeField: field });
}

export function setNewNoteColor(color: NoteColor): void {
  useCanvasEditing.setState({ color });
}

export function startDraft(canvasId: string, field: CanvasField, position?: BoardPoint): void {
  const current = entities();
  if (!current) return;
  const at = position ?? nextFreePosition(notesInField(notesOfCanvas(current, canvasId), field));
  useCanvasEditing.setState({ draft: { canvasId, field, x: at.x, y: at.y }, editingId: null, activeField: field });
}

export function commitDraft(text: string): void {
  const { draft, color } = useCanvasEditing.getState();
  useCanvasEditing.setState({ draft: null });
  if (!draft || text.trim() === '') return;
  updateWorkshop((e) => {
    const note = createNote(Object.values(e.notes), { workshopId: e.workshop.id, canvasId: draft.canvasId, field: draft.field, text, color, position: draft });
    return withNotes(e, [note]);
  });
}

export function cancelDraft(): void {
  if (useCanvasEditing.getState().draft) useCanvasEditing.setState({ draft: null });
}

export function startEdit(noteId: string): void {
  useCanvasEditing.setState({ editingId: noteId, draft: null });
}

/** Empty text removes the note (one undo step brings it back). */
export function commitEdit(noteId: string, text: string): void {
  if (useCanvasEditing.getState().editingId === noteId) useCanvasEditing.setState({ editingId: null });
  updateWorkshop((e) => (e.notes[noteId] ? setNoteText(e, noteId, text) : e));
}

export function cancelEdit(): void {
  if (useCanvasEditing.getState().editingId) useCanvasEditing.setState({ editingId: null });
}

export function copyNotes(ids: readonly string[]): number {
  const current = entities();
  if (!current) return 0;
  const notes = ids.map((id) => current.notes[id]).filter((n): n is Note => Boolean(n));
  if (notes.length) useCanvasEditing.setState({ clipboard: notes });
  return notes.length;
}

/** Pastes the clipboard into a canvas (any canvas of the workshop); returns the new notes' IDs. */
export function pasteNotes(canvasId: string): string[] {
  const { clipboard } = useCanvasEditing.getState();
  if (!clipboard.length) return [];
  const copies = copiesOf(clipboard, canvasId);
  updateWorkshop((e) => withNotes(e, copies.map((copy) => ({ ...copy, workshopId: e.workshop.id }))));
  useCanvasEditing.setState({ clipboard: copies });
  return copies.map((n) => n.id);
}

export function duplicateNotes(ids: readonly string[]): string[] {
  const current = entities();
  if (!current) return [];
  const notes = ids.map((id) => current.notes[id]).filter((n): n is Note => Boolean(n));
  if (!notes.length) return [];
  const copies = copiesOf(notes, notes[0]?.canvasId ?? '');
  const fixed = copies.map((copy, i) => ({ ...copy, canvasId: notes[i]?.canvasId ?? copy.canvasId }));
  updateWorkshop((e) => withNotes(e, fixed));
  return fixed.map((n) => n.id);
}
