import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type * as Y from 'yjs';
import { createExampleWorkshop, notesOfCanvas, toEntities, type WorkshopEntities } from '../../../src/domain';
import { LiveServer } from '../../../electron/live/server';
import { boardNotesOf, publishBoard, readBoard } from '../../../src/live/board';
import { readAcks, writeAcks, type Ack } from '../../../src/live/inbox';
import { mergeParticipant } from '../../../src/live/merge';
import { inboxName, outboxName } from '../../../src/live/names';
import { outboxNotes, writeOutboxNote } from '../../../src/live/outbox';
import { testClient, until, type TestClient } from './liveClients';

/**
 * A live session as the facilitator's app runs it, without the renderer: the real server on loopback, the
 * facilitator's connection running the real merge (src/live/merge.ts) into an example workshop held in memory,
 * answering in each inbox and publishing the board, and one honest participant connected throughout.
 */
export const FACILITATOR_ORIGIN = 'app://partnerscape';
const CODE = 'ABC346';
const AT = '2026-03-02T09:00:00.000Z';

export interface Joined {
  participantId: string;
  token: string;
}

function participantDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'live-app-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Join</title>');
  return dir;
}

export async function hostileRoom() {
  const server = new LiveServer({ port: 0, host: '127.0.0.1', addresses: [], facilitatorOrigins: [FACILITATOR_ORIGIN], participantDir: participantDir() });
  const started = await server.start({ sessionId: 'session-hostile', code: CODE, secret: 'a-session-secret-for-tests', participants: [] });
  const base = `http://127.0.0.1:${started.port}`;
  const url = `ws://127.0.0.1:${started.port}/sync`;
  const clients: TestClient[] = [];
  const client = (token: string, origin = base) => {
    const c = testClient(url, origin, token);
    clients.push(c);
    return c;
  };

  const joinAs = async (name: string, code = CODE): Promise<{ status: number; body: Joined & { error?: string } }> => {
    const response = await fetch(`${base}/api/join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code, name }) });
    return { status: response.status, body: (await response.json()) as Joined & { error?: string } };
  };

  // The facilitator: one socket, the board, and each followed participant's outbox and inbox.
  const facilitator = client(started.facilitatorToken, FACILITATOR_ORIGIN);
  const board = facilitator.open('board');
  await board.ready;
  let entities: WorkshopEntities = toEntities(createExampleWorkshop(AT));
  const canvasId = Object.values(entities.canvases).find((c) => c.partnerId === null)?.id ?? '';
  const publish = () => publishBoard(board.doc, { status: 'open', title: 'Hostile room', named: true }, boardNotesOf(notesOfCanvas(entities, canvasId), true));
  publish();
  const followed = new Map<string, { outbox: Y.Doc; inbox: Y.Doc }>();
  let merges = 0;

  const mergeOne = (id: string, name: string) => {
    const docs = followed.get(id);
    if (!docs) return;
    merges++;
    const { entities: next, result } = mergeParticipant(entities, { canvasId, named: true, at: AT }, { id, name }, outboxNotes(docs.outbox).entries(), readAcks(docs.inbox));
    entities = next;
    publish();
    writeAcks(docs.inbox, result);
  };

  /** The facilitator's app follows a participant who joined: merges their outbox on every change. */
  const follow = async (id: string, name: string) => {
    const outbox = facilitator.open(outboxName(id));
    const inbox = facilitator.open(inboxName(id));
    await Promise.all([outbox.ready, inbox.ready]);
    followed.set(id, { outbox: outbox.doc, inbox: inbox.doc });
    let queued = false;
    outbox.doc.on('update', () => {
      if (queued) return;
      queued = true;
      setTimeout(() => {
        queued = false;
        mergeOne(id, name);
      }, 5);
    });
    mergeOne(id, name);
  };

  /** A participant device like the app's: writes its outbox (with presence), reads its inbox and the board. */
  const device = async (joined: Joined) => {
    const c = client(joined.token);
    const outbox = c.open(outboxName(joined.participantId));
    const inbox = c.open(inboxName(joined.participantId), { awareness: false });
    const boardView = c.open('board', { awareness: false });
    expect(await Promise.all([outbox.ready, inbox.ready, boardView.ready])).toEqual(['synced', 'synced', 'synced']);
    return { client: c, outbox, inbox, board: boardView };
  };

  const honestJoin = await joinAs('Honest');
  await follow(honestJoin.body.participantId, 'Honest');
  const honest = await device(honestJoin.body);
  const written: string[] = [];

  const canvasNotesOf = (participantId: string) => notesOfCanvas(entities, canvasId).filter((n) => n.live?.participant === participantId);

  /** Waits until the device was told what became of the note `key`. */
  const answered = async (inbox: Y.Doc, key: string, limitMs = 10_000): Promise<Ack> => {
    await until(() => readAcks(inbox).has(key), `an answer to ${key}`, limitMs);
    return readAcks(inbox).get(key) as Ack;
  };

  /**
   * The honest participant writes one more note; the session still works when it is acknowledged on their device
   * and shown on their board, and everything they wrote is on the canvas exactly once, unchanged.
   */
  const checkHonest = async () => {
    const text = `Honest idea ${written.length + 1}`;
    const key = `honest${written.length + 1}`;
    writeOutboxNote(honest.outbox.doc, key, { field: 'valueOffer', text }, AT);
    written.push(text);
    expect(await answered(honest.inbox.doc, key)).toMatchObject({ status: 'on-canvas' });
    await until(() => readBoard(honest.board.doc).notes.some((n) => n.text === text), `"${text}" on the honest device's board`);
    expect(canvasNotesOf(honestJoin.body.participantId).map((n) => n.text).sort()).toEqual([...written].sort());
    const onBoard = readBoard(honest.board.doc).notes.filter((n) => n.author === 'Honest').map((n) => n.text);
    expect(onBoard.sort()).toEqual([...written].sort());
    expect(server.status().running).toBe(true);
  };

  return {
    server,
    started,
    base,
    url,
    client,
    joinAs,
    follow,
    device,
    answered,
    checkHonest,
    canvasNotesOf,
    facilitatorBoard: board.doc,
    honestId: honestJoin.body.participantId,
    get merges() {
      return merges;
    },
    async close() {
      clients.splice(0).forEach((c) => c.close());
      await server.stop();
    },
  };
}

export type HostileRoom = Awaited<ReturnType<typeof hostileRoom>>;
