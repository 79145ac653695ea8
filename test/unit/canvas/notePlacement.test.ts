import { describe, expect, it } from 'vitest';
import {
  FIELD_HEADER,
  FIELD_WIDTH,
  NOTE_GAP_Y,
  NOTE_HEIGHT,
  copiesOf,
  createExampleWorkshop,
  estimatedNoteHeight,
  fieldRects,
  boxOf,
  isFree,
  maxX,
  MIN_X,
  notesInField,
  notesOfCanvas,
  nudgeNote,
  placeAll,
  placeNear,
  settleMoves,
  slotPosition,
  settleNewNotes,
  tidyCanvas,
  toEntities,
  withCopyHeights,
  withNotes,
  type NoteBox,
} from '../../../src/domain';

const AT = '2026-03-02T09:00:00.000Z';

function example() {
  const entities = toEntities(createExampleWorkshop(AT));
  const canvasId = Object.values(entities.canvases).find((c) => c.partnerId === null)?.id ?? '';
  return { entities, canvasId, notes: notesOfCanvas(entities, canvasId) };
}

/** A small deterministic random sequence, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('placing a note clear of the others', () => {
  it('keeps the wanted spot when it is free, and otherwise takes the nearest free one', () => {
    const others: NoteBox[] = [{ ...slotPosition(0), height: NOTE_HEIGHT }];
    expect(placeNear(slotPosition(1), NOTE_HEIGHT, others)).toEqual(slotPosition(1));
    const spot = placeNear({ x: slotPosition(0).x + 30, y: slotPosition(0).y + 10 }, NOTE_HEIGHT, others);
    expect(isFree(spot, NOTE_HEIGHT, others)).toBe(true);
    // Straight below is nearer than beside it.
    expect(spot).toEqual({ x: slotPosition(0).x + 30, y: slotPosition(0).y + NOTE_HEIGHT + NOTE_GAP_Y });
  });

  it('fuzz: 60 notes dropped at random spots of one field never overlap and stay inside it', () => {
    const next = random(7);
    const wanted = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, wanted: { x: next() * FIELD_WIDTH, y: next() * 900 - 50 }, height: 96 + Math.floor(next() * 140) }));
    const placed = placeAll(wanted, []);
    const boxes = wanted.map((w) => ({ ...(placed.get(w.id) ?? { x: -1, y: -1 }), height: w.height }));
    boxes.forEach((box, i) => {
      expect(box.x).toBeGreaterThanOrEqual(MIN_X);
      expect(box.x).toBeLessThanOrEqual(maxX());
      expect(box.y).toBeGreaterThanOrEqual(FIELD_HEADER);
      expect(isFree(box, box.height, boxes.filter((_, j) => j !== i))).toBe(true);
    });
  });

  it('estimates a long note taller than a short one, up to the clamp', () => {
    expect(estimatedNoteHeight('Short')).toBe(NOTE_HEIGHT);
    expect(estimatedNoteHeight('a'.repeat(120))).toBeGreaterThan(NOTE_HEIGHT);
    expect(estimatedNoteHeight('a'.repeat(5000))).toBe(estimatedNoteHeight('a'.repeat(600)));
  });
});

describe('moving and tidying', () => {
  it('a note dropped onto another lands next to it instead', () => {
    const { entities, notes } = example();
    const [a, b] = notesInField(notes, 'desiredAssets');
    if (!a || !b) throw new Error('no notes');
    const [move] = settleMoves(entities, [{ id: b.id, field: 'desiredAssets', x: a.x + 10, y: a.y + 10 }]);
    expect(move).toBeDefined();
    expect(isFree(move ?? a, NOTE_HEIGHT, [{ x: a.x, y: a.y, height: estimatedNoteHeight(a.text) }])).toBe(true);
  });

  it('tidy lays a field out in rows as tall as their tallest note, in the chosen order, in one change', () => {
    const { entities, canvasId, notes } = example();
    const long = notesInField(notes, 'valueOffer')[0];
    if (!long) throw new Error('no note');
    const withLong = { ...entities, notes: { ...entities.notes, [long.id]: { ...long, text: 'x'.repeat(200), x: 400, y: 500 } } };
    const tidied = tidyCanvas(withLong, canvasId, 'colour', { fields: ['valueOffer'] }, AT);
    const field = notesInField(notesOfCanvas(tidied, canvasId), 'valueOffer');
    expect(field.map((n) => n.color)).toEqual([...field.map((n) => n.color)].sort((x, y) => ['yellow', 'orange', 'pink', 'blue', 'green', 'purple'].indexOf(x) - ['yellow', 'orange', 'pink', 'blue', 'green', 'purple'].indexOf(y)));
    field.forEach((note, i) => expect(note.x).toBe(slotPosition(i).x));
    expect(new Set(field.map((n) => n.y)).size).toBe(Math.ceil(field.length / 3));
    // Other fields are untouched.
    expect(notesInField(notesOfCanvas(tidied, canvasId), 'desiredAssets')).toEqual(notesInField(notes, 'desiredAssets'));
  });

  it('a paste right after a paste keeps clear of the first copies before they are measured: a copy is as tall as its original', () => {
    const { entities, canvasId, notes } = example();
    const original = notesInField(notes, 'desiredAssets')[0];
    if (!original) throw new Error('no note');
    const measured = { [original.id]: estimatedNoteHeight(original.text) + 200 };
    const paste = (into: typeof entities, from: readonly typeof original[], heights: typeof measured) => {
      const copies = copiesOf(from, canvasId);
      const withCopies = withCopyHeights(heights, from, copies);
      const settled = settleNewNotes(into, copies, withCopies);
      return { entities: withNotes(into, settled), copies: settled, heights: withCopies };
    };
    const first = paste(entities, [original], measured);
    const second = paste(first.entities, first.copies, first.heights);
    expect(second.heights[second.copies[0]!.id]).toBe(measured[original.id]);
    const boxes = notesInField(notesOfCanvas(second.entities, canvasId), 'desiredAssets').map((n) => ({ id: n.id, box: boxOf(n, second.heights) }));
    for (const { id, box } of boxes) expect(isFree(box, box.height, boxes.filter((o) => o.id !== id).map((o) => o.box))).toBe(true);
  });
});

describe('arrow-key moves', () => {
  it('at the top of a top field the note stays and the answer says why; right of the board likewise', () => {
    const { entities, notes } = example();
    const rects = fieldRects(notes);
    const top = notesInField(notes, 'desiredAssets')[0];
    if (!top) throw new Error('no note');
    expect(nudgeNote(entities, top.id, 'up', false, rects)).toEqual({ refusal: 'Already at the top of Desired Assets.' });
    const right = notesInField(notes, 'valueOffer')[2];
    if (!right) throw new Error('no note');
    const atEdge = { ...entities, notes: { ...entities.notes, [right.id]: { ...right, x: maxX() } } };
    expect(nudgeNote(atEdge, right.id, 'right', true, rects)).toEqual({ refusal: 'Already at the right edge of Value Offer.' });
    const middle = notesInField(notes, 'valueOffer')[1];
    expect(nudgeNote(entities, middle?.id ?? '', 'right', false, rects)).toEqual({ refusal: 'No room to its right in Value Offer: another note is in the way.' });
  });

  it('a note at its field’s side crosses into the next field, clear of the notes there', () => {
    const { entities, notes } = example();
    const rects = fieldRects(notes);
    const last = notesInField(notes, 'desiredAssets')[2];
    if (!last) throw new Error('no note');
    const edge = { ...last, x: maxX() };
    const result = nudgeNote({ ...entities, notes: { ...entities.notes, [edge.id]: edge } }, edge.id, 'right', true, rects);
    if (!('move' in result)) throw new Error(result.refusal);
    expect(result.move.field).toBe('valueOffer');
    const there = notesInField(notes, 'valueOffer').map((n) => ({ x: n.x, y: n.y, height: estimatedNoteHeight(n.text) }));
    expect(isFree(result.move, estimatedNoteHeight(edge.text), there)).toBe(true);
  });
});
