import { describe, expect, it } from 'vitest';
import {
  changesBetween,
  rebase,
  revertChanges,
  sameData,
  settleReferences,
  stampRevisions,
  toEntities,
  withRecords,
  type Note,
  type WorkshopEntities,
} from '../../../src/domain';
import { fixedExample } from '../../fixtures/bundles';

const LATER = '2026-03-03T10:00:00.000Z';
const NOW = '2026-03-04T10:00:00.000Z';

const base = () => toEntities(fixedExample('ch'));
const firstNote = (e: WorkshopEntities) => Object.values(e.notes)[0]!;
const editNote = (e: WorkshopEntities, id: string, patch: Partial<Note>): WorkshopEntities => ({ ...e, notes: { ...e.notes, [id]: { ...e.notes[id]!, ...patch, updatedAt: LATER } } });

/** This window's change a → b, another writer's c on top, then the undo of a → b. */
function undoAfterOther(a: WorkshopEntities, b: WorkshopEntities, other: (e: WorkshopEntities) => WorkshopEntities) {
  return revertChanges(other(b), changesBetween(a, b), NOW);
}

describe('sameData', () => {
  it('compares JSON data deeply; a missing key equals undefined', () => {
    expect(sameData({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameData({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});

describe('stampRevisions', () => {
  it('bumps the revision of every changed record, created ones start at 1', () => {
    const a = base();
    const note = firstNote(a);
    const edited = editNote(a, note.id, { text: 'Changed' });
    const added = { ...edited, tiers: { ...edited.tiers, t9: { ...Object.values(a.tiers)[0]!, id: 't9', rev: 0 } } };
    const { entities, changes } = stampRevisions(a, added);
    expect(entities.notes[note.id]!.rev).toBe(note.rev + 1);
    expect(entities.tiers.t9!.rev).toBe(1);
    expect(changes.map((c) => [c.slot, c.id])).toEqual([
      ['tiers', 't9'],
      ['notes', note.id],
    ]);
    expect(changes[1]!.after).toBe(entities.notes[note.id]);
    const again = stampRevisions(entities, editNote(entities, note.id, { text: 'Again' }));
    expect(again.entities.notes[note.id]!.rev).toBe(note.rev + 2);
  });

  it('takes back changes that only rebuilt a record with the same content: no change, no step', () => {
    const a = base();
    const note = firstNote(a);
    const rebuilt = editNote(a, note.id, {});
    expect(stampRevisions(a, rebuilt)).toEqual({ entities: a, changes: [] });
  });
});

describe('revertChanges: undo that survives other writers', () => {
  it('takes back an edit, restoring the record as it was', () => {
    const a = base();
    const note = firstNote(a);
    const b = editNote(a, note.id, { text: 'Mine' });
    expect(revertChanges(b, changesBetween(a, b), NOW).notes[note.id]).toBe(note);
  });

  it('restores only the fields this window changed: another writer’s edit of another field stays', () => {
    const a = base();
    const note = firstNote(a);
    const b = editNote(a, note.id, { text: 'Mine' });
    const undone = undoAfterOther(a, b, (e) => editNote(e, note.id, { color: 'purple', rev: 5 }));
    expect(undone.notes[note.id]).toMatchObject({ text: note.text, color: 'purple', rev: 5, updatedAt: NOW });
  });

  it('leaves a field alone when another writer changed it since', () => {
    const a = base();
    const note = firstNote(a);
    const b = editNote(a, note.id, { text: 'Mine', x: 400 });
    const undone = undoAfterOther(a, b, (e) => editNote(e, note.id, { text: 'Theirs' }));
    expect(undone.notes[note.id]).toMatchObject({ text: 'Theirs', x: note.x });
  });

  it('removes a record this window created, and brings back one it deleted unless it exists again', () => {
    const a = base();
    const note = firstNote(a);
    const created = { ...note, id: 'n-new' };
    const b = withRecords(a, [
      { slot: 'notes', id: 'n-new', record: created },
      { slot: 'notes', id: note.id, record: null },
    ]);
    const undone = revertChanges(b, changesBetween(a, b), NOW);
    expect(undone.notes['n-new']).toBeUndefined();
    expect(undone.notes[note.id]).toBe(note);
  });

  it('does not bring back a record another writer deleted after this window edited it', () => {
    const a = base();
    const note = firstNote(a);
    const b = editNote(a, note.id, { text: 'Mine' });
    const undone = undoAfterOther(a, b, (e) => withRecords(e, [{ slot: 'notes', id: note.id, record: null }]));
    expect(undone.notes[note.id]).toBeUndefined();
  });

  it('merges maps entry by entry: map positions, scores', () => {
    const a = base();
    const [p1, p2] = Object.keys(a.partners);
    const b = { ...a, layout: { ...a.layout, positions: { ...a.layout.positions, [p1!]: { x: 9, y: 9 } } } };
    const other = (e: WorkshopEntities) => ({ ...e, layout: { ...e.layout, positions: { ...e.layout.positions, [p2!]: { x: -5, y: -5 } } } });
    const undone = undoAfterOther(a, b, other);
    expect(undone.layout.positions[p1!]).toEqual(a.layout.positions[p1!]);
    expect(undone.layout.positions[p2!]).toEqual({ x: -5, y: -5 });
  });

  it('merges lists of items with ids item by item: a removed checklist item comes back in its place', () => {
    const a = base();
    const plan = Object.values(a.enablement)[0]!;
    const [first, second] = plan.checklist;
    const b = { ...a, enablement: { ...a.enablement, [plan.id]: { ...plan, checklist: plan.checklist.filter((i) => i.id !== first!.id) } } };
    const other = (e: WorkshopEntities) => {
      const now = e.enablement[plan.id]!;
      return { ...e, enablement: { ...e.enablement, [plan.id]: { ...now, checklist: now.checklist.map((i) => (i.id === second!.id ? { ...i, done: true } : i)) } } };
    };
    const undone = undoAfterOther(a, b, other).enablement[plan.id]!;
    expect(undone.checklist.map((i) => i.id)).toEqual(plan.checklist.map((i) => i.id));
    expect(undone.checklist[1]).toMatchObject({ id: second!.id, done: true });
  });

  it('redo is the revert of what the undo did', () => {
    const a = base();
    const note = firstNote(a);
    const b = editNote(a, note.id, { text: 'Mine' });
    const undone = stampRevisions(b, revertChanges(b, changesBetween(a, b), NOW));
    const redone = revertChanges(undone.entities, undone.changes, NOW);
    expect(redone.notes[note.id]).toMatchObject({ text: 'Mine' });
  });
});

describe('rebase: another writer’s stored change on top of this window’s unsaved edits', () => {
  it('takes the stored record itself where this window has no edit of its own', () => {
    const a = base();
    const note = firstNote(a);
    const stored = { ...note, text: 'Theirs', rev: note.rev + 1 };
    const next = rebase(a, [{ slot: 'notes', id: note.id, from: note, to: stored }], NOW);
    expect(next.notes[note.id]).toBe(stored);
    expect(next.partners).toBe(a.partners);
  });

  it('keeps this window’s unsaved field, takes the others', () => {
    const a = base();
    const note = firstNote(a);
    const mine = editNote(a, note.id, { text: 'Mine' });
    const stored = { ...note, color: 'green' as const, rev: note.rev + 1 };
    const next = rebase(mine, [{ slot: 'notes', id: note.id, from: note, to: stored }], NOW);
    expect(next.notes[note.id]).toMatchObject({ text: 'Mine', color: 'green', rev: note.rev + 1 });
  });
});

describe('settleReferences', () => {
  it('deletes what cascades and unlinks the rest, the way repair on load does', () => {
    const a = base();
    const canvas = Object.values(a.canvases).find((c) => c.partnerId)!;
    const partnerId = canvas.partnerId!;
    const { [partnerId]: _gone, ...partners } = a.partners;
    const settled = settleReferences({ ...a, partners }, NOW);
    expect(settled.canvases[canvas.id]).toMatchObject({ partnerId: null, updatedAt: NOW });
    expect(Object.values(settled.edges).some((e) => e.from === partnerId || e.to === partnerId)).toBe(false);
    expect(settled.layout.positions[partnerId]).toBeUndefined();
    expect(settleReferences(settled, NOW)).toBe(settled);
  });
});
