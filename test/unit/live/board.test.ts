import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createExampleWorkshop, notesOfCanvas, setNoteText, toEntities } from '../../../src/domain';
import { boardNotesOf, publishBoard, readBoard } from '../../../src/live/board';

const AT = '2026-03-02T09:00:00.000Z';

describe('the shared board', () => {
  const entities = toEntities(createExampleWorkshop(AT));
  const canvasId = Object.values(entities.canvases).find((c) => c.partnerId === null)?.id ?? '';
  const notes = notesOfCanvas(entities, canvasId).map((n, i) => (i === 0 ? { ...n, author: 'Ada' } : n));

  it("shows the canvas's notes on a participant's device, and names authors only in a named session", () => {
    const facilitator = new Y.Doc();
    const device = new Y.Doc();
    facilitator.on('update', (u: Uint8Array) => Y.applyUpdate(device, u));
    publishBoard(facilitator, { status: 'open', title: 'Helix', named: false }, boardNotesOf(notes, false));
    const seen = readBoard(device);
    expect(seen.session).toEqual({ status: 'open', title: 'Helix', named: false });
    expect(seen.notes).toHaveLength(notes.length);
    expect(seen.notes.some((n) => n.author)).toBe(false);
    publishBoard(facilitator, { status: 'open', title: 'Helix', named: true }, boardNotesOf(notes, true));
    expect(readBoard(device).notes.find((n) => n.id === notes[0]?.id)?.author).toBe('Ada');
  });

  it("carries a participant's note key, so their device knows its own note before the acknowledgement arrives", () => {
    const live = notes.map((n, i) => (i === 1 ? { ...n, live: { participant: 'p1', key: 'k1' } } : n));
    const doc = new Y.Doc();
    publishBoard(doc, { status: 'open', title: 'Helix', named: false }, boardNotesOf(live, false));
    const seen = readBoard(doc).notes;
    expect(seen.find((n) => n.id === live[1]?.id)?.key).toBe('k1');
    expect(seen.filter((n) => n.key !== undefined)).toHaveLength(1);
  });

  it('sends only what changed', () => {
    const doc = new Y.Doc();
    const session = { status: 'open' as const, title: 'Helix', named: true };
    publishBoard(doc, session, boardNotesOf(notes, true));
    let updates = 0;
    doc.on('update', () => updates++);
    publishBoard(doc, session, boardNotesOf(notes, true));
    expect(updates).toBe(0);
    const edited = setNoteText({ ...entities, notes: Object.fromEntries(notes.map((n) => [n.id, n])) }, notes[1]?.id ?? '', 'New text');
    publishBoard(doc, session, boardNotesOf(notesOfCanvas(edited, canvasId), true));
    expect(updates).toBe(1);
    expect(readBoard(doc).notes.find((n) => n.id === notes[1]?.id)?.text).toBe('New text');
  });

  it('skips malformed entries when read', () => {
    const doc = new Y.Doc();
    doc.getMap('notes').set('a', { field: 'nowhere', text: 'x' });
    doc.getMap('notes').set('b', 'text');
    doc.getMap('notes').set('c', { field: 'valueOffer', text: 'ok', color: 'chartreuse' });
    expect(readBoard(doc)).toEqual({ session: null, notes: [{ id: 'c', field: 'valueOffer', text: 'ok', color: 'yellow', order: 0 }] });
  });
});
