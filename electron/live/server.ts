import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { cleanDisplayName as cleanName } from '../../src/live/displayName.ts';
import { isJoinCode, normalizeJoinCode } from '../../src/live/joinCode.ts';
import { LIVE_LIMITS } from '../../src/live/limits.ts';
import type { LiveStartRequest, LiveStartResult, LiveStatus } from '../shared/live.ts';
import { handleParticipantRequest, type JoinOutcome } from './http.ts';
import { CLOSE } from './guard.ts';
import { FailedAttempts } from './limits.ts';
import { allowedHosts, isLoopbackAddress, joinHost, joinUrl, LOOPBACK, type LiveAddressing } from './network.ts';
import { loadStaticFiles, type StaticFile } from './staticFiles.ts';
import { SessionSync, type SocketContext, type SyncOptions } from './sync.ts';
import { newParticipantId, newSecret, participantToken, sameSecret } from './tokens.ts';

export interface LiveServerOptions {
  port: number;
  /** The address participants use (PARTNERSCAPE_LIVE_HOST, default the first LAN address). */
  host: string;
  /** PARTNERSCAPE_LIVE_NAME: the host name in the join link, accepted by the Host check. */
  name?: string;
  /** Addresses the facilitator may pick from. */
  addresses: string[];
  /** Origins of the facilitator's app (app://partnerscape, or the web version's own origin). */
  facilitatorOrigins: string[];
  /** The built participant app. */
  participantDir: string;
  /** Overrides of the socket limits, for tests. */
  limits?: SyncOptions['limits'];
}

const MAX_SOCKETS = 4 * LIVE_LIMITS.participants + 20;
/** The facilitator's app windows on this computer. */
const MAX_FACILITATOR_SOCKETS = 20;
/**
 * The facilitator's own socket carries the whole board and every inbox when it (re)connects, which a room's
 * notes can make larger than a participant's message limit; it is loopback and authenticated by a secret.
 */
const FACILITATOR_MESSAGE_BYTES = 100 * 1024 * 1024;

interface Running {
  request: LiveStartRequest;
  addressing: LiveAddressing;
  facilitatorToken: string;
  participants: Map<string, { name: string; joinedAt: string }>;
  sync: SessionSync;
  listeners: Server[];
  wss: WebSocketServer;
  facilitatorWss: WebSocketServer;
  /** Participant sockets, oldest first: at capacity, the oldest not yet admitted to any document makes room. */
  sockets: Set<ReturnType<SessionSync['accept']>>;
  failedJoins: FailedAttempts;
  files: Map<string, StaticFile>;
  /** Host header values and participant origins accepted (known once the port is). */
  allowed: Set<string>;
  participantOrigins: Set<string>;
}

export class LiveStartError extends Error {
  override name = 'LiveStartError';
}

/** The live session server: the participant app over HTTP and the sync over WebSocket, on one port. */
export class LiveServer {
  private running: Running | undefined;

  constructor(private readonly options: LiveServerOptions) {}

  status(): LiveStatus {
    const r = this.running;
    return r ? { running: true, sessionId: r.request.sessionId, joinUrl: joinUrl(r.addressing, r.request.code), port: r.addressing.port } : { running: false };
  }

  /** Starts a session, or resumes it (same session ID: same token, nothing dropped). */
  async start(request: LiveStartRequest): Promise<LiveStartResult> {
    if (!isJoinCode(request.code)) throw new LiveStartError('The join code is not valid.');
    if (request.secret.length < 16) throw new LiveStartError('The session secret is too short.');
    const host = request.host && this.options.addresses.includes(request.host) ? request.host : this.options.host;
    if (this.running && (this.running.request.sessionId !== request.sessionId || this.running.addressing.host !== host)) await this.stop();
    if (!this.running) this.running = await this.listen(request, { port: this.options.port, host, name: this.options.name, addresses: this.options.addresses });
    return this.result(this.running);
  }

