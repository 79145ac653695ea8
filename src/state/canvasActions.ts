import {
  DEFAULT_CANVAS_TITLE,
  addCanvas,
  canvasesInOrder,
  createCanvas,
  deleteCanvas,
  duplicateCanvas,
  moveNotes,
  nudgeNote,
  plural,
  recolorNotes,
  removeNotes,
  renameCanvas,
  settleMoves,
  tidyCanvas,
  type CanvasField,
  type Direction,
  type FieldRects,
  type NoteColor,
  type TidyOrder,
  type NoteMove,
} from '../domain';
import { allowedInRoom } from './canvasEditing';
import { showCanvasNotice } from './canvasNotice';
import { noteHeights } from './noteHeights';
import { deletedNotesMessage } from './deletedNotes';
import { goToSection } from './route';
import { commit, useWorkshopStore } from './workshopStore';

const current = () => useWorkshopStore.getState().entities;

export function createCanvasAndOpen(input: { title: string; partnerId: string | null } = { title: DEFAULT_CANVAS_TITLE, partnerId: null }): void {
  const entities = current();
  if (!entities) return;
  const canvas = createCanvas(entities.workshop.id, input);
  commit((e) => addCanvas(e, canvas), { origin: 'local' });
  goToSection(entities.workshop.id, 'canvas', canvas.id);
}

export function renameCanvasTo(id: string, title: string): void {
  commit((e) => renameCanvas(e, id, title), { origin: 'local' });
}

export function duplicateCanvasAndOpen(id: string): void {
  const created = commit((e) => duplicateCanvas(e, id), { origin: 'local' });
  const entities = current();
  if (entities && created) goToSection(entities.workshop.id, 'canvas', created.id);
}

/** Deletes a canvas and its notes; the toast's "Restore canvas" brings both back and shows it. */
export function deleteCanvasWithRestore(id: string): void {
  const entities = current();
  const canvas = entities?.canvases[id];
  if (!entities || !canvas) return;
  const workshopId = entities.workshop.id;
  const count = Object.values(entities.notes).filter((note) => note.canvasId === id).length;
  commit((e) => deleteCanvas(e, id), {
    origin: 'local',
    undoMessage: `Deleted “${canvas.title}” and its ${plural(count, 'note', 'notes')}.`,
    undoLabel: 'Restore canvas',
    onUndone: () => {
      if (current()?.workshop.id === workshopId && current()?.canvases[id]) goToSection(workshopId, 'canvas', id);
    },
  });
  const remaining = current() ? canvasesInOrder(current()!) : [];
  goToSection(workshopId, 'canvas', remaining[0]?.id ?? null);
}

/** Moves dropped notes; each settles at the free spot nearest its drop, so none lands on another. */
export function moveCanvasNotes(moves: readonly NoteMove[]): void {
  if (moves.length) commit((e) => moveNotes(e, settleMoves(e, moves, noteHeights())), { origin: 'local' });
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
  if (next !== entities) commit(() => next, { origin: 'local' });
}

/** Tidy field / Tidy canvas: a grid in the chosen order, one undo step. */
export function tidyCanvasNotes(canvasId: string, order: TidyOrder, fields?: readonly CanvasField[]): void {
  if (allowedInRoom(canvasId, 'moveNotes')) commit((e) => tidyCanvas(e, canvasId, order, { fields, heights: noteHeights() }), { origin: 'local' });
}

/** The canvas of the first listed note, when the room allows `action` there. */
function changeableCanvas(ids: readonly string[], action: 'editNotes' | 'moveNotes' = 'editNotes'): string | null {
  const note = ids.map((id) => current()?.notes[id]).find(Boolean);
  return note && allowedInRoom(note.canvasId, action) ? note.canvasId : null;
}

export function recolorCanvasNotes(ids: readonly string[], color: NoteColor): void {
  if (ids.length && changeableCanvas(ids)) commit((e) => recolorNotes(e, ids, color), { origin: 'local' });
}

/** Deletes notes; a toast says which and offers Undo (the text stays out of it while notes are hidden). */
export function deleteCanvasNotes(ids: readonly string[]): void {
  const before = current();
  if (!before || !ids.length || !changeableCanvas(ids)) return;
  commit((e) => removeNotes(e, ids), { origin: 'local', undoMessage: deletedNotesMessage(ids.map((id) => before.notes[id]?.text ?? '')) });
}

