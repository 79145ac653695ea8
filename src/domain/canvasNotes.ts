import type { WorkshopEntities } from './bundle';
import { FIELD_PADDING, FIELD_WIDTH, NOTE_WIDTH, type BoardPoint } from './canvasLayout';
import { nextFreePosition } from './notePlacement';
import { newId, nowIso } from './ids';
import { LIMITS, type CanvasField, type Note, type NoteColor } from './records';

export const NOTE_TEXT_LIMIT = LIMITS.longText;
/** Where a pasted or duplicated note lands, relative to its original. */
export const PASTE_OFFSET = 28;

export function notesOfCanvas(entities: Pick<WorkshopEntities, 'notes'>, canvasId: string): Note[] {
  return Object.values(entities.notes).filter((note) => note.canvasId === canvasId);
}

export function notesInField(notes: readonly Note[], field: CanvasField): Note[] {
  return notes.filter((note) => note.field === field).sort((a, b) => a.order - b.order);
}

/** Text as stored: Windows line ends unified, trailing blank lines dropped, within the schema limit. */
export function cleanNoteText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\s+$/u, '').replace(/^\n+/, '').slice(0, NOTE_TEXT_LIMIT);
}

export interface NewNoteInput {
  workshopId: string;
  canvasId: string;
  field: CanvasField;
  text: string;
  color: NoteColor;
  position?: BoardPoint;
}

export function createNote(existing: readonly Note[], input: NewNoteInput, at: string = nowIso()): Note {
  const siblings = notesInField(existing.filter((n) => n.canvasId === input.canvasId), input.field);
  const position = input.position ?? nextFreePosition(siblings);
  return {
    id: newId(),
    createdAt: at,
    updatedAt: at,
    rev: 0,
    workshopId: input.workshopId,
    canvasId: input.canvasId,
    field: input.field,
    text: cleanNoteText(input.text),
    color: input.color,
    votes: 0,
    x: Math.round(position.x),
    y: Math.round(position.y),
    order: siblings.reduce((max, n) => Math.max(max, n.order + 1), 0),
  };
}

/** Replaces and removes notes in one new entities object; untouched notes keep their identity. */
export function withNotes(entities: WorkshopEntities, changed: readonly Note[], removedIds: readonly string[] = []): WorkshopEntities {
  if (changed.length === 0 && removedIds.length === 0) return entities;
  const notes: Record<string, Note> = { ...entities.notes };
  for (const id of removedIds) delete notes[id];
  for (const note of changed) notes[note.id] = note;
  return withoutVotesOn({ ...entities, notes }, removedIds);
}

/** A deleted note's dots go with it (the record-kinds table's cascade, without walking every kind). */
function withoutVotesOn(entities: WorkshopEntities, removedIds: readonly string[]): WorkshopEntities {
  if (removedIds.length === 0) return entities;
  const gone = new Set(removedIds);
  const stale = Object.values(entities.votes).filter((v) => gone.has(v.noteId));
  if (stale.length === 0) return entities;
  const votes = { ...entities.votes };
  for (const vote of stale) delete votes[vote.id];
  return { ...entities, votes };
}

/** Applies `change` to each listed note; a change that returns the same note leaves it untouched. */
export function updateNotes(entities: WorkshopEntities, ids: readonly string[], change: (note: Note) => Note, at: string = nowIso()): WorkshopEntities {
  const changed: Note[] = [];
  for (const id of ids) {
    const note = entities.notes[id];
    if (!note) continue;
    const next = change(note);
    if (next !== note) changed.push({ ...next, updatedAt: at });
  }
  return withNotes(entities, changed);
}

/** A live participant's note that was cut to the limit loses its marker once someone rewrites it. */
function unclamped(note: Note): Partial<Note> {
  return note.live?.clamped ? { live: { participant: note.live.participant, key: note.live.key } } : {};
}

export function setNoteText(entities: WorkshopEntities, id: string, text: string, at: string = nowIso()): WorkshopEntities {
  const clean = cleanNoteText(text);
  if (clean === '') return withNotes(entities, [], [id]);
  return updateNotes(entities, [id], (note) => (note.text === clean ? note : { ...note, text: clean, ...unclamped(note) }), at);
}

export function recolorNotes(entities: WorkshopEntities, ids: readonly string[], color: NoteColor, at: string = nowIso()): WorkshopEntities {
  return updateNotes(entities, ids, (note) => (note.color === color ? note : { ...note, color }), at);
}

export interface NoteMove extends BoardPoint {
  id: string;
  field: CanvasField;
}

/** Moves notes, possibly into other fields; a note entering a field goes to the end of its order. */
export function moveNotes(entities: WorkshopEntities, moves: readonly NoteMove[], at: string = nowIso()): WorkshopEntities {
  const byId = new Map(moves.map((move) => [move.id, move]));
  return updateNotes(
    entities,
    [...byId.keys()],
    (note) => {
      const move = byId.get(note.id);
      if (!move) return note;
      const x = Math.round(move.x);
      const y = Math.round(move.y);
      if (note.field === move.field && note.x === x && note.y === y) return note;
      const order = note.field === move.field ? note.order : Math.max(-1, ...notesInField(notesOfCanvas(entities, note.canvasId), move.field).map((n) => n.order)) + 1;
      return { ...note, field: move.field, x, y, order };
    },
    at,
  );
}

export function removeNotes(entities: WorkshopEntities, ids: readonly string[]): WorkshopEntities {
  return withNotes(entities, [], ids.filter((id) => entities.notes[id]));
}

const MAX_NOTE_X = FIELD_WIDTH - NOTE_WIDTH - FIELD_PADDING / 2;

/** Copies of notes (fresh IDs, no votes) placed into `canvasId`, shifted so they don't hide their originals, within their field. */
export function copiesOf(notes: readonly Note[], canvasId: string, offset: number = PASTE_OFFSET, at: string = nowIso()): Note[] {
  return notes.map((note, i) => ({
    ...note,
    id: newId(),
    createdAt: at,
    updatedAt: at,
    canvasId,
    votes: 0,
    x: Math.min(note.x + offset, Math.max(note.x, MAX_NOTE_X)),
    y: note.y + offset,
    order: note.order + 0.5 + i / 1000,
  }));
}
