import type { WorkshopEntities } from './bundle';
import { FIELD_COLUMNS, FIELD_HEADER, FIELD_PADDING, NOTE_GAP_X, NOTE_GAP_Y, NOTE_HEIGHT, NOTE_WIDTH, fieldInDirection, slotPosition, type BoardPoint, type Direction, type FieldRects } from './canvasLayout';
import { notesOfCanvas, withNotes, type NoteMove } from './canvasNotes';
import { nowIso } from './ids';
import { boxOf, freeSpotNear, maxX, placeAll, placeNear, MIN_X, type Heights } from './notePlacement';
import { CANVAS_FIELDS, NOTE_COLORS, type CanvasField, type Note } from './records';
import { CANVAS_FIELD_LABELS } from './labels';

/** How Tidy orders a field's notes: as they read now (top to bottom, left to right), most votes first, or by colour. */
export const TIDY_ORDERS = ['asTheyAre', 'votes', 'colour'] as const;
export type TidyOrder = (typeof TIDY_ORDERS)[number];
export const TIDY_ORDER_LABELS: Record<TidyOrder, string> = { asTheyAre: 'As they are', votes: 'By votes', colour: 'By colour' };

/** Notes in reading order: rows (by half a note's height) top to bottom, then left to right. */
function readingOrder(notes: readonly Note[]): Note[] {
  const band = (note: Note) => Math.round(note.y / (NOTE_HEIGHT / 2));
  return [...notes].sort((a, b) => band(a) - band(b) || a.x - b.x || a.order - b.order);
}

export function tidyOrder(notes: readonly Note[], order: TidyOrder): Note[] {
  const reading = readingOrder(notes);
  const rank = new Map(reading.map((note, i) => [note.id, i]));
  const byReading = (a: Note, b: Note) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0);
  if (order === 'votes') return reading.sort((a, b) => b.votes - a.votes || byReading(a, b));
  if (order === 'colour') return reading.sort((a, b) => NOTE_COLORS.indexOf(a.color) - NOTE_COLORS.indexOf(b.color) || byReading(a, b));
  return reading;
}

/** A field's notes in a grid of rows, each row as tall as its tallest note; `order` follows the grid. */
function tidiedField(notes: readonly Note[], order: TidyOrder, heights: Heights, at: string): Note[] {
  const changed: Note[] = [];
  let rowTop = FIELD_HEADER;
  let rowHeight = 0;
  tidyOrder(notes, order).forEach((note, index) => {
    const column = index % FIELD_COLUMNS;
    if (column === 0 && index > 0) {
      rowTop += rowHeight + NOTE_GAP_Y;
      rowHeight = 0;
    }
    rowHeight = Math.max(rowHeight, boxOf(note, heights).height);
    const x = slotPosition(column).x;
    if (note.x !== x || note.y !== rowTop || note.order !== index) changed.push({ ...note, x, y: rowTop, order: index, updatedAt: at });
  });
  return changed;
}

/** Tidies the listed fields of one canvas (all four by default) in one change. */
export function tidyCanvas(
  entities: WorkshopEntities,
  canvasId: string,
  order: TidyOrder,
  options: { fields?: readonly CanvasField[]; heights?: Heights } = {},
  at: string = nowIso(),
): WorkshopEntities {
  const notes = notesOfCanvas(entities, canvasId);
  const changed = (options.fields ?? CANVAS_FIELDS).flatMap((field) =>
    tidiedField(
      notes.filter((n) => n.field === field),
      order,
      options.heights ?? {},
      at,
    ),
  );
  return withNotes(entities, changed);
}

const fieldKey = (canvasId: string, field: CanvasField) => `${canvasId}\u0000${field}`;

/** Moves (a drop, possibly into another field) settled so no note lands on another: each goes to the free spot nearest its drop. */
export function settleMoves(entities: WorkshopEntities, moves: readonly NoteMove[], heights: Heights = {}): NoteMove[] {
  const moving = new Set(moves.map((m) => m.id));
  const groups = new Map<string, NoteMove[]>();
  for (const move of moves) {
    const note = entities.notes[move.id];
    if (!note) continue;
    const key = fieldKey(note.canvasId, move.field);
    groups.set(key, [...(groups.get(key) ?? []), move]);
  }
  const settled: NoteMove[] = [];
  for (const group of groups.values()) {
    const first = entities.notes[group[0]?.id ?? ''];
    if (!first) continue;
    const field = group[0]?.field ?? first.field;
    const fixed = notesOfCanvas(entities, first.canvasId)
      .filter((n) => n.field === field && !moving.has(n.id))
      .map((n) => boxOf(n, heights));
    const spots = placeAll(
      group.map((m) => ({ id: m.id, wanted: { x: m.x, y: m.y }, height: boxOf(entities.notes[m.id] as Note, heights).height })),
      fixed,
    );
    for (const move of group) settled.push({ ...move, ...(spots.get(move.id) ?? move) });
  }
  return settled;
}

