import type * as Y from 'yjs';
import { CANVAS_FIELDS, type CanvasField } from '../domain/canvasFields';

/**
 * A participant's own document: their name and their notes, written by them only. A deleted note stays as a
 * tombstone, so that a note missing from the document never reads as "deleted" after a partial sync.
 */
export interface OutboxNote {
  field: CanvasField;
  text: string;
  /** Bumped on every edit; the facilitator's merge applies a revision once. */
  rev: number;
  /** When the participant wrote it (their device's clock; used for order only). */
  at: string;
  deleted?: true;
}

export const outboxNotes = (doc: Y.Doc) => doc.getMap<unknown>('notes');
const profile = (doc: Y.Doc) => doc.getMap<unknown>('profile');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function previousRev(doc: Y.Doc, key: string): number {
  const current = outboxNotes(doc).get(key);
  return isRecord(current) && typeof current.rev === 'number' ? current.rev : 0;
}

export function writeOutboxNote(doc: Y.Doc, key: string, note: { field: CanvasField; text: string }, at: string): void {
  outboxNotes(doc).set(key, { field: note.field, text: note.text, rev: previousRev(doc, key) + 1, at } satisfies OutboxNote);
}

export function deleteOutboxNote(doc: Y.Doc, key: string, at: string): void {
  const current = outboxNotes(doc).get(key);
  const field = isRecord(current) && CANVAS_FIELDS.includes(current.field as CanvasField) ? (current.field as CanvasField) : 'desiredAssets';
  outboxNotes(doc).set(key, { field, text: '', rev: previousRev(doc, key) + 1, at, deleted: true } satisfies OutboxNote);
}

/** The participant's own notes as their device shows them (tombstones and malformed entries left out). */
export function readOutboxNotes(doc: Y.Doc): (OutboxNote & { key: string })[] {
  const notes: (OutboxNote & { key: string })[] = [];
  outboxNotes(doc).forEach((value, key) => {
    if (!isRecord(value) || value.deleted === true) return;
    const { field, text, rev, at } = value;
    if (!CANVAS_FIELDS.includes(field as CanvasField) || typeof text !== 'string' || typeof rev !== 'number') return;
    notes.push({ key, field: field as CanvasField, text, rev, at: typeof at === 'string' ? at : '' });
  });
  return notes.sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
}

export function setProfileName(doc: Y.Doc, name: string): void {
  if (profile(doc).get('name') !== name) profile(doc).set('name', name);
}

export function readProfileName(doc: Y.Doc): string | null {
  const name = profile(doc).get('name');
  return typeof name === 'string' ? name : null;
}
