import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boxOf, createExampleWorkshop, keepsClear, moveNotes, notesOfCanvas, recolorNotes, removeNotes, setNoteText, toEntities, type WorkshopEntities } from '../../../src/domain';
import { readAcks, writeAcks } from '../../../src/live/inbox';
import { LIVE_LIMITS } from '../../../src/live/limits';
import { mergeParticipant, type LiveParticipant } from '../../../src/live/merge';
import { deleteOutboxNote, outboxNotes, readOutboxNotes, writeOutboxNote } from '../../../src/live/outbox';
import { cleanParticipantText } from '../../../src/live/participantNote';

const AT = '2026-03-02T09:00:00.000Z';
const ada: LiveParticipant = { id: 'adaparticip1', name: 'Ada' };

/**
 * A participant's device and the facilitator's app, each with its own Y.Docs, kept in step by exchanging
 * updates the way the sync server relays them (no network).
 */
function room() {
  const deviceOutbox = new Y.Doc();
  const facilitatorOutbox = new Y.Doc();
  const facilitatorInbox = new Y.Doc();
  const deviceInbox = new Y.Doc();
  deviceOutbox.on('update', (u: Uint8Array) => Y.applyUpdate(facilitatorOutbox, u));
  facilitatorInbox.on('update', (u: Uint8Array) => Y.applyUpdate(deviceInbox, u));
  const base = toEntities(createExampleWorkshop(AT));
  const canvasId = Object.values(base.canvases).find((c) => c.partnerId === null)?.id ?? '';
  let entities: WorkshopEntities = base;
  return {
    deviceOutbox,
    deviceInbox,
    facilitatorOutbox,
    canvasId,
    get entities() {
      return entities;
    },
    set entities(value: WorkshopEntities) {
      entities = value;
    },
    /** One merge pass, as the facilitator's app runs it: apply, (save), then acknowledge. */
    merge(named = true, who: LiveParticipant = ada) {
      const { entities: next, result } = mergeParticipant(entities, { canvasId, named, at: AT }, who, outboxNotes(facilitatorOutbox).entries(), readAcks(facilitatorInbox));
      entities = next;
      writeAcks(facilitatorInbox, result);
      return result;
    },
    participantNotes() {
      return notesOfCanvas(entities, canvasId).filter((n) => n.live?.participant === ada.id);
    },
  };
}

