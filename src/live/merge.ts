import type { WorkshopEntities } from '../domain/bundle';
import { createNote, notesInField, notesOfCanvas, updateNotes, withNotes } from '../domain/canvasNotes';
import { estimatedNoteHeight, nextFreePosition, type Heights } from '../domain/notePlacement';
import { nowIso } from '../domain/ids';
import { noteSchema, type Note } from '../domain/records';
import { sameAck, type Ack } from './inbox';
import { LIVE_LIMITS } from './limits';
import { readParticipantNote, type ParticipantNote } from './participantNote';

export interface LiveParticipant {
  id: string;
  /** Shown on their notes in a named session. */
  name: string;
}

export interface MergeOptions {
  canvasId: string;
  named: boolean;
  at?: string;
  /** Notes' heights as measured on the facilitator's screen, where known (else estimated from their text). */
  heights?: Heights;
  /** The facilitator locked the board: no participant's note is added, changed or deleted until it is unlocked. */
  locked?: boolean;
}

/**
 * The outbox entries one merge reads: the earliest written, at most `outboxEntries` (live notes, tombstones and
 * refusals of an honest participant stay far below it), so a hostile outbox of thousands costs no more than this.
 * Participant notes go on the canvas in the order they were written, so the note limit keeps the earliest.
 */
function earliestEntries(outbox: Iterable<[string, unknown]>): ParticipantNote[] {
  const writtenAt = (value: unknown) => {
    const at = typeof value === 'object' && value !== null ? (value as { at?: unknown }).at : undefined;
    return typeof at === 'string' ? at : '';
  };
  const entries = [...outbox].map(([key, value]) => ({ key, value, at: writtenAt(value) }));
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return entries.slice(0, LIVE_LIMITS.outboxEntries).map(({ key, value }) => readParticipantNote(key, value));
}

/**
 * Applies one participant's outbox to the canvas (docs/ARCHITECTURE.md, "Live sessions"): each note is read at the one way in, added once,
 * updated (text only) when the participant edits it, removed when they delete it, and answered with an
 * acknowledgement for their inbox. Pure: the same inputs always give the same canvas, so merging again after a
 * reload, a restart or a reconnect adds nothing twice. A note the facilitator deleted stays deleted.
 */
export function mergeParticipant(
  entities: WorkshopEntities,
  options: MergeOptions,
  participant: LiveParticipant,
  outbox: Iterable<[string, unknown]>,
  acks: ReadonlyMap<string, Ack>,
): { entities: WorkshopEntities; result: Map<string, Ack> } {
  const changed = new Map<string, Ack>();
  if (!entities.canvases[options.canvasId]) return { entities, result: changed };
  const at = options.at ?? nowIso();
  let next = entities;
  const ownByKey = new Map<string, Note>();
  for (const note of notesOfCanvas(next, options.canvasId)) if (note.live?.participant === participant.id) ownByKey.set(note.live.key, note);
  let count = ownByKey.size;
  const find = (key: string, ack: Ack | undefined): Note | undefined => {
    const acked = ack?.noteId ? next.notes[ack.noteId] : undefined;
    return acked?.live?.participant === participant.id ? acked : ownByKey.get(key);
  };

  for (const entry of earliestEntries(outbox)) {
    const ack = acks.get(entry.key);
    const answer = (reply: Ack) => {
      if (!sameAck(ack, reply)) changed.set(entry.key, reply);
    };
    if (!entry.ok) {
      answer({ status: 'refused', rev: entry.rev, reason: entry.reason });
      continue;
    }
    const note = find(entry.key, ack);
    const applied = ack !== undefined && entry.rev <= ack.rev && ack.reason !== 'locked';
    if (options.locked && !applied) {
      // Refused here, not only in their UI (a script can write the outbox); it goes in once the board is unlocked.
      answer({ status: 'refused', rev: entry.rev, reason: 'locked', ...(note ? { noteId: note.id } : {}) });
      continue;
    }
    if (entry.deleted) {
      if (note) {
        next = withNotes(next, [], [note.id]);
        ownByKey.delete(note.live?.key ?? entry.key);
        count--;
      }
      answer({ status: 'deleted', rev: entry.rev });
      continue;
    }
    if (!note && ack && (ack.noteId || ack.status === 'removed' || ack.status === 'deleted')) {
      // Once on the canvas and gone now: the facilitator deleted it, and it stays deleted.
      answer({ status: ack.status === 'deleted' ? 'deleted' : 'removed', rev: entry.rev });
      continue;
    }
    const status = entry.clamped ? 'clamped' : 'on-canvas';
    if (note) {
      if (!applied) {
        next = updateNotes(next, [note.id], (n) => withParticipantText(n, entry.text, entry.clamped), at);
        ownByKey.set(entry.key, next.notes[note.id] ?? note);
      }
      answer({ status, rev: entry.rev, noteId: note.id });
      continue;
    }
    if (count >= LIVE_LIMITS.notesPerParticipant) {
      answer({ status: 'refused', rev: entry.rev, reason: 'limit' });
      continue;
    }
    // A free spot in its field for a note of its length, so participants' notes never bury anyone's.
    const position = nextFreePosition(notesInField(notesOfCanvas(next, options.canvasId), entry.field), options.heights, estimatedNoteHeight(entry.text));
    const created = createNote(Object.values(next.notes), { workshopId: next.workshop.id, canvasId: options.canvasId, field: entry.field, text: entry.text, color: 'yellow', position }, at);
    const candidate: Note = {
      ...created,
      ...(options.named ? { author: participant.name } : {}),
      live: { participant: participant.id, key: entry.key, ...(entry.clamped ? { clamped: true } : {}) },
    };
    if (!noteSchema.safeParse(candidate).success) {
      answer({ status: 'refused', rev: entry.rev, reason: 'invalid' });
      continue;
    }
    next = withNotes(next, [candidate]);
    ownByKey.set(entry.key, candidate);
    count++;
    answer({ status, rev: entry.rev, noteId: candidate.id });
  }
  return { entities: next, result: changed };
}

/** A participant's later edit changes the text (and its clamp marker) only: place, colour and field stay the facilitator's. */
function withParticipantText(note: Note, text: string, clamped: boolean): Note {
  if (note.text === text && Boolean(note.live?.clamped) === clamped) return note;
  const live = note.live ? { participant: note.live.participant, key: note.live.key, ...(clamped ? { clamped: true } : {}) } : undefined;
  return { ...note, text, ...(live ? { live } : {}) };
}
