import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveProcessClient, type LiveProcessHandle } from '../../../electron/live/processClient';

const root = resolve(import.meta.dirname, '../../..');
let outDir: string;
let appDir: string;
const clients: LiveProcessClient[] = [];

/** The server entry built the way the app builds it (JavaScript for Node 20, dependencies left external). */
beforeAll(async () => {
  // Inside the repository, so the built file finds node_modules as the app's own build does.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  outDir = mkdtempSync(join(root, 'node_modules/.cache/live-build-'));
  appDir = mkdtempSync(join(tmpdir(), 'live-app-'));
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>Join</title>');
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { ssr: resolve(root, 'electron/live/process.ts'), outDir, emptyOutDir: true, rolldownOptions: { output: { entryFileNames: 'live.mjs' } } },
  });
}, 60_000);

afterAll(() => {
  clients.forEach((c) => c.dispose());
  rmSync(outDir, { recursive: true, force: true });
});

function childProcessHost(): LiveProcessClient {
  const client = new LiveProcessClient((): LiveProcessHandle => {
    const child = fork(join(outDir, 'live.mjs'), [], {
      cwd: root,
      env: { ...process.env, PARTNERSCAPE_LIVE_HOST: '127.0.0.1', PARTNERSCAPE_LIVE_PORT: '0', PARTNERSCAPE_LIVE_APP_DIR: appDir },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    // A message posted to a child that just died is lost, as with Electron's utilityProcess; the client's reply timeout and restart cover it.
    child.on('error', () => undefined);
    const post = (m: unknown) => {
      if (child.connected) child.send(m as object, () => undefined);
    };
    return { post, onMessage: (l) => child.on('message', l), onExit: (l) => child.on('exit', l), kill: () => child.kill() };
  });
  clients.push(client);
  return client;
}

const request = { sessionId: 'session-process', code: 'ABC346', secret: 'a-session-secret-for-tests', participants: [] };

describe('the live server process', () => {
  it('runs under plain Node, answers start, status and stop, and is restarted with its session when it dies', async () => {
    const client = childProcessHost();
    expect(await client.status()).toEqual({ running: false });
    const started = await client.start(request);
    expect(started.joinUrl).toBe(`http://127.0.0.1:${started.port}/?code=ABC346`);
    expect((await fetch(`http://127.0.0.1:${started.port}/api/session`)).status).toBe(200);
    (client as unknown as { handle: LiveProcessHandle }).handle.kill();
    let status = await client.status().catch(() => ({ running: false }));
    for (let i = 0; i < 100 && !status.running; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = await client.status().catch(() => ({ running: false }));
    }
    expect(status).toMatchObject({ running: true, sessionId: 'session-process' });
    expect(client.restarts).toBe(1);
    await client.stop();
    expect(await client.status()).toEqual({ running: false });
  }, 30_000);

  it('refuses a malformed start request with a message', async () => {
    const client = childProcessHost();
    await expect(client.start({ ...request, code: 'BAD' })).rejects.toThrow('invalid join code');
  }, 30_000);
});
