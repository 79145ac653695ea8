import type { Socket } from 'node:net';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../../electron/live/guard';
import { readAcks } from '../../../src/live/inbox';
import { LIVE_LIMITS } from '../../../src/live/limits';
import { outboxName } from '../../../src/live/names';
import { outboxNotes, writeOutboxNote } from '../../../src/live/outbox';
import { authMessage, rawSocket, truncatedUpdateMessage, updateMessage, type RawSocket } from './hostileClients';
import { FACILITATOR_ORIGIN, hostileRoom, type HostileRoom } from './hostileRoom';
import { until } from './liveClients';

/**
 * Hostile and broken participants against a live session (docs/ARCHITECTURE.md, "Live sessions"): each case
 * runs with the facilitator and an honest participant connected throughout, gets one clear outcome, and is
 * contained only when afterwards the honest participant's notes are all on the canvas once, unchanged, and
 * their next note still goes through both ways.
 */
const AT = '2026-03-02T09:00:00.000Z';
let room: HostileRoom;
const sockets: RawSocket[] = [];
const tally = { tried: 0, contained: 0 };

beforeEach(async () => {
  room = await hostileRoom();
  await room.checkHonest();
});

afterEach(async () => {
  sockets.splice(0).forEach((s) => s.ws.terminate());
  await room.close();
});

afterAll(() => {
  console.log(`hostile cases: ${tally.tried} tried, ${tally.contained} contained`);
});

type Outcome = 'refused' | 'rate-limited' | 'disconnected' | 'clamped' | 'cleaned' | 'ignored';

/** One hostile case: `run` returns the outcome it saw; the honest check runs after it. */
function hostile(name: string, expected: Outcome, run: () => Promise<Outcome>, timeout = 20_000) {
  it(`${name}: ${expected}`, async () => {
    tally.tried++;
    expect(await run()).toBe(expected);
    await room.checkHonest();
    tally.contained++;
  }, timeout);
}

function raw(origin = room.base, options: { maxPayload?: number } = {}): RawSocket {
  const s = rawSocket(room.url, origin, options);
  sockets.push(s);
  return s;
}

async function hostileJoin(name = 'Mallory') {
  const { status, body } = await room.joinAs(name);
  expect(status).toBe(200);
  await room.follow(body.participantId, name);
  return body;
}

/** A raw socket admitted to the hostile participant's own outbox. */
async function admittedRaw(joined: { participantId: string; token: string }): Promise<RawSocket> {
  const s = raw();
  expect(await s.opened).toBe(true);
  s.send(authMessage(outboxName(joined.participantId), joined.token));
  await new Promise((r) => setTimeout(r, 50));
  return s;
}

/** An update that writes `count` notes of `text` into an outbox. */
function notesUpdate(count: number, text: (i: number) => string): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (let i = 0; i < count; i++) writeOutboxNote(doc, `spam${i}`, { field: 'valueOffer', text: text(i) }, AT);
  });
  return Y.encodeStateAsUpdate(doc);
}

const closedBy = async (s: RawSocket): Promise<Outcome> => ((await s.closed) === CLOSE.tooMany.code ? 'rate-limited' : 'disconnected');

