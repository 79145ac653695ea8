import { describe, expect, it, vi } from 'vitest';
import { moveNotes, setNoteText, withNotes, type Note, type WorkshopEntities } from '../../../src/domain';
import { useToasts } from '../../../src/state/toasts';
import { databaseWithExample, eventually, openWindow, twoWindows } from './helpers';

const noteOf = (e: WorkshopEntities, i = 0) => Object.values(e.notes)[i]!;
const recolor = (id: string, color: Note['color']) => (e: WorkshopEntities) => withNotes(e, [{ ...e.notes[id]!, color }]);

async function opened(options: Parameters<typeof openWindow>[1] = {}) {
  const { name, bundle } = await databaseWithExample();
  const win = openWindow(name, options);
  await win.session.openWorkshop(bundle.workshop.id);
  return { ...win, name, bundle };
}

describe('commit, undo and redo', () => {
  it('makes each local commit one undo step, and undo/redo walk them', async () => {
    const { session, entities } = await opened();
    const note = noteOf(entities());
    session.commit((e) => setNoteText(e, note.id, 'First'), { origin: 'local' });
    session.commit((e) => setNoteText(e, note.id, 'Second'), { origin: 'local' });
    expect(session.store.getState()).toMatchObject({ canUndo: true, canRedo: false });
    session.undo();
    expect(entities().notes[note.id]?.text).toBe('First');
    session.undo();
    expect(entities().notes[note.id]?.text).toBe(note.text);
    expect(session.store.getState()).toMatchObject({ canUndo: false, canRedo: true });
    session.redo();
    session.redo();
    expect(entities().notes[note.id]?.text).toBe('Second');
    expect(session.store.getState().canRedo).toBe(false);
  });

  it('returns the recipe’s result and bumps the revision of what it changed', async () => {
    const { session, entities } = await opened();
    const note = noteOf(entities());
    const result = session.commit((e) => ({ entities: setNoteText(e, note.id, 'Counted'), result: 42 }), { origin: 'local' });
    expect(result).toBe(42);
    expect(entities().notes[note.id]?.rev).toBe(note.rev + 1);
    session.undo();
    expect(entities().notes[note.id]).toMatchObject({ text: note.text, rev: note.rev + 2 });
  });

  it('makes no step of a commit that changes nothing', async () => {
    const { session, entities } = await opened();
    const note = noteOf(entities());
    session.commit((e) => setNoteText(e, note.id, note.text), { origin: 'local' });
    session.commit((e) => withNotes(e, [{ ...e.notes[note.id]! }]), { origin: 'local' });
    expect(session.store.getState().canUndo).toBe(false);
  });

  it('takes a gesture back in one step: a drag of several notes is one commit when it ends', async () => {
    const { session, entities } = await opened();
    const notes = [noteOf(entities(), 0), noteOf(entities(), 1), noteOf(entities(), 2)];
    session.commit((e) => moveNotes(e, notes.map((n) => ({ id: n.id, field: n.field, x: n.x + 50, y: n.y + 20 }))), { origin: 'local' });
    session.undo();
    for (const n of notes) expect(entities().notes[n.id]).toMatchObject({ x: n.x, y: n.y });
    expect(session.store.getState().canUndo).toBe(false);
  });

  it('keeps remote and system changes out of the history, without clearing it', async () => {
    const { session, entities } = await opened();
    const [mine, theirs] = [noteOf(entities(), 0), noteOf(entities(), 1)];
    session.commit((e) => setNoteText(e, mine.id, 'Mine'), { origin: 'local' });
    session.commit((e) => setNoteText(e, theirs.id, 'From a participant'), { origin: 'remote' });
    session.commit(recolor(theirs.id, 'green'), { origin: 'system' });
    session.undo();
    expect(entities().notes[mine.id]?.text).toBe(mine.text);
    expect(entities().notes[theirs.id]).toMatchObject({ text: 'From a participant', color: 'green', rev: theirs.rev + 2 });
    expect(session.store.getState().canUndo).toBe(false);
  });

  it('undoes only the fields this window changed, where they still hold what it wrote', async () => {
    const { session, entities } = await opened();
    const note = noteOf(entities());
    session.commit((e) => setNoteText(e, note.id, 'Mine'), { origin: 'local' });
    session.commit(recolor(note.id, 'purple'), { origin: 'remote' });
    session.undo();
    expect(entities().notes[note.id]).toMatchObject({ text: note.text, color: 'purple' });
  });

  it('skips a step whose every change another writer has overwritten', async () => {
    const { session, entities } = await opened();
    const [a, b] = [noteOf(entities(), 0), noteOf(entities(), 1)];
    session.commit((e) => setNoteText(e, a.id, 'Mine first'), { origin: 'local' });
    session.commit((e) => setNoteText(e, b.id, 'Mine second'), { origin: 'local' });
    session.commit((e) => setNoteText(e, b.id, 'Theirs'), { origin: 'remote' });
    session.undo();
    expect(entities().notes[b.id]?.text).toBe('Theirs');
    expect(entities().notes[a.id]?.text).toBe(a.text);
  });

  it('offers an Undo toast that takes back exactly its step, even after later edits', async () => {
    const { session, entities } = await opened();
    const [a, b] = [noteOf(entities(), 0), noteOf(entities(), 1)];
    const undone = vi.fn();
    session.commit((e) => withNotes(e, [], [a.id]), { origin: 'local', undoMessage: 'Note deleted', onUndone: undone });
    const toast = useToasts.getState().toasts.at(-1)!;
    expect(toast).toMatchObject({ message: 'Note deleted', action: { label: 'Undo' } });
    session.commit((e) => setNoteText(e, b.id, 'Later'), { origin: 'local' });
    await toast.action!.run();
    expect(entities().notes[a.id]).toMatchObject({ text: a.text });
    expect(entities().notes[b.id]?.text).toBe('Later');
    expect(undone).toHaveBeenCalledOnce();
    session.undo();
    expect(entities().notes[a.id]).toBeUndefined();
  });
});

