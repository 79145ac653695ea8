import { FIELD_HEADER, FIELD_PADDING, FIELD_WIDTH, NOTE_GAP_X, NOTE_GAP_Y, NOTE_HEIGHT, NOTE_WIDTH, slotPosition, type BoardPoint } from './canvasLayout';
import type { Note } from './records';

/**
 * Collision-aware placement: a note that is added, pasted, dropped or moved goes to the free spot of
 * its field nearest where it was wanted, keeping at least a gap to every other note.
 */

/** A note's place in its field and its height (measured on screen where known). */
export interface NoteBox extends BoardPoint {
  height: number;
}

const LINE_HEIGHT = 25;
const CHARS_PER_LINE = 16;
const TEXT_PADDING = 20;
/** Notes show at most this many lines (the rest behind "Show more"). */
const MAX_LINES = 8;

/** A note's height before it is on screen, estimated generously from its text. */
export function estimatedNoteHeight(text: string): number {
  const lines = text.split('\n').reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / CHARS_PER_LINE)), 0);
  return Math.max(NOTE_HEIGHT, TEXT_PADDING + Math.min(lines, MAX_LINES) * LINE_HEIGHT + (lines > MAX_LINES ? LINE_HEIGHT : 0));
}

export type Heights = Readonly<Record<string, number>>;

export function boxOf(note: Pick<Note, 'id' | 'x' | 'y' | 'text'>, heights: Heights = {}): NoteBox {
  return { x: note.x, y: note.y, height: heights[note.id] ?? estimatedNoteHeight(note.text) };
}

export const MIN_X = FIELD_PADDING / 2;
export const maxX = (fieldWidth: number = FIELD_WIDTH) => Math.max(MIN_X, fieldWidth - NOTE_WIDTH - FIELD_PADDING / 2);

/** True when a note of `height` at `at` keeps the gap to `other`. */
export function keepsClear(at: BoardPoint, height: number, other: NoteBox): boolean {
  return at.x + NOTE_WIDTH + NOTE_GAP_X <= other.x || other.x + NOTE_WIDTH + NOTE_GAP_X <= at.x || at.y + height + NOTE_GAP_Y <= other.y || other.y + other.height + NOTE_GAP_Y <= at.y;
}

export function isFree(at: BoardPoint, height: number, others: readonly NoteBox[]): boolean {
  return others.every((other) => keepsClear(at, height, other));
}

const inField = (p: BoardPoint, fieldWidth: number) => p.x >= MIN_X && p.x <= maxX(fieldWidth) && p.y >= FIELD_HEADER;

/**
 * The free spot nearest `wanted` (inside the field, below its header) for a note of `height`.
 * Candidates are where a note would just touch its neighbours' gaps, so the answer is exact; below
 * every note there is always room, as fields grow. `accept` can rule candidates out (e.g. "only to
 * the right of here"); then null means there is no such spot.
 */
export function freeSpotNear(
  wanted: BoardPoint,
  height: number,
  others: readonly NoteBox[],
  fieldWidth: number = FIELD_WIDTH,
  accept: (spot: BoardPoint) => boolean = () => true,
): BoardPoint | null {
  const right = maxX(fieldWidth);
  const start = { x: Math.round(Math.min(Math.max(wanted.x, MIN_X), right)), y: Math.round(Math.max(wanted.y, FIELD_HEADER)) };
  if (accept(start) && isFree(start, height, others)) return start;
  const xs = new Set([start.x, MIN_X, right]);
  const ys = new Set([start.y, FIELD_HEADER]);
  for (const o of others) {
    xs.add(o.x).add(o.x + NOTE_WIDTH + NOTE_GAP_X).add(o.x - NOTE_WIDTH - NOTE_GAP_X);
    ys.add(o.y).add(o.y + o.height + NOTE_GAP_Y).add(o.y - height - NOTE_GAP_Y);
  }
  const candidates: (BoardPoint & { d: number })[] = [];
  for (const x of xs) {
    for (const y of ys) {
      const spot = { x, y };
      if (!inField(spot, fieldWidth) || !accept(spot)) continue;
      candidates.push({ x, y, d: (x - start.x) ** 2 + (y - start.y) ** 2 });
    }
  }
  candidates.sort((a, b) => a.d - b.d || a.y - b.y || a.x - b.x);
  const found = candidates.find((spot) => isFree(spot, height, others));
  return found ? { x: found.x, y: found.y } : null;
}

/** Like freeSpotNear without a filter: always finds a spot. */
export function placeNear(wanted: BoardPoint, height: number, others: readonly NoteBox[], fieldWidth: number = FIELD_WIDTH): BoardPoint {
  const lowest = others.reduce((max, o) => Math.max(max, o.y + o.height + NOTE_GAP_Y), FIELD_HEADER);
  return freeSpotNear(wanted, height, others, fieldWidth) ?? { x: Math.round(Math.min(Math.max(wanted.x, MIN_X), maxX(fieldWidth))), y: lowest };
}

/** Places several notes near where each was wanted, in reading order, each clear of the others and of those placed before it. */
export function placeAll<T extends { id: string; wanted: BoardPoint; height: number }>(moving: readonly T[], fixed: readonly NoteBox[], fieldWidth: number = FIELD_WIDTH): Map<string, BoardPoint> {
  const placed = new Map<string, BoardPoint>();
  const taken = [...fixed];
  for (const note of [...moving].sort((a, b) => a.wanted.y - b.wanted.y || a.wanted.x - b.wanted.x)) {
    const spot = placeNear(note.wanted, note.height, taken, fieldWidth);
    placed.set(note.id, spot);
    taken.push({ ...spot, height: note.height });
  }
  return placed;
}

/** The first slot of the field's grid, in reading order, where a new note of `height` fits clear of the others. */
export function nextFreePosition(notesInField: readonly Pick<Note, 'id' | 'x' | 'y' | 'text'>[], heights: Heights = {}, height: number = NOTE_HEIGHT): BoardPoint {
  const boxes = notesInField.map((note) => boxOf(note, heights));
  const lowest = boxes.reduce((max, o) => Math.max(max, o.y + o.height), 0);
  for (let index = 0; ; index++) {
    const slot = slotPosition(index);
    if (isFree(slot, height, boxes) || slot.y > lowest) return slot;
  }
}
