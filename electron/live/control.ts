import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIVE_CONTROL_PATH, type LiveStartRequest, type LiveStartResult, type LiveStatus } from '../shared/live.ts';
import { validateLiveStartRequest } from './validate.ts';

export interface LiveControl {
  start(request: LiveStartRequest): Promise<LiveStartResult>;
  stop(): Promise<void>;
  status(): LiveStatus;
}

const MAX_BODY_BYTES = 16 * 1024;
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** The web app's own origins, as the live server should accept them for the facilitator's connection. */
export function appOrigins(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => `http://${name}:${port}`);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value ?? null);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('request too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new Error('request is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

/**
 * Who may control the live server in the web version: a same-origin request from a page of this very server,
 * named by a loopback host (no DNS rebinding). Vite's CORS lets any localhost origin in, so it is not relied on.
 */
export function isTrustedControlRequest(req: IncomingMessage): boolean {
  const port = req.socket.localPort;
  const host = (req.headers.host ?? '').toLowerCase();
  if (!port || !LOOPBACK_NAMES.some((name) => host === `${name}:${port}`)) return false;
  if (req.headers['sec-fetch-site'] !== 'same-origin') return false;
  const origin = req.headers.origin;
  return origin === undefined || appOrigins(port).includes(origin.toLowerCase());
}

/** Connect-style middleware: GET …/status, POST …/start, POST …/stop. The facilitator token is only ever sent here. */
export function liveControlMiddleware(control: (appPort: number) => LiveControl) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(`${LIVE_CONTROL_PATH}/`)) return next();
    if (!isTrustedControlRequest(req)) return json(res, 403, { error: 'Only the app itself may control a live session.' });
    const live = control(req.socket.localPort ?? 0);
    const action = path.slice(LIVE_CONTROL_PATH.length + 1);
    const run = async (): Promise<unknown> => {
      if (action === 'status' && req.method === 'GET') return live.status();
      if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').startsWith('application/json')) throw Object.assign(new Error('Use POST with JSON.'), { status: 405 });
      if (action === 'start') return live.start(validateLiveStartRequest(await readJson(req)));
      if (action === 'stop') return live.stop();
      throw Object.assign(new Error('Unknown action.'), { status: 404 });
    };
    run().then(
      (value) => json(res, 200, value),
      (error: Error & { status?: number }) => json(res, error.status ?? 400, { error: error.message }),
    );
  };
}
