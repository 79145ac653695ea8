import { CANVAS_FIELDS, type CanvasField, type Note } from './records';

/**
 * Board geometry in flow units (a note's text is 20 units). Note x/y are relative to their field's
 * top-left corner. The board is as wide as a 1280 px window at a zoom that keeps note text at 18 px
 * or more; fields are as tall as the window allows and grow with their notes.
 */
export const NOTE_WIDTH = 200;
/** A note's smallest height (three lines); longer notes grow, up to a clamp. */
export const NOTE_HEIGHT = 96;
export const NOTE_GAP_X = 14;
export const NOTE_GAP_Y = 12;
export const FIELD_PADDING = 16;
/** Room for the field's title, guiding question and Add note button. */
export const FIELD_HEADER = 80;
export const FIELD_COLUMNS = 3;
export const FIELD_WIDTH = FIELD_PADDING * 2 + FIELD_COLUMNS * NOTE_WIDTH + (FIELD_COLUMNS - 1) * NOTE_GAP_X;
/** At least one row of notes. */
export const FIELD_MIN_HEIGHT = FIELD_HEADER + NOTE_HEIGHT + NOTE_GAP_Y + FIELD_PADDING;
export const FIELD_GAP = 16;
export const BOARD_WIDTH = 2 * FIELD_WIDTH + FIELD_GAP;

export interface BoardPoint {
  x: number;
  y: number;
}
export interface BoardRect extends BoardPoint {
  width: number;
  height: number;
}
export type FieldRects = Record<CanvasField, BoardRect>;

/** Which grid cell of the board each field sits in: seek | give over how | outcome. */
const FIELD_CELL: Record<CanvasField, { col: number; row: number }> = {
  desiredAssets: { col: 0, row: 0 },
  valueOffer: { col: 1, row: 0 },
  transferActivity: { col: 0, row: 1 },
  createdValue: { col: 1, row: 1 },
};

export type Direction = 'up' | 'down' | 'left' | 'right';
const STEP: Record<Direction, { col: number; row: number }> = { up: { col: 0, row: -1 }, down: { col: 0, row: 1 }, left: { col: -1, row: 0 }, right: { col: 1, row: 0 } };

/** The field next to `field` in a direction on the board, if there is one. */
export function fieldInDirection(field: CanvasField, direction: Direction): CanvasField | null {
  const { col, row } = FIELD_CELL[field];
  const step = STEP[direction];
  return CANVAS_FIELDS.find((f) => FIELD_CELL[f].col === col + step.col && FIELD_CELL[f].row === row + step.row) ?? null;
}

/** The i-th free slot of a field's note grid, relative to the field. */
export function slotPosition(index: number): BoardPoint {
  const col = index % FIELD_COLUMNS;
  const row = Math.floor(index / FIELD_COLUMNS);
  return { x: FIELD_PADDING + col * (NOTE_WIDTH + NOTE_GAP_X), y: FIELD_HEADER + row * (NOTE_HEIGHT + NOTE_GAP_Y) };
}

/**
 * Fields grow downwards with their notes (by their rendered height where known); fields in one row
 * share a height so the board stays a grid. `minRowHeight` lets the rows fill the window.
 */
export function fieldRects(
  notes: readonly Pick<Note, 'id' | 'field' | 'y'>[],
  heights: Readonly<Record<string, number>> = {},
  minRowHeight: number = FIELD_MIN_HEIGHT,
): FieldRects {
  const rowMin = Math.max(FIELD_MIN_HEIGHT, Math.floor(minRowHeight));
  const needed: Record<CanvasField, number> = { desiredAssets: 0, valueOffer: 0, transferActivity: 0, createdValue: 0 };
  for (const note of notes) {
    const height = Math.max(NOTE_HEIGHT, heights[note.id] ?? 0);
    needed[note.field] = Math.max(needed[note.field], note.y + height + FIELD_PADDING);
  }
  const rowHeight = [0, 1].map((row) =>
    Math.max(rowMin, ...CANVAS_FIELDS.filter((f) => FIELD_CELL[f].row === row).map((f) => Math.ceil(needed[f]))),
  );
  const rects = {} as FieldRects;
  for (const field of CANVAS_FIELDS) {
    const { col, row } = FIELD_CELL[field];
    rects[field] = {
      x: col * (FIELD_WIDTH + FIELD_GAP),
      y: row === 0 ? 0 : (rowHeight[0] ?? 0) + FIELD_GAP,
      width: FIELD_WIDTH,
      height: rowHeight[row] ?? rowMin,
    };
  }
  return rects;
}

export function boardBounds(rects: FieldRects): BoardRect {
  const all = Object.values(rects);
  const right = Math.max(...all.map((r) => r.x + r.width));
  const bottom = Math.max(...all.map((r) => r.y + r.height));
  return { x: 0, y: 0, width: right, height: bottom };
}

export function rectContains(rect: BoardRect, point: BoardPoint): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;
}

export function canvasFieldAt(point: BoardPoint, rects: FieldRects): CanvasField | null {
  return CANVAS_FIELDS.find((field) => rectContains(rects[field], point)) ?? null;
}

/** Keeps a note's top-left inside its field, below the header. */
export function clampToField(position: BoardPoint, rect: BoardRect): BoardPoint {
  const maxX = Math.max(FIELD_PADDING, rect.width - NOTE_WIDTH - FIELD_PADDING / 2);
  return {
    x: Math.round(Math.min(Math.max(position.x, FIELD_PADDING / 2), maxX)),
    y: Math.round(Math.max(position.y, FIELD_HEADER)),
  };
}

/**
 * Where a note dropped with its top-left at `absolute` belongs: the field under its centre (or its
 * old field when dropped between fields), with a position relative to that field.
 */
export function placeDroppedNote(absolute: BoardPoint, from: CanvasField, rects: FieldRects): { field: CanvasField } & BoardPoint {
  const centre = { x: absolute.x + NOTE_WIDTH / 2, y: absolute.y + NOTE_HEIGHT / 2 };
  const field = canvasFieldAt(centre, rects) ?? from;
  const rect = rects[field];
  return { field, ...clampToField({ x: absolute.x - rect.x, y: absolute.y - rect.y }, rect) };
}

export function absolutePosition(note: Pick<Note, 'field' | 'x' | 'y'>, rects: FieldRects): BoardPoint {
  const rect = rects[note.field];
  return { x: rect.x + note.x, y: rect.y + note.y };
}
