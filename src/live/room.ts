import type * as Y from 'yjs';
import { CANVAS_FIELDS, type CanvasField } from '../domain/canvasFields';

/**
 * The room's state on the shared board (written by the facilitator's app only, read by every device): the
 * timer, and what the facilitator asks of the room. Times are the server's clock: the facilitator's app runs on
 * the server's computer, and each participant's device converts them with an offset measured at connect
 * (serverClock.ts), so a phone whose clock is off still counts down with the room.
 */
export type RoomTimer =
  | { status: 'running'; durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number }
  | { status: 'done'; durationMs: number };

/** The canvas's latest voting round, as participants need it. */
export interface RoomRound {
  id: string;
  open: boolean;
  votesPerPerson: number;
  onePerNote: boolean;
  revealed: boolean;
}

export interface BoardRoom {
  timer: RoomTimer | null;
  round: RoomRound | null;
  /** Dots per board note, published only once the facilitator reveals them: hidden counts never leave the laptop. */
  results: Record<string, number> | null;
  /** Silent brainstorming: new notes stay with their authors until the facilitator reveals them. */
  hidden: boolean;
  /** Lock board: participants can't add or change notes until it is unlocked. */
  locked: boolean;
  /** Bring everyone here: the field every device scrolls to; `at` (the facilitator's clock) tells a new request. */
  focus: { field: CanvasField; at: number } | null;
}

export const EMPTY_ROOM: BoardRoom = { timer: null, round: null, results: null, hidden: false, locked: false, focus: null };

const roomMap = (doc: Y.Doc) => doc.getMap<unknown>('room');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Brings the board's room map to this state in one transaction, touching only the keys that changed. */
export function publishRoom(doc: Y.Doc, room: Partial<BoardRoom>): void {
  const map = roomMap(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(room)) {
      if (JSON.stringify(map.get(key) ?? null) !== JSON.stringify(value)) map.set(key, value);
    }
  });
}

export function readRoomTimer(value: unknown): RoomTimer | null {
  if (!isRecord(value) || !isTime(value.durationMs)) return null;
  const { durationMs } = value;
  if (value.status === 'running' && isTime(value.endsAt)) return { status: 'running', durationMs, endsAt: value.endsAt };
  if (value.status === 'paused' && isTime(value.remainingMs)) return { status: 'paused', durationMs, remainingMs: value.remainingMs };
  if (value.status === 'done') return { status: 'done', durationMs };
  return null;
}

function readRound(value: unknown): RoomRound | null {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.votesPerPerson !== 'number') return null;
  return { id: value.id, open: value.open === true, votesPerPerson: Math.max(0, Math.floor(value.votesPerPerson)), onePerNote: value.onePerNote === true, revealed: value.revealed === true };
}

function readResults(value: unknown): Record<string, number> | null {
  if (!isRecord(value)) return null;
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => isTime(entry[1])));
}

function readFocus(value: unknown): BoardRoom['focus'] {
  if (!isRecord(value) || !CANVAS_FIELDS.includes(value.field as CanvasField) || !isTime(value.at)) return null;
  return { field: value.field as CanvasField, at: value.at };
}

/** The room as a device reads it: anything malformed reads as not set. */
export function readRoom(doc: Y.Doc): BoardRoom {
  const map = roomMap(doc);
  return {
    timer: readRoomTimer(map.get('timer')),
    round: readRound(map.get('round')),
    results: readResults(map.get('results')),
    hidden: map.get('hidden') === true,
    locked: map.get('locked') === true,
    focus: readFocus(map.get('focus')),
  };
}