/** Copies are as tall as what they copy: a copy not yet on screen takes its original's measured height. */
export function withCopyHeights(heights: Heights, originals: readonly Note[], copies: readonly Note[]): Heights {
  const inherited = copies.flatMap((copy, i) => {
    const height = heights[originals[i]?.id ?? ''];
    return height === undefined ? [] : [[copy.id, height] as const];
  });
  return inherited.length ? { ...heights, ...Object.fromEntries(inherited) } : heights;
}

/** New notes (pasted, duplicated, arriving) placed near where each was wanted, clear of the notes already there and of each other. */
export function settleNewNotes(entities: WorkshopEntities, added: readonly Note[], heights: Heights = {}): Note[] {
  const groups = new Map<string, Note[]>();
  for (const note of added) groups.set(fieldKey(note.canvasId, note.field), [...(groups.get(fieldKey(note.canvasId, note.field)) ?? []), note]);
  return [...groups.values()].flatMap((group) => {
    const first = group[0] as Note;
    const fixed = notesOfCanvas(entities, first.canvasId)
      .filter((n) => n.field === first.field)
      .map((n) => boxOf(n, heights));
    const spots = placeAll(
      group.map((n) => ({ id: n.id, wanted: { x: n.x, y: n.y }, height: boxOf(n, heights).height })),
      fixed,
    );
    return group.map((n) => ({ ...n, ...(spots.get(n.id) ?? n) }));
  });
}

const HORIZONTAL = (d: Direction) => d === 'left' || d === 'right';

/** A spot counts as "that way" when it is ahead in the direction and still roughly in line with where the note was. */
function ahead(direction: Direction, from: BoardPoint) {
  return (spot: BoardPoint) => {
    const inLine = HORIZONTAL(direction) ? Math.abs(spot.y - from.y) <= NOTE_HEIGHT / 2 : Math.abs(spot.x - from.x) <= NOTE_WIDTH / 2;
    const forward = { up: spot.y < from.y, down: spot.y > from.y, left: spot.x < from.x, right: spot.x > from.x }[direction];
    return inLine && forward;
  };
}

const EDGE_WORDS: Record<Direction, string> = { up: 'top', down: 'bottom', left: 'left edge', right: 'right edge' };
const WAY_WORDS: Record<Direction, string> = { up: 'above it', down: 'below it', left: 'to its left', right: 'to its right' };

/** Where a note lands when it enters a field from the side it came through. */
function entryPoint(direction: Direction, from: BoardPoint, height: number, target: { width: number; height: number }): BoardPoint {
  if (direction === 'right') return { x: MIN_X, y: from.y };
  if (direction === 'left') return { x: maxX(target.width), y: from.y };
  if (direction === 'down') return { x: from.x, y: FIELD_HEADER };
  return { x: from.x, y: target.height - height - FIELD_PADDING };
}

/**
 * One arrow-key move of a note: a small step (a whole slot with `big`) that way, past a note in the
 * way when there is room beyond it. A note already at its field's edge crosses into the next field
 * that way; where there is none, or no room, it stays and the answer says why.
 */
export function nudgeNote(
  entities: WorkshopEntities,
  noteId: string,
  direction: Direction,
  big: boolean,
  rects: FieldRects,
  heights: Heights = {},
): { move: NoteMove } | { refusal: string } {
  const note = entities.notes[noteId];
  if (!note) return { refusal: '' };
  const height = boxOf(note, heights).height;
  const rect = rects[note.field];
  const next = fieldInDirection(note.field, direction);
  const step = big ? (HORIZONTAL(direction) ? NOTE_WIDTH + NOTE_GAP_X : NOTE_HEIGHT + NOTE_GAP_Y) : 24;
  // A field's bottom is only an edge when there is a field below; otherwise the field grows.
  const lowest = next ? rect.height - height - FIELD_PADDING : Infinity;
  const limit = { up: FIELD_HEADER, down: lowest, left: MIN_X, right: maxX(rect.width) }[direction];
  const now = HORIZONTAL(direction) ? note.x : note.y;
  const atEdge = direction === 'up' || direction === 'left' ? now <= limit : now >= limit;
  const label = CANVAS_FIELD_LABELS[note.field];
  if (!atEdge) {
    const sign = direction === 'up' || direction === 'left' ? -1 : 1;
    const moved = Math.max(Math.min(now + sign * step, Math.max(limit, now)), Math.min(limit, now));
    const wanted = HORIZONTAL(direction) ? { x: moved, y: note.y } : { x: note.x, y: moved };
    const others = notesOfCanvas(entities, note.canvasId)
      .filter((n) => n.field === note.field && n.id !== note.id)
      .map((n) => boxOf(n, heights));
    const spot = freeSpotNear(wanted, height, others, rect.width, ahead(direction, note));
    if (spot) return { move: { id: note.id, field: note.field, ...spot } };
    return { refusal: `No room ${WAY_WORDS[direction]} in ${label}: another note is in the way.` };
  }
  if (!next) return { refusal: `Already at the ${EDGE_WORDS[direction]} of ${label}.` };
  const there = notesOfCanvas(entities, note.canvasId)
    .filter((n) => n.field === next)
    .map((n) => boxOf(n, heights));
  const landing = placeNear(entryPoint(direction, note, height, rects[next]), height, there, rects[next].width);
  return { move: { id: note.id, field: next, ...landing } };
}
