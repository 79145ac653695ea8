import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { LiveServer } from '../../../electron/live/server';
import { LIVE_LIMITS } from '../../../src/live/limits';
import { readRoster } from '../../../src/live/roster';
import type { LiveStartResult } from '../../../electron/shared/live';
import { testClient, until, type TestClient } from './liveClients';

const FACILITATOR_ORIGIN = 'app://partnerscape';
const SECRET = 'a-session-secret-for-tests';

function participantDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'live-app-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Join</title>');
  return dir;
}

let server: LiveServer;
let started: LiveStartResult;
let base: string;
const clients: TestClient[] = [];

async function joinAs(name: string, code = 'ABC346', headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/join`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ code, name }) });
  return { status: response.status, body: (await response.json()) as { participantId: string; token: string; name: string; error: string } };
}

function client(token: string, origin = base): TestClient {
  const c = testClient(`ws://127.0.0.1:${started.port}/sync`, origin, token);
  clients.push(c);
  return c;
}

beforeEach(async () => {
  server = new LiveServer({ port: 0, host: '127.0.0.1', addresses: [], facilitatorOrigins: [FACILITATOR_ORIGIN], participantDir: participantDir() });
  started = await server.start({ sessionId: 'session-1', code: 'ABC346', secret: SECRET, participants: [] });
  base = `http://127.0.0.1:${started.port}`;
});

afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await server.stop();
});

describe('live server: joining', () => {
  it('serves the participant app and a join link with the code in it', async () => {
    expect(started.joinUrl).toBe(`${base}/?code=ABC346`);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<title>Join</title>');
    expect((await fetch(`${base}/../../etc/passwd`)).status).toBe(404);
  });

  it('refuses a wrong code, and an address after five wrong codes in a minute, while others can still join', async () => {
    for (let i = 0; i < LIVE_LIMITS.failedJoinsPerMinute; i++) expect((await joinAs('Mallory', 'WWWWWW')).status).toBe(403);
    const blocked = await joinAs('Mallory', 'WWWWWW');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('too-many-attempts');
    expect((await joinAs('Ada')).status).toBe(429);
  });

  it('accepts the code typed in lower case with a space, and issues a token per participant', async () => {
    const ada = await joinAs('  Ada \u202e Lovelace ', 'abc 346');
    expect(ada.status).toBe(200);
    expect(ada.body.name).toBe('Ada Lovelace');
    expect(ada.body.token.startsWith(`${ada.body.participantId}.`)).toBe(true);
    const grace = await joinAs('Grace');
    expect(grace.body.participantId).not.toBe(ada.body.participantId);
  });

  it('refuses a request for another host name (DNS rebinding) and a join from a foreign page', async () => {
    // fetch may not set Host; a raw request can, as a rebinding page's browser would send it.
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: started.port, path: '/api/session', headers: { Host: `evil.example:${started.port}` } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(421);
    expect((await joinAs('Eve', 'ABC346', { Origin: 'http://evil.example' })).status).toBe(403);
  });

  it("tells a device the server's time, so the room's timer does not depend on the device's clock", async () => {
    const before = Date.now();
    const response = await fetch(`${base}/api/time`);
    const body = (await response.json()) as { now: number };
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.now).toBeGreaterThanOrEqual(before);
    expect(body.now).toBeLessThanOrEqual(Date.now());
  });

  it(`admits at most ${LIVE_LIMITS.participants} participants`, async () => {
    for (let i = 0; i < LIVE_LIMITS.participants; i++) expect((await joinAs(`P${i}`)).status).toBe(200);
    const late = await joinAs('Late');
    expect(late.status).toBe(409);
    expect(late.body.error).toBe('session-full');
  });
});

