import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE, readMessageHead, SocketGuard, SOCKET_LIMITS } from '../../../electron/live/guard';
import { LiveServer } from '../../../electron/live/server';
import type { LiveStartResult } from '../../../electron/shared/live';
import { LIVE_LIMITS } from '../../../src/live/limits';
import { authMessage, rawSocket, truncatedUpdateMessage, updateMessage, type RawSocket } from './hostileClients';
import { testClient, until, type TestClient } from './liveClients';

/**
 * The server's own limits against a hostile device, each with the facilitator and an honest participant
 * connected; the full suite against the facilitator's app is test/e2e/liveHostile.spec.ts.
 */
const FACILITATOR_ORIGIN = 'app://partnerscape';
const SECRET = 'a-session-secret-for-tests';
let server: LiveServer;
let started: LiveStartResult;
let base: string;
let url: string;
const clients: TestClient[] = [];
const sockets: RawSocket[] = [];

function participantDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'live-app-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Join</title>');
  return dir;
}

async function joinAs(name: string): Promise<{ participantId: string; token: string }> {
  const response = await fetch(`${base}/api/join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: 'ABC346', name }) });
  return (await response.json()) as { participantId: string; token: string };
}

function client(token: string, origin = base): TestClient {
  const c = testClient(url, origin, token);
  clients.push(c);
  return c;
}

function raw(origin = base): RawSocket {
  const s = rawSocket(url, origin);
  sockets.push(s);
  return s;
}

/** The facilitator and an honest participant, connected; `check` proves the session still works both ways. */
async function honestSession() {
  const honest = await joinAs('Honest');
  const facilitator = client(started.facilitatorToken, FACILITATOR_ORIGIN);
  const board = facilitator.open('board');
  const seen = facilitator.open(`out.${honest.participantId}`);
  const device = client(honest.token);
  const own = device.open(`out.${honest.participantId}`);
  const boardSeen = device.open('board', { awareness: false });
  await Promise.all([board.ready, seen.ready, own.ready, boardSeen.ready]);
  let round = 0;
  return {
    facilitator,
    board,
    async check() {
      round++;
      own.doc.getMap('notes').set(`honest-${round}`, { field: 'valueOffer', text: `Honest ${round}`, rev: 1 });
      board.doc.getMap('notes').set(`board-${round}`, { text: `Board ${round}` });
      await until(() => seen.doc.getMap('notes').has(`honest-${round}`), `honest note ${round} at the facilitator`);
      await until(() => boardSeen.doc.getMap('notes').has(`board-${round}`), `board note ${round} at the honest device`);
      for (let i = 1; i <= round; i++) expect(seen.doc.getMap('notes').get(`honest-${i}`)).toMatchObject({ text: `Honest ${i}` });
    },
  };
}

beforeEach(async () => {
  server = new LiveServer({ port: 0, host: '127.0.0.1', addresses: [], facilitatorOrigins: [FACILITATOR_ORIGIN], participantDir: participantDir(), limits: { admitWithinMs: 400 } });
  started = await server.start({ sessionId: 'session-hostile', code: 'ABC346', secret: SECRET, participants: [] });
  base = `http://127.0.0.1:${started.port}`;
  url = `ws://127.0.0.1:${started.port}/sync`;
});

afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  sockets.splice(0).forEach((s) => s.ws.terminate());
  await server.stop();
});

