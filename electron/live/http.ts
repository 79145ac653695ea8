import type { IncomingMessage, ServerResponse } from 'node:http';
import { PARTICIPANT_CONTENT_SECURITY_POLICY } from '../shared/csp.ts';
import type { StaticFile } from './staticFiles.ts';

const MAX_BODY_BYTES = 4 * 1024;

export type JoinOutcome =
  | { ok: true; sessionId: string; participantId: string; token: string; name: string }
  | { ok: false; status: number; error: 'wrong-code' | 'too-many-attempts' | 'session-full' | 'name-required' | 'bad-request'; message: string; retryAfter?: number };

/** What the participant-facing HTTP routes need from the running session. */
export interface ParticipantRoutes {
  files: Map<string, StaticFile>;
  isAllowedHost(host: string | undefined): boolean;
  isParticipantOrigin(origin: string): boolean;
  session(): { sessionId: string };
  join(body: unknown, address: string): JoinOutcome;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': `${PARTICIPANT_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store', ...extra });
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The participant app's files, `GET /api/session`, `GET /api/time` and `POST /api/join`; every request must name an allowed host. */
export async function handleParticipantRequest(routes: ParticipantRoutes, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!routes.isAllowedHost(req.headers.host)) return send(res, 421, 'Unknown host', 'text/plain; charset=utf-8');
  const path = new URL(req.url ?? '/', 'http://live.invalid').pathname;
  if (path === '/api/session' && req.method === 'GET') return sendJson(res, 200, routes.session());
  // The server's clock, so each device counts the room's timer down on it, whatever its own clock says.
  if (path === '/api/time' && req.method === 'GET') return sendJson(res, 200, { now: Date.now() });
  if (path === '/api/join') {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'bad-request', message: 'Use POST.' }, { Allow: 'POST' });
    const origin = req.headers.origin;
    if (origin !== undefined && !routes.isParticipantOrigin(origin)) return sendJson(res, 403, { error: 'bad-request', message: 'Join from the join link.' });
    const outcome = routes.join(parseJson(await readBody(req)), req.socket.remoteAddress ?? 'unknown');
    if (outcome.ok) return sendJson(res, 200, outcome);
    const retry: Record<string, string> = outcome.retryAfter ? { 'Retry-After': String(outcome.retryAfter) } : {};
    return sendJson(res, outcome.status, { error: outcome.error, message: outcome.message, retryAfter: outcome.retryAfter }, retry);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
  const file = routes.files.get(path === '/' ? '/index.html' : path);
  if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  return send(res, 200, req.method === 'HEAD' ? '' : file.body, file.type, { 'Cache-Control': cache });
}