  async stop(): Promise<void> {
    const r = this.running;
    if (!r) return;
    this.running = undefined;
    await r.sync.close();
    for (const wss of [r.wss, r.facilitatorWss]) {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    }
    await Promise.all(r.listeners.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    r.listeners.forEach((server) => server.closeAllConnections());
  }

  private result(r: Running): LiveStartResult {
    return {
      sessionId: r.request.sessionId,
      facilitatorUrl: `ws://${LOOPBACK}:${r.addressing.port}/sync`,
      facilitatorToken: r.facilitatorToken,
      joinUrl: joinUrl(r.addressing, r.request.code),
      port: r.addressing.port,
      host: joinHost(r.addressing),
      addresses: this.options.addresses,
    };
  }

  private async listen(request: LiveStartRequest, addressing: LiveAddressing): Promise<Running> {
    const joinedAt = new Date().toISOString();
    const participants = new Map(request.participants.slice(0, LIVE_LIMITS.participants).map((p) => [p.id, { name: cleanName(p.name) || 'Participant', joinedAt }]));
    const facilitatorToken = newSecret();
    const admit = (id: string) => {
      if (participants.has(id)) return true;
      if (participants.size >= LIVE_LIMITS.participants) return false;
      participants.set(id, { name: 'Participant', joinedAt: new Date().toISOString() });
      void sync.joined(id, 'Participant', new Date().toISOString());
      return true;
    };
    const sync = new SessionSync({ sessionId: request.sessionId, secret: request.secret, facilitatorToken, admit, limits: this.options.limits });
    await sync.open([...participants].map(([id, p]) => ({ id, ...p })));
    const running: Running = {
      request,
      addressing,
      facilitatorToken,
      participants,
      sync,
      listeners: [],
      wss: new WebSocketServer({ noServer: true, maxPayload: LIVE_LIMITS.messageBytes }),
      facilitatorWss: new WebSocketServer({ noServer: true, maxPayload: FACILITATOR_MESSAGE_BYTES }),
      sockets: new Set(),
      failedJoins: new FailedAttempts(LIVE_LIMITS.failedJoinsPerMinute, 60_000),
      files: loadStaticFiles(this.options.participantDir),
      allowed: new Set(),
      participantOrigins: new Set(),
    };
    const hosts = [LOOPBACK, ...(isLoopbackAddress(addressing.host) ? [] : [addressing.host])];
    try {
      for (const host of hosts) {
        const server = await this.listenOn(running, host);
        running.listeners.push(server);
        // Port 0 (tests) means any free port: the first listener picks it, the others use the same.
        const bound = server.address();
        if (addressing.port === 0 && bound && typeof bound === 'object') addressing.port = bound.port;
      }
      running.allowed = allowedHosts(addressing);
      running.participantOrigins = new Set([...running.allowed].map((h) => `http://${h}`));
    } catch (error) {
      await sync.close();
      running.listeners.forEach((server) => server.close());
      const code = (error as NodeJS.ErrnoException).code;
      throw new LiveStartError(code === 'EADDRINUSE' ? `Port ${addressing.port} is in use by another program.` : `The live server could not start: ${String(error)}`);
    }
    return running;
  }

  private listenOn(r: Running, host: string): Promise<Server> {
    const server = createServer((req, res) => {
      void handleParticipantRequest(
        {
          files: r.files,
          isAllowedHost: (h) => h !== undefined && r.allowed.has(h.toLowerCase()),
          isParticipantOrigin: (origin) => r.participantOrigins.has(origin.toLowerCase()),
          session: () => ({ sessionId: r.request.sessionId }),
          join: (body, address) => this.join(r, body, address),
        },
        req,
        res,
      ).catch(() => res.destroy());
    });
    server.on('upgrade', (req, socket, head) => this.upgrade(r, req, socket, head));
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(r.addressing.port, host, () => {
        server.off('error', reject);
        resolve(server);
      });
    });
  }

  private upgrade(r: Running, req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
    };
    const origin = (req.headers.origin ?? '').toLowerCase();
    const host = (req.headers.host ?? '').toLowerCase();
    const path = new URL(req.url ?? '/', 'http://live.invalid').pathname;
    if (path !== '/sync') return refuse('404 Not Found');
    if (!r.allowed.has(host)) return refuse('421 Misdirected Request');
    const facilitatorCapable = this.options.facilitatorOrigins.some((o) => o.toLowerCase() === origin) && isLoopbackAddress(req.socket.remoteAddress);
    if (!facilitatorCapable && !r.participantOrigins.has(origin)) return refuse('403 Forbidden');
    const context: SocketContext = { facilitatorCapable };
    if (facilitatorCapable) {
      if (r.facilitatorWss.clients.size >= MAX_FACILITATOR_SOCKETS) return refuse('503 Service Unavailable');
      return r.facilitatorWss.handleUpgrade(req, socket, head, (ws) => r.sync.accept(ws, req, context));
    }
    if (r.sockets.size >= MAX_SOCKETS && !this.makeRoom(r)) return refuse('503 Service Unavailable');
    r.wss.handleUpgrade(req, socket, head, (ws) => {
      const guarded = r.sync.accept(ws, req, context);
      r.sockets.add(guarded);
      ws.once('close', () => r.sockets.delete(guarded));
    });
  }

  /** Closes the oldest participant socket that is admitted to no document (a flood of sockets, not a participant). */
  private makeRoom(r: Running): boolean {
    for (const socket of r.sockets) {
      if (socket.guard.admitted.size > 0) continue;
      r.sockets.delete(socket);
      socket.close(CLOSE.notAdmitted);
      return true;
    }
    return false;
  }

  private join(r: Running, body: unknown, address: string): JoinOutcome {
    const retryAfter = r.failedJoins.retryAfter(address);
    if (retryAfter > 0) return { ok: false, status: 429, error: 'too-many-attempts', message: `Too many wrong codes. Try again in ${retryAfter} s.`, retryAfter };
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (typeof input.code !== 'string' || typeof input.name !== 'string') return { ok: false, status: 400, error: 'bad-request', message: 'Send a code and a name.' };
    if (!sameSecret(normalizeJoinCode(input.code.slice(0, 32)), r.request.code)) {
      r.failedJoins.fail(address);
      return { ok: false, status: 403, error: 'wrong-code', message: 'That join code is not right. Check the code on the screen.' };
    }
    const name = cleanName(input.name);
    if (!name) return { ok: false, status: 400, error: 'name-required', message: 'Enter your name.' };
    if (r.participants.size >= LIVE_LIMITS.participants) {
      return { ok: false, status: 409, error: 'session-full', message: `The session is full (${LIVE_LIMITS.participants} participants).` };
    }
    let id = newParticipantId();
    while (r.participants.has(id)) id = newParticipantId();
    const joinedAt = new Date().toISOString();
    r.participants.set(id, { name, joinedAt });
    void r.sync.joined(id, name, joinedAt);
    return { ok: true, sessionId: r.request.sessionId, participantId: id, token: participantToken(r.request.secret, r.request.sessionId, id), name };
  }
}