describe('the socket guard', () => {
  it('reads the document and type of a message, and nothing from garbage', () => {
    expect(readMessageHead(authMessage('board', 't'))).toEqual({ document: 'board', type: 2 });
    expect(readMessageHead(updateMessage('out.x', new Uint8Array(3)))).toEqual({ document: 'out.x', type: 0, step: 2 });
    expect(readMessageHead(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toBeNull();
    expect(readMessageHead(new Uint8Array([1, 0x61, 42]))).toBeNull();
  });

  it('trusts the facilitator and limits a participant', () => {
    let now = 0;
    const guard = new SocketGuard(false, LIVE_LIMITS, () => now);
    expect(guard.inspect(new Uint8Array([0xff, 0xff]))).toEqual(CLOSE.malformed);
    for (let i = 0; i < SOCKET_LIMITS.documentsPerSocket; i++) expect(guard.inspect(authMessage(`d${i}`, 't'))).toBeNull();
    expect(guard.inspect(authMessage('one-too-many', 't'))).toEqual(CLOSE.tooManyDocuments);
    now += 10_000;
    expect(new SocketGuard(true, LIVE_LIMITS).inspect(new Uint8Array([0xff]))).toBeNull();
  });
});

describe('a hostile device against the live server', () => {
  it('garbage and a truncated message close its socket', async () => {
    const session = await honestSession();
    const garbage = raw();
    await garbage.opened;
    garbage.send(new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0x13, 0x37]));
    expect(await garbage.closed).toBe(CLOSE.malformed.code);
    const truncated = raw();
    await truncated.opened;
    const { token, participantId } = await joinAs('Truncated');
    truncated.send(authMessage(`out.${participantId}`, token));
    truncated.send(truncatedUpdateMessage(`out.${participantId}`));
    expect(await truncated.closed).not.toBe(1000);
    await session.check();
  });

  it('may not show presence on the board, only on its own document', async () => {
    const session = await honestSession();
    const watcher = session.facilitator.open('board');
    await watcher.ready;
    const mallory = await joinAs('Mallory');
    const device = client(mallory.token);
    const board = device.open('board');
    const own = device.open(`out.${mallory.participantId}`);
    await Promise.all([board.ready, own.ready]);
    board.provider.setAwarenessField('spoof', 'on the board');
    own.provider.setAwarenessField('presence', 'on my own document');
    const ownSeen = session.facilitator.open(`out.${mallory.participantId}`);
    await ownSeen.ready;
    await until(() => [...(ownSeen.provider.awareness?.getStates().values() ?? [])].some((s) => s.presence === 'on my own document'), 'presence on the own document');
    const onBoard = [...(session.board.provider.awareness?.getStates().values() ?? []), ...(watcher.provider.awareness?.getStates().values() ?? [])];
    expect(onBoard.some((s) => s.spoof)).toBe(false);
    await session.check();
  });

  it('messages for documents it was never admitted to close its socket once they add up', async () => {
    const session = await honestSession();
    const flood = raw();
    await flood.opened;
    const chunk = new Uint8Array(200 * 1024).fill(1);
    for (let i = 0; i < 4; i++) flood.send(updateMessage('out.aaaaaaaaaaaa', chunk));
    expect(await flood.closed).toBe(CLOSE.notAdmitted.code);
    const names = raw();
    await names.opened;
    for (let i = 0; i <= SOCKET_LIMITS.documentsPerSocket; i++) names.send(authMessage(`out.${String(i).padStart(12, 'b')}`, 'forged'));
    expect(await names.closed).toBe(CLOSE.tooManyDocuments.code);
    await session.check();
  });

  it('a socket admitted to nothing goes after a while', async () => {
    const session = await honestSession();
    const idle = raw();
    await idle.opened;
    expect(await idle.closed).toBe(CLOSE.admitTimeout.code);
    await session.check();
  });

  it('a flood of sockets cannot keep a participant out: the oldest one admitted to nothing makes room', async () => {
    await server.stop();
    server = new LiveServer({ port: 0, host: '127.0.0.1', addresses: [], facilitatorOrigins: [FACILITATOR_ORIGIN], participantDir: participantDir() });
    started = await server.start({ sessionId: 'session-hostile', code: 'ABC346', secret: SECRET, participants: [] });
    base = `http://127.0.0.1:${started.port}`;
    url = `ws://127.0.0.1:${started.port}/sync`;
    const session = await honestSession();
    const flood: RawSocket[] = [];
    for (let opened = true; opened && flood.length < 400; ) {
      const s = raw();
      flood.push(s);
      opened = await s.opened;
    }
    // The socket past capacity was let in by closing the oldest idle one.
    expect(await flood[0]?.closed).toBe(CLOSE.notAdmitted.code);
    const { token, participantId } = await joinAs('Late but honest');
    expect(await client(token).open(`out.${participantId}`).ready).toBe('synced');
    await session.check();
  }, 30_000);

  it('holds at most a few sockets per participant: a new one replaces the oldest', async () => {
    const session = await honestSession();
    const { token, participantId } = await joinAs('Many tabs');
    const tabs: RawSocket[] = [];
    for (let i = 0; i < SOCKET_LIMITS.socketsPerParticipant + 2; i++) {
      const tab = raw();
      await tab.opened;
      tab.send(authMessage(`out.${participantId}`, token));
      tabs.push(tab);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await tabs[0]?.closed).toBe(CLOSE.replaced.code);
    expect(await tabs[1]?.closed).toBe(CLOSE.replaced.code);
    expect(tabs.slice(2).every((t) => t.ws.readyState === t.ws.OPEN)).toBe(true);
    await session.check();
  });

  it('may add only so much to its own outbox; past that it is read-only for them and the rest never arrives', async () => {
    const session = await honestSession();
    const { token, participantId } = await joinAs('Hoarder');
    const seen = session.facilitator.open(`out.${participantId}`);
    await seen.ready;
    const piece = 'x'.repeat(200 * 1024);
    const write = async (from: number, count: number) => {
      const device = client(token);
      const own = device.open(`out.${participantId}`);
      await own.ready;
      for (let i = from; i < from + count; i++) own.doc.getMap('notes').set(`k${i}`, { field: 'valueOffer', text: piece, rev: 1 });
      return { device, own };
    };
    const first = await write(0, 12);
    await until(() => seen.doc.getMap('notes').size === 12, 'the first 2.4 MB at the facilitator', 15_000);
    first.device.close();
    const second = await write(12, 12);
    await until(() => second.own.provider.isAuthenticated === false || seen.doc.getMap('notes').size === 24, 'the budget to run out', 15_000);
    second.device.close();
    const third = client(token).open(`out.${participantId}`);
    const scope = new Promise<string>((resolve) => third.provider.on('authenticated', ({ scope }: { scope: string }) => resolve(scope)));
    expect(await scope).toBe('readonly');
    third.doc.getMap('notes').set('after', { field: 'valueOffer', text: 'After the budget', rev: 1 });
    await session.check();
    expect(seen.doc.getMap('notes').has('after')).toBe(false);
    expect(seen.doc.getMap('notes').size).toBeLessThanOrEqual(Math.ceil(SOCKET_LIMITS.outboxBytes / piece.length) + 1);
  }, 30_000);
});

describe('the facilitator against a full room', () => {
  it('can publish a board larger than a participant message, and reconnect with it', async () => {
    const session = await honestSession();
    const big = 'y'.repeat(1_900);
    session.board.doc.transact(() => {
      for (let i = 0; i < 200; i++) session.board.doc.getMap('notes').set(`bulk-${i}`, { text: `${big}${i}` });
    });
    expect(Y.encodeStateAsUpdate(session.board.doc).byteLength).toBeGreaterThan(LIVE_LIMITS.messageBytes);
    const { token } = await joinAs('Reader');
    const reader = client(token).open('board', { awareness: false });
    await reader.ready;
    await until(() => reader.doc.getMap('notes').has('bulk-199'), 'the large board at a participant', 15_000);
    await session.check();
  }, 30_000);
});