describe('merging a participant into the canvas', () => {
  it('adds each note once, with its author, and acknowledges it on their device', () => {
    const r = room();
    writeOutboxNote(r.deviceOutbox, 'note-1', { field: 'valueOffer', text: 'Joint webinars' }, AT);
    writeOutboxNote(r.deviceOutbox, 'note-2', { field: 'createdValue', text: 'Faster onboarding' }, AT);
    r.merge();
    r.merge();
    const notes = r.participantNotes();
    expect(notes.map((n) => [n.field, n.text, n.author])).toEqual(
      expect.arrayContaining([
        ['valueOffer', 'Joint webinars', 'Ada'],
        ['createdValue', 'Faster onboarding', 'Ada'],
      ]),
    );
    expect(notes).toHaveLength(2);
    const acks = readAcks(r.deviceInbox);
    expect(acks.get('note-1')).toMatchObject({ status: 'on-canvas', rev: 1, noteId: notes.find((n) => n.text === 'Joint webinars')?.id });
  });

  it('carries no name in an anonymous session', () => {
    const r = room();
    writeOutboxNote(r.deviceOutbox, 'note-1', { field: 'valueOffer', text: 'Candid idea' }, AT);
    r.merge(false);
    expect(r.participantNotes()[0]?.author).toBeUndefined();
  });

  it("applies a participant's later edit to the text only, keeping the facilitator's place and colour", () => {
    const r = room();
    writeOutboxNote(r.deviceOutbox, 'note-1', { field: 'valueOffer', text: 'Draft' }, AT);
    r.merge();
    const id = r.participantNotes()[0]?.id ?? '';
    r.entities = recolorNotes(moveNotes(r.entities, [{ id, field: 'createdValue', x: 400, y: 300 }]), [id], 'blue');
    r.entities = setNoteText(r.entities, id, 'Facilitator wording');
    r.merge();
    expect(r.entities.notes[id]?.text).toBe('Facilitator wording');
    writeOutboxNote(r.deviceOutbox, 'note-1', { field: 'desiredAssets', text: 'Final wording' }, AT);
    r.merge();
    expect(r.entities.notes[id]).toMatchObject({ text: 'Final wording', field: 'createdValue', x: 400, y: 300, color: 'blue' });
    expect(readAcks(r.deviceInbox).get('note-1')).toMatchObject({ status: 'on-canvas', rev: 2 });
  });

  it("removes a note its author deletes; one the facilitator deleted stays deleted, even when edited again", () => {
    const r = room();
    writeOutboxNote(r.deviceOutbox, 'keep', { field: 'valueOffer', text: 'Keep' }, AT);
    writeOutboxNote(r.deviceOutbox, 'drop', { field: 'valueOffer', text: 'Drop' }, AT);
    r.merge();
    deleteOutboxNote(r.deviceOutbox, 'drop', AT);
    r.merge();
    expect(r.participantNotes().map((n) => n.text)).toEqual(['Keep']);
    expect(readAcks(r.deviceInbox).get('drop')?.status).toBe('deleted');
    r.entities = removeNotes(r.entities, [r.participantNotes()[0]?.id ?? '']);
    r.merge();
    writeOutboxNote(r.deviceOutbox, 'keep', { field: 'valueOffer', text: 'Keep, please' }, AT);
    r.merge();
    expect(r.participantNotes()).toEqual([]);
    expect(readAcks(r.deviceInbox).get('keep')?.status).toBe('removed');
  });

  it('adopts a note saved before its acknowledgement was (a crash in between): no duplicate', () => {
    const r = room();
    writeOutboxNote(r.deviceOutbox, 'note-1', { field: 'valueOffer', text: 'Once' }, AT);
    const { entities } = mergeParticipant(r.entities, { canvasId: r.canvasId, named: true, at: AT }, ada, outboxNotes(r.facilitatorOutbox).entries(), new Map());
    r.entities = entities;
    r.merge();
    expect(r.participantNotes()).toHaveLength(1);
    expect(readAcks(r.deviceInbox).get('note-1')?.status).toBe('on-canvas');
  });

  it('ignores a document that lost its entries (a hostile "delete everything" update): notes stay', () => {
    const r = room();
    writeOutboxNote(r.deviceOutbox, 'note-1', { field: 'valueOffer', text: 'Stays' }, AT);
    r.merge();
    outboxNotes(r.deviceOutbox).clear();
    r.merge();
    expect(r.participantNotes().map((n) => n.text)).toEqual(['Stays']);
  });
});