describe('hostile participants: what they send', () => {
  hostile('garbage bytes in a message', 'disconnected', async () => {
    const s = raw();
    await s.opened;
    s.send(new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0x13, 0x37, 0x42]));
    expect(await s.closed).toBe(CLOSE.malformed.code);
    return 'disconnected';
  });

  hostile('garbage bytes under the WebSocket framing', 'disconnected', async () => {
    const s = raw();
    await s.opened;
    (s.ws as unknown as { _socket: Socket })._socket.write(Buffer.from([0x82, 0xff, 0x13, 0x37, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x01]));
    expect(await s.closed).not.toBe(1000);
    return 'disconnected';
  });

  hostile('a truncated frame', 'disconnected', async () => {
    const mallory = await hostileJoin();
    const s = await admittedRaw(mallory);
    s.send(truncatedUpdateMessage(outboxName(mallory.participantId)));
    expect(await s.closed).toBe(CLOSE.malformed.code);
    return 'disconnected';
  });

  hostile('a valid update that deletes everything in its own document', 'ignored', async () => {
    const mallory = await hostileJoin();
    const device = await room.device(mallory);
    for (const key of ['m1', 'm2', 'm3']) writeOutboxNote(device.outbox.doc, key, { field: 'createdValue', text: `Mallory ${key}` }, AT);
    expect(await room.answered(device.inbox.doc, 'm3')).toMatchObject({ status: 'on-canvas' });
    const mergesBefore = room.merges;
    device.outbox.doc.transact(() => [...outboxNotes(device.outbox.doc).keys()].forEach((key) => outboxNotes(device.outbox.doc).delete(key)));
    await until(() => room.merges > mergesBefore, 'the facilitator to merge the emptied outbox');
    // A note missing from an outbox is not a deletion (only a tombstone is): what reached the canvas stays.
    expect(room.canvasNotesOf(mallory.participantId).map((n) => n.text).sort()).toEqual(['Mallory m1', 'Mallory m2', 'Mallory m3']);
    return 'ignored';
  });

  hostile("an update addressed at another participant's document", 'refused', async () => {
    const mallory = await hostileJoin();
    const honestOutbox = outboxName(room.honestId);
    const device = room.client(mallory.token);
    expect(await device.open(honestOutbox).ready).toBe('denied');
    const s = await admittedRaw(mallory);
    s.send(authMessage(honestOutbox, mallory.token));
    s.send(updateMessage(honestOutbox, notesUpdate(1, () => 'Forged into the honest outbox')));
    await new Promise((r) => setTimeout(r, 200));
    expect(room.canvasNotesOf(room.honestId).some((n) => n.text.startsWith('Forged'))).toBe(false);
    return 'refused';
  });

  hostile('an update addressed at the shared board', 'ignored', async () => {
    const mallory = await hostileJoin();
    const device = await room.device(mallory);
    device.board.doc.getMap('notes').set('forged', { field: 'valueOffer', text: 'Forged on the board', color: 'red', order: 0 });
    await room.checkHonest();
    expect(room.facilitatorBoard.getMap('notes').has('forged')).toBe(false);
    return 'ignored';
  });

  hostile('a 10 MB message', 'disconnected', async () => {
    const s = raw();
    await s.opened;
    s.send(new Uint8Array(10 * 1024 * 1024).fill(0x61));
    expect(await s.closed).toBe(1009);
    return 'disconnected';
  });

  hostile('10,000 notes in one update', 'disconnected', async () => {
    const mallory = await hostileJoin();
    const update = notesUpdate(10_000, (i) => `Spam idea ${i}`);
    expect(update.byteLength).toBeGreaterThan(LIVE_LIMITS.messageBytes);
    const s = await admittedRaw(mallory);
    s.send(updateMessage(outboxName(mallory.participantId), update));
    expect(await s.closed).toBe(1009);
    expect(room.canvasNotesOf(mallory.participantId)).toHaveLength(0);
    return 'disconnected';
  });

  hostile('10,000 notes in updates under the message limit', 'clamped', async () => {
    const mallory = await hostileJoin();
    const device = await room.device(mallory);
    for (let batch = 0; batch < 10; batch++) {
      device.outbox.doc.transact(() => {
        for (let i = batch * 1000; i < (batch + 1) * 1000; i++) writeOutboxNote(device.outbox.doc, `spam${String(i).padStart(5, '0')}`, { field: 'valueOffer', text: `Spam ${i}` }, AT);
      });
    }
    await until(() => readAcks(device.inbox.doc).size === LIVE_LIMITS.outboxEntries, 'answers to the earliest outbox entries', 15_000);
    expect(room.canvasNotesOf(mallory.participantId)).toHaveLength(LIVE_LIMITS.notesPerParticipant);
    expect([...readAcks(device.inbox.doc).values()].filter((a) => a.status === 'refused' && a.reason === 'limit')).toHaveLength(LIVE_LIMITS.outboxEntries - LIVE_LIMITS.notesPerParticipant);
    return 'clamped';
  }, 30_000);

  hostile('a note of 1 MB', 'disconnected', async () => {
    const mallory = await hostileJoin();
    const s = await admittedRaw(mallory);
    s.send(updateMessage(outboxName(mallory.participantId), notesUpdate(1, () => 'x'.repeat(1024 * 1024))));
    expect(await s.closed).toBe(1009);
    return 'disconnected';
  });

  hostile('a note of 200 KB, under the message limit', 'clamped', async () => {
    const mallory = await hostileJoin();
    const device = await room.device(mallory);
    writeOutboxNote(device.outbox.doc, 'long', { field: 'desiredAssets', text: 'Long '.repeat(40_000) }, AT);
    expect(await room.answered(device.inbox.doc, 'long')).toMatchObject({ status: 'clamped' });
    const [note] = room.canvasNotesOf(mallory.participantId);
    expect(Array.from(note?.text ?? '').length).toBeLessThanOrEqual(LIVE_LIMITS.noteText);
    // The marker the facilitator's canvas shows on a clamped note.
    expect(note?.live?.clamped).toBe(true);
    return 'clamped';
  });

  hostile('text with control characters, bidi overrides and script payloads', 'cleaned', async () => {
    const mallory = await hostileJoin();
    const device = await room.device(mallory);
    const payload = 'Idea\u0000\u0007\u001b[2J \u202eevil\u202c \u2066x\u2069 <script>alert(1)</script> <img src=x onerror=alert(1)>';
    writeOutboxNote(device.outbox.doc, 'payload', { field: 'transferActivity', text: payload }, AT);
    expect(await room.answered(device.inbox.doc, 'payload')).toMatchObject({ status: 'on-canvas' });
    const [note] = room.canvasNotesOf(mallory.participantId);
    // eslint-disable-next-line no-control-regex
    expect(note?.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e\u2066-\u2069]/);
    // Markup is kept as text, to be shown literally.
    expect(note?.text).toContain('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    return 'cleaned';
  });
});

