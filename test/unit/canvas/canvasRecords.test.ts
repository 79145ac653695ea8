import { describe, expect, it } from 'vitest';
import {
  addCanvas,
  canvasesInOrder,
  createCanvas,
  createExampleWorkshop,
  addPartnerCanvas,
  deleteCanvas,
  duplicateCanvas,
  nextVersionTitle,
  notesOfCanvas,
  renameCanvas,
  toEntities,
} from '../../../src/domain';

const AT = '2026-03-02T09:00:00.000Z';
const entities = () => toEntities(createExampleWorkshop(AT));

describe('canvases', () => {
  it('names new versions v2, v3 … and skips titles already taken', () => {
    expect(nextVersionTitle('Helix', [])).toBe('Helix v2');
    expect(nextVersionTitle('Helix v2', [])).toBe('Helix v3');
    expect(nextVersionTitle('Helix', ['Helix v2', 'Helix v3'])).toBe('Helix v4');
  });

  it('duplicates a canvas with all its notes under fresh IDs', () => {
    const e = entities();
    const source = canvasesInOrder(e)[0];
    if (!source) throw new Error('no canvas');
    const { entities: next, result: canvas } = duplicateCanvas(e, source.id, '2026-03-03T09:00:00.000Z');
    if (!canvas) throw new Error('not duplicated');
    expect(canvas.title).toBe(`${source.title} v2`);
    expect(canvas.partnerId).toBe(source.partnerId);
    const before = notesOfCanvas(e, source.id);
    const after = notesOfCanvas(next, canvas.id);
    expect(after.map((n) => [n.text, n.field, n.x, n.y, n.votes]).sort()).toEqual(before.map((n) => [n.text, n.field, n.x, n.y, n.votes]).sort());
    expect(after.some((n) => before.some((b) => b.id === n.id))).toBe(false);
    expect(canvasesInOrder(next).at(-1)?.id).toBe(canvas.id);
  });

  it('deletes a canvas with its notes and says what it removed', () => {
    const e = entities();
    const canvas = canvasesInOrder(e)[1];
    if (!canvas) throw new Error('no canvas');
    const { entities: without, result: removed } = deleteCanvas(e, canvas.id);
    expect(without.canvases[canvas.id]).toBeUndefined();
    expect(notesOfCanvas(without, canvas.id)).toEqual([]);
    expect(Object.keys(without.notes)).toHaveLength(Object.keys(e.notes).length - notesOfCanvas(e, canvas.id).length);
    expect(removed).toEqual({ canvas, notes: notesOfCanvas(e, canvas.id) });
    expect(deleteCanvas(without, canvas.id)).toEqual({ entities: without, result: null });
  });

  it('makes a canvas for a partner, titled after it', () => {
    const e = entities();
    const partner = Object.values(e.partners)[0]!;
    const { entities: next, result: id } = addPartnerCanvas(e, partner.id, AT);
    expect(next.canvases[id!]).toMatchObject({ title: `${partner.name} partnership`, partnerId: partner.id, workshopId: e.workshop.id, createdAt: AT, rev: 0 });
    expect(addPartnerCanvas(e, 'nobody', AT)).toEqual({ entities: e, result: null });
  });

  it('renames with a trimmed title and ignores an empty one', () => {
    const e = entities();
    const canvas = createCanvas(e.workshop.id, { title: '  Partner  X ', partnerId: null }, AT);
    expect(canvas.title).toBe('Partner X');
    const added = addCanvas(e, canvas);
    expect(renameCanvas(added, canvas.id, '   ')).toBe(added);
    expect(renameCanvas(added, canvas.id, 'Beacon 2027').canvases[canvas.id]?.title).toBe('Beacon 2027');
  });
});