describe('the one way in for participant notes', () => {
  it(`clamps a note over ${LIVE_LIMITS.noteText} characters, marks it, and tells the participant`, () => {
    const r = room();
    writeOutboxNote(r.deviceOutbox, 'long', { field: 'valueOffer', text: '😀'.repeat(2500) }, AT);
    r.merge();
    const note = r.participantNotes()[0];
    expect(Array.from(note?.text ?? '')).toHaveLength(LIVE_LIMITS.noteText);
    expect(note?.live?.clamped).toBe(true);
    expect(readAcks(r.deviceInbox).get('long')?.status).toBe('clamped');
    r.entities = setNoteText(r.entities, note?.id ?? '', 'Shorter, by the facilitator');
    expect(r.entities.notes[note?.id ?? '']?.live).toEqual({ participant: ada.id, key: 'long' });
  });

  it(`refuses notes beyond ${LIVE_LIMITS.notesPerParticipant} per participant, keeping the earliest`, () => {
    const r = room();
    r.deviceOutbox.transact(() => {
      for (let i = 0; i <= LIVE_LIMITS.notesPerParticipant; i++) writeOutboxNote(r.deviceOutbox, `n${String(i).padStart(3, '0')}`, { field: 'valueOffer', text: `Idea ${i}` }, `2026-03-02T09:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z`);
    });
    r.merge();
    expect(r.participantNotes()).toHaveLength(LIVE_LIMITS.notesPerParticipant);
    expect(readAcks(r.deviceInbox).get('n200')).toMatchObject({ status: 'refused', reason: 'limit' });
  });

  it('refuses malformed entries with a reason and keeps script-like text literally', () => {
    const r = room();
    const out = outboxNotes(r.deviceOutbox);
    out.set('bad-field', { field: 'nowhere', text: 'x', rev: 1, at: AT });
    out.set('bad-text', { field: 'valueOffer', text: 42, rev: 1, at: AT });
    out.set('bad key!', { field: 'valueOffer', text: 'x', rev: 1, at: AT });
    out.set('blank', { field: 'valueOffer', text: ' \n ', rev: 1, at: AT });
    out.set('proto', { field: 'valueOffer', text: 'x', rev: 1, at: AT, __proto__: { polluted: true } } as object);
    writeOutboxNote(r.deviceOutbox, 'xss', { field: 'valueOffer', text: '<img src=x onerror=alert(1)>' }, AT);
    r.merge();
    const acks = readAcks(r.deviceInbox);
    expect(acks.get('bad-field')).toMatchObject({ status: 'refused', reason: 'invalid' });
    expect(acks.get('bad-text')).toMatchObject({ status: 'refused', reason: 'invalid' });
    expect(acks.get('bad key!')).toMatchObject({ status: 'refused', reason: 'invalid' });
    expect(acks.get('blank')).toMatchObject({ status: 'refused', reason: 'empty' });
    expect(r.participantNotes().map((n) => n.text).sort()).toEqual(['<img src=x onerror=alert(1)>', 'x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('strips control characters and direction overrides, keeping line breaks', () => {
    expect(cleanParticipantText('a\u0007b\u202Ec\nd\te')).toEqual({ text: 'abc\nd\te', clamped: false });
  });
});

describe('the participant device reads its own notes', () => {
  it('without tombstones, in the order written', () => {
    const doc = new Y.Doc();
    writeOutboxNote(doc, 'b', { field: 'valueOffer', text: 'Second' }, '2026-03-02T09:00:02.000Z');
    writeOutboxNote(doc, 'a', { field: 'valueOffer', text: 'First' }, '2026-03-02T09:00:01.000Z');
    writeOutboxNote(doc, 'c', { field: 'valueOffer', text: 'Gone' }, '2026-03-02T09:00:03.000Z');
    deleteOutboxNote(doc, 'c', AT);
    expect(readOutboxNotes(doc).map((n) => [n.key, n.text, n.rev])).toEqual([
      ['a', 'First', 1],
      ['b', 'Second', 1],
    ]);
  });
});

describe('where participant notes land', () => {
  it('each in a free spot of its field, clear of the notes already there', () => {
    const r = room();
    r.deviceOutbox.transact(() => {
      for (let i = 0; i < 12; i++) writeOutboxNote(r.deviceOutbox, `n${i}`, { field: 'transferActivity', text: `Idea ${i} `.repeat(1 + (i % 4) * 6) }, AT);
    });
    r.merge();
    const boxes = notesOfCanvas(r.entities, r.canvasId)
      .filter((n) => n.field === 'transferActivity')
      .map((n) => boxOf(n));
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(keepsClear(a, a.height, b)).toBe(true);
  });
});

describe('a hostile outbox', () => {
  it(`of 10,000 notes costs one bounded merge: ${LIVE_LIMITS.notesPerParticipant} on the canvas, the next refused, the rest unanswered`, () => {
    const r = room();
    r.deviceOutbox.transact(() => {
      for (let i = 0; i < 10_000; i++) writeOutboxNote(r.deviceOutbox, `h${String(i).padStart(5, '0')}`, { field: 'valueOffer', text: `Spam ${i}` }, AT);
    });
    const acks = r.merge();
    expect(r.participantNotes()).toHaveLength(LIVE_LIMITS.notesPerParticipant);
    expect(acks.size).toBe(LIVE_LIMITS.outboxEntries);
    expect([...acks.values()].filter((a) => a.status === 'refused' && a.reason === 'limit')).toHaveLength(LIVE_LIMITS.outboxEntries - LIVE_LIMITS.notesPerParticipant);
    expect(r.merge().size).toBe(0);
  });
});
