import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOrigins, liveControlMiddleware } from '../../../electron/live/control';
import { LiveServer } from '../../../electron/live/server';
import { LIVE_CONTROL_PATH } from '../../../electron/shared/live';

let app: Server;
let port: number;
let live: LiveServer | undefined;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'live-app-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  const middleware = liveControlMiddleware((appPort) => (live ??= new LiveServer({ port: 0, host: '127.0.0.1', addresses: [], facilitatorOrigins: appOrigins(appPort), participantDir: dir })));
  app = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
  port = (app.address() as { port: number }).port;
});

afterAll(async () => {
  await live?.stop();
  app.close();
});

function call(action: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, method: init.method ?? 'GET', path: `${LIVE_CONTROL_PATH}/${action}`, headers: { Host: `localhost:${port}`, 'Sec-Fetch-Site': 'same-origin', ...init.headers } },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || 'null') }));
      },
    );
    if (init.body !== undefined) req.setHeader('Content-Type', 'application/json');
    req.end(init.body === undefined ? undefined : JSON.stringify(init.body));
  });
}

const session = { sessionId: 'session-control', code: 'ABC346', secret: 'a-session-secret-for-tests', participants: [] };

describe('the web control endpoint', () => {
  it('starts, reports and stops a session for a same-origin request from the app', async () => {
    expect((await call('status')).body).toEqual({ running: false });
    const started = await call('start', { method: 'POST', body: session });
    expect(started.status).toBe(200);
    expect(String(started.body.facilitatorToken)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await call('status')).body).toMatchObject({ running: true, sessionId: 'session-control' });
    expect((await call('stop', { method: 'POST', body: {} })).status).toBe(200);
    expect((await call('status')).body).toEqual({ running: false });
  });

  it('refuses cross-site requests, other host names and other origins', async () => {
    expect((await call('start', { method: 'POST', body: session, headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    expect((await call('start', { method: 'POST', body: session, headers: { 'Sec-Fetch-Site': 'same-site' } })).status).toBe(403);
    expect((await call('status', { headers: { 'Sec-Fetch-Site': '' } })).status).toBe(403);
    expect((await call('status', { headers: { Host: `rebound.example:${port}` } })).status).toBe(403);
    expect((await call('status', { headers: { Origin: 'http://localhost:1' } })).status).toBe(403);
  });

  it('refuses a malformed start request with a message', async () => {
    const refused = await call('start', { method: 'POST', body: { ...session, secret: 'short' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid secret');
  });
});
