import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExampleWorkshop, notesOfCanvas, toEntities, type WorkshopEntities } from '../../../src/domain';
import { readAcks } from '../../../src/live/inbox';
import { inboxName, outboxName } from '../../../src/live/names';
import { writeOutboxNote } from '../../../src/live/outbox';
import { LiveDocs } from '../../../src/state/live/liveDocs';
import { Merger } from '../../../src/state/live/merging';

const AT = '2026-03-02T09:00:00.000Z';
const PID = 'adaparticip1';

afterEach(() => vi.useRealTimers());

/** The facilitator's merge with a workshop in memory and a save that can fail, as IndexedDB sometimes does. */
function setup() {
  let entities: WorkshopEntities = toEntities(createExampleWorkshop(AT));
  const canvasId = Object.values(entities.canvases).find((c) => c.partnerId === null)?.id ?? '';
  const docs = new LiveDocs();
  const saves = { ok: false, attempts: 0 };
  const merger = new Merger({
    docs,
    canvasId,
    named: () => true,
    heights: () => ({}),
    joinedName: () => 'Ada',
    apply: (recipe) => {
      const { entities: next, result } = recipe(entities);
      entities = next;
      return result;
    },
    save: async () => {
      saves.attempts++;
      return saves.ok;
    },
  });
  const participantNotes = () => notesOfCanvas(entities, canvasId).filter((n) => n.live?.participant === PID);
  return { docs, merger, saves, participantNotes, acks: () => readAcks(docs.get(inboxName(PID))) };
}

describe("the facilitator's merge", () => {
  it('acknowledges a note only once the canvas change is saved, and tries again after a failed save', async () => {
    vi.useFakeTimers();
    const { docs, merger, saves, participantNotes, acks } = setup();
    writeOutboxNote(docs.get(outboxName(PID)), 'note-1', { field: 'valueOffer', text: 'Saved before told' }, AT);
    merger.schedule(PID);
    await merger.drain();
    expect(participantNotes().map((n) => n.text)).toEqual(['Saved before told']);
    expect(saves.attempts).toBe(1);
    expect(acks().size).toBe(0);

    saves.ok = true;
    await vi.advanceTimersByTimeAsync(3000);
    await merger.drain();
    expect(saves.attempts).toBe(2);
    expect(acks().get('note-1')).toMatchObject({ status: 'on-canvas', rev: 1 });
    expect(participantNotes()).toHaveLength(1);
  });

  it('merges one participant at a time, and again when their notes changed meanwhile', async () => {
    const { docs, merger, saves, participantNotes, acks } = setup();
    saves.ok = true;
    const outbox = docs.get(outboxName(PID));
    writeOutboxNote(outbox, 'note-1', { field: 'valueOffer', text: 'First' }, AT);
    merger.schedule(PID);
    writeOutboxNote(outbox, 'note-2', { field: 'valueOffer', text: 'Second' }, AT);
    merger.schedule(PID);
    merger.schedule(PID);
    await merger.drain();
    expect(participantNotes().map((n) => n.text).sort()).toEqual(['First', 'Second']);
    expect([...acks().keys()].sort()).toEqual(['note-1', 'note-2']);
    expect(saves.attempts).toBe(2);
  });
});
