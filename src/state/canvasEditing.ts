import { create } from 'zustand';
import {
  boxOf,
  cleanNoteText,
  copiesOf,
  createNote,
  estimatedNoteHeight,
  NOTE_HEIGHT,
  PASTE_OFFSET,
  nextFreePosition,
  notesInField,
  notesOfCanvas,
  placeNear,
  setNoteText,
  settleNewNotes,
  withCopyHeights,
  withNotes,
  type BoardPoint,
  type CanvasField,
  type Heights,
  type Note,
  type NoteColor,
} from '../domain';
import { showCanvasNotice } from './canvasNotice';
import { refusalOf, useCanvasRoom, type RoomAction } from './canvasRoom';
import { noteHeights, recordNoteHeights } from './noteHeights';
import { deletedNotesMessage } from './deletedNotes';
import { commit, useWorkshopStore } from './workshopStore';

/** A note being written that is not on the canvas yet: committing it is one undo step, cancelling leaves no trace. */
export interface NoteDraft {
  canvasId: string;
  field: CanvasField;
  x: number;
  y: number;
}

/** The editing mode: what the person at this board is doing with notes right now. */
export type EditingMode =
  | { kind: 'idle' }
  | { kind: 'drafting'; draft: NoteDraft }
  | { kind: 'editing'; noteId: string }
  | { kind: 'dragging'; noteIds: readonly string[] };

export type EditingEvent =
  | { type: 'draft'; draft: NoteDraft }
  | { type: 'edit'; noteId: string }
  | { type: 'drag'; noteIds: readonly string[] }
  /** A note written, a change saved or cancelled, a drag dropped. */
  | { type: 'done' };

const IDLE: EditingMode = { kind: 'idle' };

/**
 * Every transition of the editing mode. Writing (drafting or editing) may hand over to another note
 * (the editor being left commits its text); a drag runs to its drop, so nothing starts during it.
 */
export function nextEditingMode(mode: EditingMode, event: EditingEvent): EditingMode {
  if (mode.kind === 'dragging') return event.type === 'done' ? IDLE : mode;
  switch (event.type) {
    case 'draft':
      return { kind: 'drafting', draft: event.draft };
    case 'edit':
      return { kind: 'editing', noteId: event.noteId };
    case 'drag':
      return mode.kind === 'idle' ? { kind: 'dragging', noteIds: event.noteIds } : mode;
    case 'done':
      return IDLE;
  }
}

interface CanvasEditingState {
  mode: EditingMode;
  /** The field that N adds to when no field or note has focus. */
  activeField: CanvasField;
  /** Colour of the next new note. */
  color: NoteColor;
  clipboard: Note[];
}

export const useCanvasEditing = create<CanvasEditingState>(() => ({
  mode: IDLE,
  activeField: 'desiredAssets',
  color: 'yellow',
  clipboard: [],
}));

export const draftOf = (mode: EditingMode): NoteDraft | null => (mode.kind === 'drafting' ? mode.draft : null);
export const editingIdOf = (mode: EditingMode): string | null => (mode.kind === 'editing' ? mode.noteId : null);

function send(event: EditingEvent): void {
  const { mode } = useCanvasEditing.getState();
  const next = nextEditingMode(mode, event);
  if (next !== mode) useCanvasEditing.setState({ mode: next });
}

const entities = () => useWorkshopStore.getState().entities;

/** True when the room allows `action` on this canvas; otherwise says why, once, over the board. */
export function allowedInRoom(canvasId: string, action: RoomAction): boolean {
  const refusal = refusalOf(useCanvasRoom.getState(), canvasId, action);
  if (refusal) showCanvasNotice(refusal);
  return refusal === null;
}

export function setActiveField(field: CanvasField): void {
  if (useCanvasEditing.getState().activeField !== field) useCanvasEditing.setState({ activeField: field });
}

export function setNewNoteColor(color: NoteColor): void {
  useCanvasEditing.setState({ color });
}

/** The one way to start a new note (N, double-click, Add note, a context menu): the room may refuse it. */
export function startDraft(canvasId: string, field: CanvasField, position?: BoardPoint): boolean {
  const current = entities();
  if (!current || !allowedInRoom(canvasId, 'addNotes')) return false;
  const siblings = notesInField(notesOfCanvas(current, canvasId), field);
  const heights = noteHeights();
  const at = position ? placeNear(position, NOTE_HEIGHT, siblings.map((n) => boxOf(n, heights))) : nextFreePosition(siblings, heights);
  send({ type: 'draft', draft: { canvasId, field, x: at.x, y: at.y } });
  setActiveField(field);
  return true;
}

