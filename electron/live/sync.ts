import type { IncomingMessage } from 'node:http';
import { Hocuspocus, type DirectConnection } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { LIVE_LIMITS } from '../../src/live/limits.ts';
import { parseDocName, ROSTER_DOC } from '../../src/live/names.ts';
import { writeConnection, writeJoined } from '../../src/live/roster.ts';
import { CLOSE, MESSAGE, readMessageHead, SocketGuard, SOCKET_LIMITS, SYNC_STEP, type Closing } from './guard.ts';
import { sameSecret, verifyParticipantToken } from './tokens.ts';

/** What the upgrade check learnt about a socket before any token was sent. */
export interface SocketContext {
  /** Loopback, from one of the facilitator's origins: the only sockets that may present the facilitator token. */
  facilitatorCapable: boolean;
}

type Role = { role: 'facilitator' } | { role: 'participant'; participantId: string };

/** One socket as the limits see it; shared by every document the socket opens (Hocuspocus copies the context shallowly). */
interface GuardedSocket {
  guard: SocketGuard;
  close(why: Closing): void;
}
type ConnectionContext = SocketContext & { socket: GuardedSocket } & Partial<Role>;

export interface SyncOptions {
  sessionId: string;
  secret: string;
  facilitatorToken: string;
  /** Admits a participant whose token is valid (a restarted server may meet them first here); false when full. */
  admit(participantId: string): boolean;
  /** Overrides for tests (a short admission time). */
  limits?: { admitWithinMs?: number };
}

/** A refused document: Hocuspocus sends `reason` to the client; having no `message`, it is not logged as an error. */
export class Refused {
  constructor(readonly reason: string) {}
}

/**
 * The authority model by structure (docs/ARCHITECTURE.md, "Live sessions"): every document a connection opens is either writable
 * or read-only for it, decided once when it authenticates; nothing is judged update by update.
 */
export function authorize(options: SyncOptions, context: SocketContext, token: string, documentName: string, overBudget = false): { role: Role; readOnly: boolean } {
  const doc = parseDocName(documentName);
  if (!doc) throw new Refused(`No document ${documentName}`);
  if (context.facilitatorCapable && sameSecret(token, options.facilitatorToken)) {
    return { role: { role: 'facilitator' }, readOnly: doc.kind === 'outbox' || doc.kind === 'roster' };
  }
  const participantId = verifyParticipantToken(options.secret, options.sessionId, token);
  if (!participantId || !options.admit(participantId)) throw new Refused('Not a participant of this session');
  const role: Role = { role: 'participant', participantId };
  if (doc.kind === 'outbox' && doc.participantId === participantId) return { role, readOnly: overBudget };
  if (doc.kind === 'board' || (doc.kind === 'inbox' && doc.participantId === participantId)) return { role, readOnly: true };
  throw new Refused(`A participant may not open ${documentName}`);
}

/** One session's documents: Hocuspocus, a copy of every document kept in memory, and the roster it writes. */
export class SessionSync {
  readonly hocuspocus: Hocuspocus;
  private readonly stored = new Map<string, Uint8Array>();
  private readonly openOutboxes = new Map<string, number>();
  /** Bytes of updates each participant added to their outbox, and who went over the budget (read-only from then on). */
  private readonly outboxBytes = new Map<string, number>();
  private readonly overBudget = new Set<string>();
  private readonly participantSockets = new Map<string, Set<GuardedSocket>>();
  private roster: DirectConnection | undefined;

  constructor(private readonly options: SyncOptions) {
    this.hocuspocus = new Hocuspocus({
      quiet: true,
      debounce: 500,
      maxDebounce: 2000,
      onAuthenticate: async ({ token, documentName, connectionConfig, context }) => {
        const socket = (context as ConnectionContext).socket;
        const participant = verifyParticipantToken(this.options.secret, this.options.sessionId, token);
        const { role, readOnly } = authorize(this.options, context as SocketContext, token, documentName, participant !== null && this.overBudget.has(participant));
        connectionConfig.readOnly = readOnly;
        socket.guard.admitted.add(documentName);
        if (role.role === 'participant') this.holdSocket(role.participantId, socket);
        return role;
      },
      beforeHandleMessage: async ({ context, documentName, update, connection }) => this.checkMessage(context as ConnectionContext, documentName, update, connection.readOnly),
      onLoadDocument: async ({ documentName, document }) => {
        const state = this.stored.get(documentName);
        if (state) Y.applyUpdate(document, state);
        return document;
      },
      onStoreDocument: async ({ documentName, document }) => {
        this.stored.set(documentName, Y.encodeStateAsUpdate(document));
      },
      connected: async ({ documentName, context }) => this.countOutbox(documentName, context as Role, 1),
      onDisconnect: async ({ documentName, context }) => this.countOutbox(documentName, context as Role, -1),
    });
  }

