import {
  DEFAULT_CANVAS_TITLE,
  addCanvas,
  canvasesInOrder,
  createCanvas,
  deleteCanvas,
  duplicateCanvas,
  moveNotes,
  nudgeNote,
  recolorNotes,
  removeNotes,
  renameCanvas,
  restoreCanvas,
  settleMoves,
  tidyCanvas,
  type CanvasField,
  type Direction,
  type FieldRects,
  type NoteColor,
  type TidyOrder,
  type NoteMove,
  type WorkshopEntities,
} from '../domain';
import { allowedInRoom } from './canvasEditing';
import { showCanvasNotice } from './canvasNotice';
import { noteHeights } from './noteHeights';
import { goToSection } from './route';
import { showToast } from './toasts';
import { updateWorkshop, useWorkshopStore } from './workshopStore';

const current = () => useWorkshopStore.getState().entities;

export function createCanvasAndOpen(input: { title: string; partnerId: string | null } = { title: DEFAULT_CANVAS_TITLE, partnerId: null }): void {
  const entities = current();
  if (!entities) return;
  const canvas = createCanvas(entities.workshop.id, input);
  updateWorkshop((e) => addCanvas(e, canvas));
  goToSection(entities.workshop.id, 'canvas', canvas.id);
}

export function renameCanvasTo(id: string, title: string): void {
  updateWorkshop((e) => renameCanvas(e, id, title));
}

export function duplicateCanvasAndOpen(id: string): void {
  let createdId: string | null = null;
  updateWorkshop((e) => {
    const result = duplicateCanvas(e, id);
    createdId = result.canvas?.id ?? null;
    return result.entities;
  });
  const entities = current();
  if (entities && createdId) goToSection(entities.workshop.id, 'canvas', createdId);
}

/** Deletes a canvas and its notes; the toast (and Undo) bring it back. */
export function deleteCanvasWithRestore(id: string): void {
  const entities = current();
  if (!entities) return;
  const { entities: next, removed } = deleteCanvas(entities, id);
  if (!removed) return;
  updateWorkshop(() => next);
  const workshopId = entities.workshop.id;
  const remaining = canvasesInOrder(next);
  goToSection(workshopId, 'canvas', remaining[0]?.id ?? null);
  const count = removed.notes.length;
  showToast({
    message: `Deleted “${removed.canvas.title}” and its ${count} ${count === 1 ? 'note' : 'notes'}.`,
    tone: 'info',
    action: {
      label: 'Restore canvas',
      run: () => {
        updateWorkshop((e: WorkshopEntities) => restoreCanvas(e, removed));
        if (current()?.workshop.id === workshopId) goToSection(workshopId, 'canvas', removed.canvas.id);
      },
    },
  });
}

/** Moves dropped notes; each settles at the free spot nearest its drop, so none lands on another. */
export function moveCanvasNotes(moves: readonly NoteMove[]): void {
  if (moves.length) updateWorkshop((e) => moveNotes(e, settleMoves(e, moves, noteHeights())));
}

/** Arrow keys: each selected note one step that way (see nudgeNote); at the board's edge, says why it stays. */
export function nudgeCanvasNotes(ids: readonly string[], direction: Direction, big: boolean, rects: FieldRects): void {
  const entities = current();
  if (!entities || !changeableCanvas(ids, 'moveNotes')) return;
  let next = entities;
  for (const id of ids) {
    const result = nudgeNote(next, id, direction, big, rects, noteHeights());
    if ('refusal' in result) {
      if (result.refusal) showCanvasNotice(result.refusal);
      continue;
    }
    next = moveNotes(next, [result.move]);
  }
  if (next !== entities) updateWorkshop(() => next);
}

/** Tidy field / Tidy canvas: a grid in the chosen order, one undo step. */
export function tidyCanvasNotes(canvasId: string, order: TidyOrder, fields?: readonly CanvasField[]): void {
  if (allowedInRoom(canvasId, 'moveNotes')) updateWorkshop((e) => tidyCanvas(e, canvasId, order, { fields, heights: noteHeights() }));
}

/** The canvas of the first listed note, when the room allows `action` there. */
function changeableCanvas(ids: readonly string[], action: 'editNotes' | 'moveNotes' = 'editNotes'): string | null {
  const note = ids.map((id) => current()?.notes[id]).find(Boolean);
  return note && allowedInRoom(note.canvasId, action) ? note.canvasId : null;
}

export function recolorCanvasNotes(ids: readonly string[], color: NoteColor): void {
  if (ids.length && changeableCanvas(ids)) updateWorkshop((e) => recolorNotes(e, ids, color));
}

export function deleteCanvasNotes(ids: readonly string[]): void {
  if (ids.length && changeableCanvas(ids)) updateWorkshop((e) => removeNotes(e, ids));
}
