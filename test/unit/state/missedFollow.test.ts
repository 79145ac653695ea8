import { describe, expect, it, vi } from 'vitest';
import { setNoteText, withNotes, type Note, type WorkshopEntities } from '../../../src/domain';
import type { PartnerscapeDb } from '../../../src/storage';
import { twoWindows } from './helpers';

/**
 * The stamp watcher (a Dexie liveQuery) is replaced by one the test drives: it tells a window the stored stamp
 * only when the test says so. That pins down the order of the two windows' writes and of A's watcher.
 */
const watchers = vi.hoisted(() => new Map<PartnerscapeDb, (stamp: string | null) => void>());
vi.mock('../../../src/storage/watch', () => ({
  watchWorkshopStamp: (db: PartnerscapeDb, _id: string, onStamp: (stamp: string | null) => void) => {
    watchers.set(db, onStamp);
    return () => watchers.delete(db);
  },
}));

const noteOf = (e: WorkshopEntities) => Object.values(e.notes)[0]!;
const recolor = (id: string, color: Note['color']) => (e: WorkshopEntities) => withNotes(e, [{ ...e.notes[id]!, color }]);

async function twoWindowsWatched() {
  const { a, b, bundle } = await twoWindows();
  /** A's watcher runs now, and sees what is stored now. */
  const watchA = async () => {
    watchers.get(a.db)!((await a.workshops.getWorkshop(bundle.workshop.id))?.updatedAt ?? null);
    await a.session.settled();
  };
  return { a, b, id: bundle.workshop.id, watchA };
}

describe('a window that writes before its watcher has seen another window’s write', () => {
  it('still takes in the other window’s change, though its watcher sees only its own stamp', async () => {
    const { a, b, id, watchA } = await twoWindowsWatched();
    b.session.commit((e) => ({ ...e, workshop: { ...e.workshop, noiseThreshold: 4 } }), { origin: 'local' });
    await b.session.flush();
    a.session.commit((e) => setNoteText(e, noteOf(e).id, 'Unrelated'), { origin: 'local' });
    await a.session.flush();
    await watchA();
    expect(a.entities().workshop.noiseThreshold).toBe(4);
    expect((await a.workshops.getWorkshop(id))?.noiseThreshold).toBe(4);
  });

  it('does not write over the other window’s fields of a record both changed', async () => {
    const { a, b, id, watchA } = await twoWindowsWatched();
    const note = noteOf(a.entities());
    b.session.commit((e) => ({ ...e, workshop: { ...e.workshop, noiseThreshold: 4 } }), { origin: 'local' });
    b.session.commit(recolor(note.id, 'pink'), { origin: 'local' });
    await b.session.flush();
    a.session.commit((e) => ({ ...e, workshop: { ...e.workshop, title: 'Titled in A' } }), { origin: 'local' });
    a.session.commit((e) => setNoteText(e, note.id, 'Text from A'), { origin: 'local' });
    await a.session.flush();

    const stored = await a.workshops.load(id);
    expect(stored?.ok && stored.bundle.workshop).toMatchObject({ title: 'Titled in A', noiseThreshold: 4 });
    expect(stored?.ok && stored.bundle.notes.find((n) => n.id === note.id)).toMatchObject({ text: 'Text from A', color: 'pink' });
    await watchA();
    expect(a.entities().workshop).toMatchObject({ title: 'Titled in A', noiseThreshold: 4 });
    expect(a.entities().notes[note.id]).toMatchObject({ text: 'Text from A', color: 'pink' });

    a.session.undo();
    await a.session.flush();
    const after = await a.workshops.load(id);
    expect(after?.ok && after.bundle.notes.find((n) => n.id === note.id)).toMatchObject({ text: note.text, color: 'pink' });
  });
});