export function commitDraft(text: string): void {
  const { mode, color } = useCanvasEditing.getState();
  const draft = draftOf(mode);
  if (!draft) return;
  send({ type: 'done' });
  if (text.trim() === '') return;
  commit((e) => {
    // Placed for its real length: a long note may need more room than the draft's spot had.
    const heights = noteHeights();
    const siblings = notesInField(notesOfCanvas(e, draft.canvasId), draft.field).map((n) => boxOf(n, heights));
    const position = placeNear(draft, estimatedNoteHeight(text), siblings);
    const note = createNote(Object.values(e.notes), { workshopId: e.workshop.id, canvasId: draft.canvasId, field: draft.field, text, color, position });
    return withNotes(e, [note]);
  }, { origin: 'local' });
}

export function cancelDraft(): void {
  if (draftOf(useCanvasEditing.getState().mode)) send({ type: 'done' });
}

/** The one way to start editing a note (Enter, double-click, a context menu): the room may refuse it. */
export function startEdit(noteId: string): boolean {
  const note = entities()?.notes[noteId];
  if (!note || !allowedInRoom(note.canvasId, 'editNotes')) return false;
  send({ type: 'edit', noteId });
  return true;
}

/** Empty text removes the note, with the same toast and Undo as Delete. */
export function commitEdit(noteId: string, text: string): void {
  if (editingIdOf(useCanvasEditing.getState().mode) === noteId) send({ type: 'done' });
  const note = entities()?.notes[noteId];
  if (!note) return;
  const emptied = cleanNoteText(text) === '';
  commit((e) => setNoteText(e, noteId, text), { origin: 'local', undoMessage: emptied ? deletedNotesMessage([note.text]) : undefined });
}

export function cancelEdit(): void {
  if (editingIdOf(useCanvasEditing.getState().mode)) send({ type: 'done' });
}

export function startDrag(noteIds: readonly string[]): void {
  send({ type: 'drag', noteIds });
}

export function endDrag(): void {
  if (useCanvasEditing.getState().mode.kind === 'dragging') send({ type: 'done' });
}

export function copyNotes(ids: readonly string[]): number {
  const current = entities();
  if (!current) return 0;
  const notes = ids.map((id) => current.notes[id]).filter((n): n is Note => Boolean(n));
  if (notes.length) useCanvasEditing.setState({ clipboard: notes });
  return notes.length;
}

/** Pastes the clipboard into a canvas (any canvas of the workshop); returns the new notes' IDs. */
export function pasteNotes(canvasId: string, into?: { field: CanvasField; at: BoardPoint }): string[] {
  const { clipboard } = useCanvasEditing.getState();
  if (!clipboard.length || !allowedInRoom(canvasId, 'addNotes')) return [];
  const current = entities();
  if (!current) return [];
  // "Paste here" keeps the copies' arrangement, with the first one's corner at the point.
  const origin = clipboard[0];
  const placed = copiesOf(clipboard, canvasId).map((copy) =>
    into && origin ? { ...copy, field: into.field, x: into.at.x + copy.x - origin.x - PASTE_OFFSET, y: into.at.y + copy.y - origin.y - PASTE_OFFSET } : copy,
  );
  const heights = withCopyHeights(noteHeights(), clipboard, placed);
  const copies = settleNewNotes(current, placed.map((copy) => ({ ...copy, workshopId: current.workshop.id })), heights);
  rememberHeights(copies, heights);
  commit((e) => withNotes(e, copies), { origin: 'local' });
  useCanvasEditing.setState({ clipboard: copies });
  return copies.map((n) => n.id);
}

export function duplicateNotes(ids: readonly string[]): string[] {
  const current = entities();
  if (!current) return [];
  const notes = ids.map((id) => current.notes[id]).filter((n): n is Note => Boolean(n));
  if (!notes.length || !allowedInRoom(notes[0]?.canvasId ?? '', 'addNotes')) return [];
  const copies = copiesOf(notes, notes[0]?.canvasId ?? '');
  const heights = withCopyHeights(noteHeights(), notes, copies);
  const fixed = settleNewNotes(
    current,
    copies.map((copy, i) => ({ ...copy, canvasId: notes[i]?.canvasId ?? copy.canvasId })),
    heights,
  );
  rememberHeights(fixed, heights);
  commit((e) => withNotes(e, fixed), { origin: 'local' });
  return fixed.map((n) => n.id);
}

/** Copies count as tall as their originals until they are measured, so a paste right after a paste keeps clear of them. */
function rememberHeights(copies: readonly Note[], heights: Heights): void {
  recordNoteHeights(copies.flatMap((copy) => (heights[copy.id] === undefined ? [] : [[copy.id, heights[copy.id] as number] as const])));
}
