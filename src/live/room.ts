import type * as Y from 'yjs';

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

export interface BoardRoom {
  timer: RoomTimer | null;
}

export const EMPTY_ROOM: BoardRoom = { timer: null };

const roomMap = (doc: Y.Doc) => doc.getMap<unknown>('room');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Brings the board's room map to this state in one transaction, touching only the keys that changed. */
export function publishRoom(doc: Y.Doc, room: BoardRoom): void {
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

/** The room as a device reads it: anything malformed reads as not set. */
export function readRoom(doc: Y.Doc): BoardRoom {
  const map = roomMap(doc);
  return { timer: readRoomTimer(map.get('timer')) };
}