describe('live server: who may write what', () => {
  it('lets a participant write their outbox and read the board, and the facilitator read the outbox and roster', async () => {
    const { body } = await joinAs('Ada');
    const facilitator = client(started.facilitatorToken, FACILITATOR_ORIGIN);
    const board = facilitator.open('board');
    const outboxSeen = facilitator.open(`out.${body.participantId}`);
    const roster = facilitator.open('roster');
    expect(await Promise.all([board.ready, outboxSeen.ready, roster.ready])).toEqual(['synced', 'synced', 'synced']);
    board.doc.getMap('notes').set('n1', { text: 'Shared' });

    const ada = client(body.token);
    const own = ada.open(`out.${body.participantId}`);
    const boardSeen = ada.open('board', { awareness: false });
    expect(await Promise.all([own.ready, boardSeen.ready])).toEqual(['synced', 'synced']);
    own.doc.getMap('notes').set('k1', { text: 'Mine' });
    await until(() => outboxSeen.doc.getMap('notes').has('k1'), 'the facilitator to see the note');
    await until(() => boardSeen.doc.getMap('notes').has('n1'), 'the participant to see the board');
    await until(() => readRoster(roster.doc).some((p) => p.id === body.participantId && p.connected), 'the roster to show Ada connected');
    expect(readRoster(roster.doc)[0]?.name).toBe('Ada');
  });

  it("ignores a participant's writes to the board, and refuses another participant's documents", async () => {
    const ada = await joinAs('Ada');
    const bob = await joinAs('Bob');
    const facilitator = client(started.facilitatorToken, FACILITATOR_ORIGIN);
    const board = facilitator.open('board');
    await board.ready;
    const mallory = client(ada.body.token);
    const boardAsAda = mallory.open('board', { awareness: false });
    expect(await boardAsAda.ready).toBe('synced');
    boardAsAda.doc.getMap('notes').set('forged', { text: 'Forged' });
    expect(await mallory.open(`out.${bob.body.participantId}`).ready).toBe('denied');
    expect(await mallory.open(`in.${bob.body.participantId}`).ready).toBe('denied');
    expect(await mallory.open('roster').ready).toBe('denied');
    // The facilitator's later write arrives; the forged one never did.
    board.doc.getMap('notes').set('real', { text: 'Real' });
    const check = client(bob.body.token).open('board', { awareness: false });
    await check.ready;
    await until(() => check.doc.getMap('notes').has('real'), 'the real note');
    expect(check.doc.getMap('notes').has('forged')).toBe(false);
  });

  it('refuses a forged facilitator token, and the real one from a participant origin', async () => {
    const forged = client('not-the-token', FACILITATOR_ORIGIN).open('board');
    expect(await forged.ready).toBe('denied');
    const stolen = client(started.facilitatorToken, base).open('board');
    expect(await stolen.ready).toBe('denied');
  });
});

describe('live server: the socket', () => {
  const rawSocket = (origin: string | undefined, host?: string) =>
    new Promise<{ opened: boolean; status?: number }>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${started.port}/sync`, { ...(origin ? { origin } : {}), ...(host ? { headers: { Host: host } } : {}) });
      ws.on('open', () => {
        ws.close();
        resolve({ opened: true });
      });
      ws.on('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode }));
      ws.on('error', () => resolve({ opened: false }));
    });

  it('checks Origin and Host on the upgrade', async () => {
    expect(await rawSocket(base)).toEqual({ opened: true });
    expect(await rawSocket('http://evil.example')).toEqual({ opened: false, status: 403 });
    expect(await rawSocket(undefined)).toEqual({ opened: false, status: 403 });
    expect(await rawSocket(base, 'evil.example')).toEqual({ opened: false, status: 421 });
  });

  it('closes a connection that sends a message over 256 KiB', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${started.port}/sync`, { origin: base });
    await new Promise((r) => ws.on('open', r));
    const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
    ws.send(new Uint8Array(LIVE_LIMITS.messageBytes + 1));
    expect(await closed).toBe(1009);
  });

  it('closes a connection that sends too many messages, and the client can connect again', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${started.port}/sync`, { origin: base });
    await new Promise((r) => ws.on('open', r));
    const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
    // A well-formed sync message for a document, as a provider would send it.
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, 'board');
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
    const ping = encoding.toUint8Array(encoder);
    for (let i = 0; i < 1000 && ws.readyState === WebSocket.OPEN; i++) ws.send(ping);
    expect(await closed).toBe(4429);
    expect(await rawSocket(base)).toEqual({ opened: true });
  });
});

describe('live server: restart', () => {
  it('accepts the same participant token after a restart with the same secret, and not with another', async () => {
    const { body } = await joinAs('Ada');
    await server.stop();
    started = await server.start({ sessionId: 'session-1', code: 'ABC346', secret: SECRET, participants: [{ id: body.participantId, name: 'Ada' }] });
    expect(await client(body.token, `http://127.0.0.1:${started.port}`).open(`out.${body.participantId}`).ready).toBe('synced');
    await server.stop();
    started = await server.start({ sessionId: 'session-2', code: 'ABC346', secret: 'another-secret-entirely', participants: [] });
    expect(await client(body.token, `http://127.0.0.1:${started.port}`).open(`out.${body.participantId}`).ready).toBe('denied');
  });
});
