import type * as Y from 'yjs';
import { CANVAS_FIELDS, NOTE_COLORS, type CanvasField, type NoteColor } from '../domain/canvasFields';
import type { Note } from '../domain/records';

/** The shared board, written by the facilitator's app only: the session's state and the canvas's notes. */
export interface BoardSession {
  status: 'open' | 'ended';
  title: string;
  /** Named session: notes show their author; anonymous: no names anywhere on the board. */
  named: boolean;
}

export interface BoardNote {
  field: CanvasField;
  text: string;
  color: NoteColor;
  order: number;
  author?: string;
  /**
   * The participant's own key for a note they wrote (random, says nothing about who): their device shows its
   * own copy in its place even before the facilitator's acknowledgement reaches it.
   */
  key?: string;
}

const sessionMap = (doc: Y.Doc) => doc.getMap<unknown>('session');
const notesMap = (doc: Y.Doc) => doc.getMap<BoardNote>('notes');

/** What the board shows of a canvas's notes. */
export function boardNotesOf(notes: readonly Note[], named: boolean): Map<string, BoardNote> {
  const board = new Map<string, BoardNote>();
  for (const note of notes) {
    const entry: BoardNote = { field: note.field, text: note.text, color: note.color, order: note.order };
    if (named && note.author) entry.author = note.author;
    if (note.live) entry.key = note.live.key;
    board.set(note.id, entry);
  }
  return board;
}

const sameNote = (a: BoardNote | undefined, b: BoardNote) =>
  a !== undefined && a.field === b.field && a.text === b.text && a.color === b.color && a.order === b.order && a.author === b.author && a.key === b.key;

/** Brings the board document to this state in one transaction, touching only what changed. */
export function publishBoard(doc: Y.Doc, session: BoardSession, notes: ReadonlyMap<string, BoardNote>): void {
  const meta = sessionMap(doc);
  const board = notesMap(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(session)) if (meta.get(key) !== value) meta.set(key, value);
    for (const id of [...board.keys()]) if (!notes.has(id)) board.delete(id);
    for (const [id, note] of notes) if (!sameNote(board.get(id), note)) board.set(id, note);
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The board as a participant's device reads it: anything malformed is skipped. */
export function readBoard(doc: Y.Doc): { session: BoardSession | null; notes: (BoardNote & { id: string })[] } {
  const meta = sessionMap(doc);
  const status = meta.get('status');
  const session: BoardSession | null =
    status === 'open' || status === 'ended' ? { status, title: String(meta.get('title') ?? ''), named: meta.get('named') === true } : null;
  const notes: (BoardNote & { id: string })[] = [];
  notesMap(doc).forEach((value, id) => {
    if (!isRecord(value)) return;
    const { field, text, color, order, author, key } = value;
    if (!CANVAS_FIELDS.includes(field as CanvasField) || typeof text !== 'string') return;
    notes.push({
      id,
      field: field as CanvasField,
      text,
      color: NOTE_COLORS.includes(color as NoteColor) ? (color as NoteColor) : 'yellow',
      order: typeof order === 'number' ? order : 0,
      ...(typeof author === 'string' ? { author } : {}),
      ...(typeof key === 'string' ? { key } : {}),
    });
  });
  return { session, notes: notes.sort((a, b) => a.order - b.order) };
}
