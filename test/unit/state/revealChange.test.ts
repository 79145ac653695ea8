import { describe, expect, it } from 'vitest';
import { toEntities, type Note } from '../../../src/domain';
import { canvasesTouched } from '../../../src/state/revealChange';
import { fixedExample } from '../../fixtures/bundles';

describe('canvasesTouched', () => {
  const before = toEntities(fixedExample('rv'));
  const [first, second] = Object.values(before.canvases);
  const noteOf = (canvasId: string) => Object.values(before.notes).find((n) => n.canvasId === canvasId) as Note;

  it('names the canvas of an edited note', () => {
    const note = noteOf(second!.id);
    const after = { ...before, notes: { ...before.notes, [note.id]: { ...note, text: 'changed' } } };
    expect([...canvasesTouched(before, after)]).toEqual([second!.id]);
  });

  it('names the canvas of a removed note and of a renamed canvas', () => {
    const note = noteOf(first!.id);
    const notes = { ...before.notes };
    delete notes[note.id];
    const after = { ...before, notes, canvases: { ...before.canvases, [second!.id]: { ...second!, title: 'v2' } } };
    expect([...canvasesTouched(before, after)].sort()).toEqual([first!.id, second!.id].sort());
  });

  it('is empty when no canvas was touched', () => {
    const partner = Object.values(before.partners)[0]!;
    const after = { ...before, partners: { ...before.partners, [partner.id]: { ...partner, name: 'Renamed' } } };
    expect(canvasesTouched(before, after).size).toBe(0);
  });
});