describe('the write-through', () => {
  it('writes the first change at once and gathers a burst into one write', async () => {
    const { session, workshops, entities, bundle } = await opened({ debounceMs: 30 });
    const apply = vi.spyOn(workshops, 'apply');
    const note = noteOf(entities());
    session.commit((e) => setNoteText(e, note.id, 'One'), { origin: 'local' });
    await session.flush();
    expect(apply).toHaveBeenCalledTimes(1);
    for (const text of ['Two', 'Three', 'Four']) session.commit((e) => setNoteText(e, note.id, text), { origin: 'local' });
    await session.flush();
    expect(apply).toHaveBeenCalledTimes(2);
    const stored = await workshops.load(bundle.workshop.id);
    expect(stored?.ok && stored.bundle.notes.find((n) => n.id === note.id)).toMatchObject({ text: 'Four', rev: note.rev + 4 });
    expect(session.store.getState().save.status).toBe('saved');
  });

  it('says when a write fails, keeps the change, and writes it on the retry', async () => {
    const { session, workshops, entities, bundle } = await opened();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    vi.spyOn(workshops, 'apply').mockRejectedValueOnce(quota);
    const note = noteOf(entities());
    session.commit((e) => setNoteText(e, note.id, 'Kept'), { origin: 'local' });
    await eventually(() => session.store.getState().save.status === 'error');
    expect(session.store.getState().save).toMatchObject({ message: expect.stringMatching(/disk is full/) });
    expect(entities().notes[note.id]?.text).toBe('Kept');
    await eventually(() => session.store.getState().save.status === 'saved');
    const stored = await workshops.load(bundle.workshop.id);
    expect(stored?.ok && stored.bundle.notes.find((n) => n.id === note.id)?.text).toBe('Kept');
  });

  it('tells its listeners each time the workshop is saved', async () => {
    const { session, entities, bundle } = await opened();
    const saved = vi.fn();
    session.onSaved(saved);
    session.commit((e) => setNoteText(e, noteOf(entities()).id, 'Saved'), { origin: 'remote' });
    await session.flush();
    expect(saved).toHaveBeenCalledWith(bundle.workshop.id);
  });
});