describe('hostile participants: how much and who', () => {
  hostile('1,000 messages a second from one connection', 'rate-limited', async () => {
    const mallory = await hostileJoin();
    const s = await admittedRaw(mallory);
    const ping = updateMessage(outboxName(mallory.participantId), Y.encodeStateAsUpdate(new Y.Doc()));
    for (let tick = 0; tick < 100 && s.ws.readyState === s.ws.OPEN; tick++) {
      for (let i = 0; i < 10; i++) s.send(ping);
      await new Promise((r) => setTimeout(r, 10));
    }
    const outcome = await closedBy(s);
    // The same participant connects again and syncs afresh.
    expect(await (await room.device(mallory)).outbox.ready).toBe('synced');
    return outcome;
  });

  hostile('200 join attempts with wrong codes', 'rate-limited', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) statuses.push((await room.joinAs('Mallory', 'WWWWWW')).status);
    expect(statuses.slice(0, LIVE_LIMITS.failedJoinsPerMinute)).toEqual(Array(LIVE_LIMITS.failedJoinsPerMinute).fill(403));
    expect(new Set(statuses.slice(LIVE_LIMITS.failedJoinsPerMinute))).toEqual(new Set([429]));
    return 'rate-limited';
  }, 30_000);

  hostile('a forged facilitator token', 'refused', async () => {
    expect(await room.client('not-the-facilitator-token', FACILITATOR_ORIGIN).open('board').ready).toBe('denied');
    expect(await room.client('not-the-facilitator-token', FACILITATOR_ORIGIN).open(outboxName(room.honestId)).ready).toBe('denied');
    expect(await room.client(room.started.facilitatorToken, room.base).open('roster').ready).toBe('denied');
    return 'refused';
  });

  hostile('a WebSocket upgrade from a foreign Origin', 'refused', async () => {
    const s = raw('http://evil.example');
    const status = await new Promise<number>((resolve) => {
      s.ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      s.ws.once('open', () => resolve(101));
    });
    expect(status).toBe(403);
    return 'refused';
  });

  hostile(`${LIVE_LIMITS.participants + 1} participants`, 'refused', async () => {
    for (let i = 1; i < LIVE_LIMITS.participants; i++) expect((await room.joinAs(`P${i}`)).status).toBe(200);
    const late = await room.joinAs('One too many');
    expect([late.status, late.body.error]).toEqual([409, 'session-full']);
    return 'refused';
  });
});
