import { describe, expect, it } from 'vitest';
import {
  FIELD_HEADER,
  FIELD_WIDTH,
  NOTE_WIDTH,
  PASTE_OFFSET,
  cleanNoteText,
  copiesOf,
  createExampleWorkshop,
  createNote,
  fieldRects,
  moveNotes,
  nextFreePosition,
  notesInField,
  notesOfCanvas,
  placeDroppedNote,
  recolorNotes,
  removeNotes,
  setNoteText,
  slotPosition,
  toEntities,
  type WorkshopEntities,
} from '../../../src/domain';

const AT = '2026-03-02T09:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

function example(): { entities: WorkshopEntities; canvasId: string } {
  const entities = toEntities(createExampleWorkshop(AT));
  const canvasId = Object.values(entities.canvases).find((c) => c.partnerId === null)?.id ?? '';
  return { entities, canvasId };
}

describe('note text', () => {
  it('unifies line ends and drops trailing blank lines but keeps inner ones', () => {
    expect(cleanNoteText('First\r\n\r\nSecond\n\n  ')).toBe('First\n\nSecond');
  });

  it('is cut at the schema limit, so a pasted novel cannot break the file', () => {
    expect(cleanNoteText('x'.repeat(25_000))).toHaveLength(20_000);
  });

  it('setting text stamps the note; empty text removes it', () => {
    const { entities, canvasId } = example();
    const note = notesOfCanvas(entities, canvasId)[0];
    if (!note) throw new Error('no note');
    const edited = setNoteText(entities, note.id, 'Zażółć gęślą jaźń — 日本語 🚀', LATER);
    expect(edited.notes[note.id]).toMatchObject({ text: 'Zażółć gęślą jaźń — 日本語 🚀', updatedAt: LATER });
    expect(setNoteText(entities, note.id, note.text, LATER)).toBe(entities);
    expect(setNoteText(entities, note.id, '   \n', LATER).notes[note.id]).toBeUndefined();
  });
});

describe('creating notes', () => {
  it('puts a new note in the first free slot of its field and at the end of its order', () => {
    const { entities, canvasId } = example();
    const existing = Object.values(entities.notes);
    const inField = notesInField(notesOfCanvas(entities, canvasId), 'desiredAssets');
    const note = createNote(existing, { workshopId: entities.workshop.id, canvasId, field: 'desiredAssets', text: 'New', color: 'pink' }, LATER);
    expect({ x: note.x, y: note.y }).toEqual(slotPosition(inField.length));
    expect(note.order).toBe(Math.max(...inField.map((n) => n.order)) + 1);
    expect(note).toMatchObject({ votes: 0, color: 'pink', createdAt: LATER, updatedAt: LATER });
  });

  it('fills a gap left by a deleted note before growing the field', () => {
    const slots = [slotPosition(0), slotPosition(2)].map((at, i) => ({ id: `n${i}`, text: 'Short', ...at }));
    expect(nextFreePosition(slots)).toEqual(slotPosition(1));
    expect(nextFreePosition([])).toEqual(slotPosition(0));
  });
});

describe('moving notes', () => {
  it('dropping a note on another field moves it there, relative to that field', () => {
    const { entities, canvasId } = example();
    const notes = notesOfCanvas(entities, canvasId);
    const rects = fieldRects(notes);
    const target = rects.createdValue;
    const placed = placeDroppedNote({ x: target.x + 40, y: target.y + FIELD_HEADER + 30 }, 'desiredAssets', rects);
    expect(placed).toEqual({ field: 'createdValue', x: 40, y: FIELD_HEADER + 30 });
  });

  it('a note dropped between fields stays in its field, kept inside it', () => {
    const notes = notesOfCanvas(example().entities, example().canvasId);
    const rects = fieldRects(notes);
    const gapX = rects.desiredAssets.x + rects.desiredAssets.width + 2 - NOTE_WIDTH / 2;
    const placed = placeDroppedNote({ x: gapX, y: -500 }, 'desiredAssets', rects);
    expect(placed.field).toBe('desiredAssets');
    expect(placed.y).toBe(FIELD_HEADER);
    expect(placed.x + NOTE_WIDTH).toBeLessThanOrEqual(FIELD_WIDTH);
  });

  it('moveNotes changes field, position and order in one new entities object', () => {
    const { entities, canvasId } = example();
    const note = notesInField(notesOfCanvas(entities, canvasId), 'desiredAssets')[0];
    if (!note) throw new Error('no note');
    const next = moveNotes(entities, [{ id: note.id, field: 'valueOffer', x: 50.4, y: 300.6 }], LATER);
    const moved = next.notes[note.id];
    expect(moved).toMatchObject({ field: 'valueOffer', x: 50, y: 301, updatedAt: LATER });
    expect(moved?.order).toBeGreaterThan(Math.max(...notesInField(notesOfCanvas(entities, canvasId), 'valueOffer').map((n) => n.order)));
    expect(entities.notes[note.id]).toBe(note);
    expect(moveNotes(entities, [{ id: note.id, field: note.field, x: note.x, y: note.y }])).toBe(entities);
  });

  it('fields grow to hold their notes and rows stay aligned', () => {
    const { entities, canvasId } = example();
    const notes = notesOfCanvas(entities, canvasId);
    const low = notes.find((n) => n.field === 'valueOffer');
    if (!low) throw new Error('no note');
    const grown = fieldRects([...notes.filter((n) => n !== low), { ...low, y: 2000 }]);
    expect(grown.valueOffer.height).toBeGreaterThan(2000);
    expect(grown.desiredAssets.height).toBe(grown.valueOffer.height);
    expect(grown.transferActivity.y).toBeGreaterThan(grown.valueOffer.y + grown.valueOffer.height);
  });
});

describe('selection actions', () => {
  it('recolours and removes several notes at once', () => {
    const { entities, canvasId } = example();
    const ids = notesOfCanvas(entities, canvasId)
      .slice(0, 3)
      .map((n) => n.id);
    const recoloured = recolorNotes(entities, ids, 'purple', LATER);
    expect(ids.map((id) => recoloured.notes[id]?.color)).toEqual(['purple', 'purple', 'purple']);
    const removed = removeNotes(recoloured, ids);
    expect(ids.map((id) => removed.notes[id])).toEqual([undefined, undefined, undefined]);
    expect(Object.keys(removed.notes)).toHaveLength(Object.keys(entities.notes).length - 3);
  });

  it('copies get fresh IDs, no votes and an offset, in the target canvas', () => {
    const { entities, canvasId } = example();
    const originals = notesOfCanvas(entities, canvasId)
      .filter((n) => n.x === slotPosition(0).x)
      .slice(0, 2);
    expect(originals).toHaveLength(2);
    const copies = copiesOf(originals, 'other-canvas', PASTE_OFFSET, LATER);
    copies.forEach((copy, i) => {
      const original = originals[i];
      if (!original) throw new Error('missing');
      expect(copy.id).not.toBe(original.id);
      expect(copy).toMatchObject({ canvasId: 'other-canvas', votes: 0, text: original.text, x: original.x + PASTE_OFFSET, y: original.y + PASTE_OFFSET });
    });
  });

  it('copies pasted again and again stay inside their field', () => {
    const { entities, canvasId } = example();
    let batch = notesOfCanvas(entities, canvasId);
    for (let i = 0; i < 30; i++) batch = copiesOf(batch, canvasId);
    for (const copy of batch) expect(copy.x + NOTE_WIDTH).toBeLessThanOrEqual(FIELD_WIDTH);
  });
});