  async open(participants: { id: string; name: string; joinedAt: string }[]): Promise<void> {
    this.roster = await this.hocuspocus.openDirectConnection(ROSTER_DOC, {});
    await this.roster.transact((doc) => participants.forEach((p) => writeJoined(doc, p.id, p.name, p.joinedAt)));
  }

  async joined(id: string, name: string, joinedAt: string): Promise<void> {
    await this.roster?.transact((doc) => writeJoined(doc, id, name, joinedAt));
  }

  /**
   * Hands an upgraded socket to Hocuspocus, behind the socket's limits (participants only; docs/ARCHITECTURE.md,
   * "Live sessions"). A socket over a limit is closed, never a message dropped: a dropped Yjs message could stall
   * the client's sync, a closed socket makes it reconnect and sync afresh.
   */
  accept(ws: WebSocket, request: IncomingMessage, context: SocketContext): GuardedSocket {
    ws.on('error', () => ws.terminate());
    let closing = false;
    const socket: GuardedSocket = {
      guard: new SocketGuard(context.facilitatorCapable, LIVE_LIMITS),
      close: ({ code, reason }) => {
        if (closing) return;
        closing = true;
        ws.close(code, reason);
        setTimeout(() => ws.terminate(), 250).unref();
      },
    };
    if (!context.facilitatorCapable) {
      // Hocuspocus sees a participant's message only when the guard lets it through, and nothing once the socket is closing.
      const emit = ws.emit.bind(ws) as (event: string | symbol, ...args: unknown[]) => boolean;
      const guarded = (event: string | symbol, ...args: unknown[]): boolean => {
        if (event !== 'message') return emit(event, ...args);
        const verdict = closing ? CLOSE.malformed : socket.guard.inspect(args[0] as Uint8Array);
        if (!verdict) return emit(event, ...args);
        socket.close(verdict);
        return false;
      };
      ws.emit = guarded as typeof ws.emit;
      const admitWithin = this.options.limits?.admitWithinMs ?? SOCKET_LIMITS.admitWithinMs;
      const timer = setTimeout(() => socket.guard.admitted.size === 0 && socket.close(CLOSE.admitTimeout), admitWithin);
      timer.unref();
      ws.once('close', () => {
        clearTimeout(timer);
        for (const [id, held] of this.participantSockets) if (held.delete(socket) && held.size === 0) this.participantSockets.delete(id);
      });
    }
    this.hocuspocus.handleConnection(ws, request, { ...context, socket } satisfies ConnectionContext);
    return socket;
  }

  async close(): Promise<void> {
    this.hocuspocus.closeConnections();
    await this.roster?.disconnect();
    this.roster = undefined;
  }

  /** A participant holds a few sockets at most; a new one replaces the oldest (a phone back from sleep). */
  private holdSocket(participantId: string, socket: GuardedSocket): void {
    const held = this.participantSockets.get(participantId) ?? new Set<GuardedSocket>();
    held.add(socket);
    this.participantSockets.set(participantId, held);
    while (held.size > SOCKET_LIMITS.socketsPerParticipant) {
      const oldest = [...held].reduce((a, b) => (b.guard.openedAt < a.guard.openedAt ? b : a));
      held.delete(oldest);
      oldest.close(CLOSE.replaced);
    }
  }

  /**
   * What a participant's connection may send, by document: presence only on the document it writes, and no more
   * than the outbox budget into it. Past the budget their outbox is read-only for them (a structural state,
   * decided when they authenticate again), so nothing later is judged update by update.
   */
  private checkMessage(context: ConnectionContext, documentName: string, data: Uint8Array, readOnly: boolean): void {
    if (context.role !== 'participant' || !context.participantId) return;
    const head = readMessageHead(data);
    if (!head) throw new Refused('Malformed message');
    if (head.type === MESSAGE.awareness && (readOnly || data.byteLength > SOCKET_LIMITS.awarenessBytes)) throw new Refused(`No presence on ${documentName}`);
    const writes = (head.type === MESSAGE.sync || head.type === MESSAGE.syncReply) && head.step !== SYNC_STEP.one;
    if (!writes || readOnly) return;
    const id = context.participantId;
    const total = (this.outboxBytes.get(id) ?? 0) + data.byteLength;
    this.outboxBytes.set(id, total);
    if (total <= SOCKET_LIMITS.outboxBytes) return;
    this.overBudget.add(id);
    throw new Refused('Your notes are over the size this session accepts');
  }

  private async countOutbox(documentName: string, role: Role | undefined, delta: 1 | -1): Promise<void> {
    const doc = parseDocName(documentName);
    if (doc?.kind !== 'outbox' || role?.role !== 'participant' || role.participantId !== doc.participantId) return;
    const id = doc.participantId;
    const open = Math.max(0, (this.openOutboxes.get(id) ?? 0) + delta);
    this.openOutboxes.set(id, open);
    const at = new Date().toISOString();
    await this.roster?.transact((roster) => writeConnection(roster, id, open > 0, at));
  }
}
