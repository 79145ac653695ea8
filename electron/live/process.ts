/**
 * The live server as a process of its own: an Electron utilityProcess started by main, or a Node child process
 * (tests, and any host without Electron). It answers start/stop/status messages from its parent.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LiveProcessReply, LiveProcessRequest } from '../shared/live.ts';
import { liveOptionsFromEnv } from './options.ts';
import { LiveServer } from './server.ts';
import { validateLiveStartRequest } from './validate.ts';

interface Channel {
  send(message: LiveProcessReply): void;
  onMessage(listener: (message: unknown) => void): void;
}

type ParentPort = { postMessage(message: unknown): void; on(event: 'message', listener: (event: { data: unknown }) => void): void };

function parentChannel(): Channel {
  const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (parentPort) return { send: (m) => parentPort.postMessage(m), onMessage: (l) => parentPort.on('message', (event) => l(event.data)) };
  const send = process.send?.bind(process);
  if (send) {
    process.on('disconnect', () => process.exit(0));
    return { send: (m) => void send(m), onMessage: (l) => process.on('message', l) };
  }
  throw new Error('The live server process needs a parent (utilityProcess or child_process with IPC).');
}

const here = dirname(fileURLToPath(import.meta.url));
const origins = (process.env.PARTNERSCAPE_LIVE_FACILITATOR_ORIGINS ?? 'app://partnerscape').split(',').filter(Boolean);
const server = new LiveServer(liveOptionsFromEnv(process.env, origins, process.env.PARTNERSCAPE_LIVE_APP_DIR ?? join(here, '../participant')));
const channel = parentChannel();

async function answer(request: LiveProcessRequest): Promise<unknown> {
  if (request.type === 'start') return server.start(validateLiveStartRequest(request.request));
  if (request.type === 'stop') return server.stop();
  return server.status();
}

channel.onMessage((message) => {
  const request = message as LiveProcessRequest;
  if (typeof request !== 'object' || request === null || typeof request.id !== 'number') return;
  answer(request).then(
    (value) => channel.send({ id: request.id, ok: true, value: value ?? null }),
    (error: unknown) => channel.send({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