describe('two windows on one database', () => {
  it('follow each other, and each window’s undo takes back its own edit only', async () => {
    const { a, b } = await twoWindows();
    const [one, two] = [noteOf(a.entities(), 0), noteOf(a.entities(), 1)];
    a.session.commit((e) => setNoteText(e, one.id, 'Written in A'), { origin: 'local' });
    await a.session.flush();
    await eventually(() => b.entities().notes[one.id]?.text === 'Written in A');
    expect(b.session.store.getState().canUndo).toBe(false);

    b.session.commit((e) => setNoteText(e, two.id, 'Written in B'), { origin: 'local' });
    await b.session.flush();
    await eventually(() => a.entities().notes[two.id]?.text === 'Written in B');
    expect(a.session.store.getState().canUndo).toBe(true);

    a.session.undo();
    await a.session.flush();
    await eventually(() => b.entities().notes[one.id]?.text === one.text);
    for (const win of [a, b]) {
      expect(win.entities().notes[one.id]?.text).toBe(one.text);
      expect(win.entities().notes[two.id]?.text).toBe('Written in B');
    }
    expect(b.session.store.getState().canUndo).toBe(true);
  });

  it('keep the other window’s edit of another field of the same record', async () => {
    const { a, b, bundle } = await twoWindows();
    const note = noteOf(a.entities());
    a.session.commit((e) => setNoteText(e, note.id, 'Text from A'), { origin: 'local' });
    await a.session.flush();
    await eventually(() => b.entities().notes[note.id]?.text === 'Text from A');
    b.session.commit(recolor(note.id, 'pink'), { origin: 'local' });
    await b.session.flush();
    await eventually(() => a.entities().notes[note.id]?.color === 'pink');
    a.session.undo();
    await a.session.flush();
    await eventually(() => b.entities().notes[note.id]?.text === note.text);
    const stored = await a.workshops.load(bundle.workshop.id);
    expect(stored?.ok && stored.bundle.notes.find((n) => n.id === note.id)).toMatchObject({ text: note.text, color: 'pink' });
  });

  it('do not overwrite each other’s workshop settings when writing other records', async () => {
    const { a, b, bundle } = await twoWindows();
    b.session.commit((e) => ({ ...e, workshop: { ...e.workshop, noiseThreshold: 4 } }), { origin: 'local' });
    await b.session.flush();
    a.session.commit((e) => setNoteText(e, noteOf(e).id, 'Unrelated'), { origin: 'local' });
    await a.session.flush();
    expect((await a.workshops.getWorkshop(bundle.workshop.id))?.noiseThreshold).toBe(4);
    await eventually(() => a.entities().workshop.noiseThreshold === 4);
  });

  it('see each other’s writes when both write in the same millisecond (stamps stay distinct)', async () => {
    const { a, b, bundle } = await twoWindows();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T22:30:00.000Z') });
    try {
      b.session.commit((e) => ({ ...e, workshop: { ...e.workshop, noiseThreshold: 4 } }), { origin: 'local' });
      await b.session.flush();
      a.session.commit((e) => setNoteText(e, noteOf(e).id, 'Same millisecond'), { origin: 'local' });
      await a.session.flush();
      const stored = await a.workshops.getWorkshop(bundle.workshop.id);
      expect(stored?.noiseThreshold).toBe(4);
      await eventually(() => a.entities().workshop.noiseThreshold === 4);
      await eventually(() => noteOf(b.entities()).text === 'Same millisecond');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a workshop deleted in the other window as missing', async () => {
    const { a, b, bundle } = await twoWindows();
    await a.workshops.delete(bundle.workshop.id);
    await eventually(() => b.session.store.getState().load.status === 'missing');
  });
});
