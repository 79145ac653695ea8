import { describe, expect, it } from 'vitest';
import { createExampleWorkshop, createNote, estimatedNoteHeight, fieldRects, notesOfCanvas, toEntities, type Note } from '../../../src/domain';
import { mergeNodes, toCanvasNodes, type BoardView, type CanvasNode } from '../../../src/features/canvas/canvasNodes';

const entities = toEntities(createExampleWorkshop('2026-12-01T10:00:00.000Z'));
const canvasId = Object.keys(entities.canvases)[0] as string;
const base = notesOfCanvas(entities, canvasId);

function view(notes: readonly Note[], heights: Readonly<Record<string, number>> = {}): BoardView {
  return { canvasId, notes, rects: fieldRects(notes, heights), heights, draft: null, editingId: null, activeField: 'valueOffer', showVotes: true, notesHidden: false, mine: {}, canMove: true, canSelect: true, onlyField: null, color: 'yellow' };
}
const byId = (nodes: readonly CanvasNode[]) => new Map(nodes.map((n) => [n.id, n]));

describe("the board's nodes after a change (a live session adds notes many times a second)", () => {
  it('reuses every unchanged note node, and gives a note that only moved a new position but the same data object', () => {
    const before = mergeNodes(toCanvasNodes(view(base)), [], new Set());
    // Enough notes in one top-row field to make the row taller: the bottom row's notes move down.
    const top = Array.from({ length: 12 }, (_, i) => createNote(base, { workshopId: entities.workshop.id, canvasId, field: 'desiredAssets', text: `Added ${i}`, color: 'yellow', position: { x: 16, y: 60 + i * 110 } }));
    const after = mergeNodes(toCanvasNodes(view([...base, ...top])), before, new Set());
    const old = byId(before);
    let moved = 0;
    let kept = 0;
    for (const node of after) {
      const previous = old.get(node.id);
      if (!previous || node.type !== 'note') continue;
      expect(node.data).toBe(previous.data);
      if (node === previous) kept++;
      else {
        moved++;
        expect(node.position).not.toEqual(previous.position);
      }
    }
    expect(moved).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
    for (const note of top) expect(byId(after).get(note.id)?.data.text).toBe(note.text);
  });

  it('gives a note whose text changed a new data object', () => {
    const before = mergeNodes(toCanvasNodes(view(base)), [], new Set());
    const first = base[0] as Note;
    const edited = base.map((n) => (n.id === first.id ? { ...n, text: 'Edited' } : n));
    const after = byId(mergeNodes(toCanvasNodes(view(edited)), before, new Set()));
    expect(after.get(first.id)?.data).not.toBe(byId(before).get(first.id)?.data);
    expect(after.get(first.id)?.data.text).toBe('Edited');
  });

  it("starts a note at its measured height, or its estimate, since React Flow reports the starting size as the note's first measurement", () => {
    const [measured, unmeasured] = base as [Note, Note];
    const nodes = byId(toCanvasNodes(view(base, { [measured.id]: 260 })));
    expect(nodes.get(measured.id)?.initialHeight).toBe(260);
    expect(nodes.get(unmeasured.id)?.initialHeight).toBe(estimatedNoteHeight(unmeasured.text));
  });
});
