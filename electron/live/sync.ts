import type { IncomingMessage } from 'node:http';
import { Hocuspocus, type DirectConnection } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { LIVE_LIMITS } from '../../src/live/limits.ts';
import { parseDocName, ROSTER_DOC } from '../../src/live/names.ts';
import { writeConnection, writeJoined } from '../../src/live/roster.ts';
import { TokenBucket } from './limits.ts';
import { sameSecret, verifyParticipantToken } from './tokens.ts';

/** What the upgrade check learnt about a socket before any token was sent. */
export interface SocketContext {
  /** Loopback, from one of the facilitator's origins: the only sockets that may present the facilitator token. */
  facilitatorCapable: boolean;
}

type Role = { role: 'facilitator' } | { role: 'participant'; participantId: string };

export interface SyncOptions {
  sessionId: string;
  secret: string;
  facilitatorToken: string;
  /** Admits a participant whose token is valid (a restarted server may meet them first here); false when full. */
  admit(participantId: string): boolean;
}

/** A refused document: Hocuspocus sends `reason` to the client; having no `message`, it is not logged as an error. */
export class Refused {
  constructor(readonly reason: string) {}
}

/**
 * The authority model by structure (docs/ARCHITECTURE.md, "Live sessions"): every document a connection opens is either writable
 * or read-only for it, decided once when it authenticates; nothing is judged update by update.
 */
export function authorize(options: SyncOptions, context: SocketContext, token: string, documentName: string): { role: Role; readOnly: boolean } {
  const doc = parseDocName(documentName);
  if (!doc) throw new Refused(`No document ${documentName}`);
  if (context.facilitatorCapable && sameSecret(token, options.facilitatorToken)) {
    return { role: { role: 'facilitator' }, readOnly: doc.kind === 'outbox' || doc.kind === 'roster' };
  }
  const participantId = verifyParticipantToken(options.secret, options.sessionId, token);
  if (!participantId || !options.admit(participantId)) throw new Refused('Not a participant of this session');
  const role: Role = { role: 'participant', participantId };
  if (doc.kind === 'outbox' && doc.participantId === participantId) return { role, readOnly: false };
  if (doc.kind === 'board' || (doc.kind === 'inbox' && doc.participantId === participantId)) return { role, readOnly: true };
  throw new Refused(`A participant may not open ${documentName}`);
}

/** One session's documents: Hocuspocus, a copy of every document kept in memory, and the roster it writes. */
export class SessionSync {
  readonly hocuspocus: Hocuspocus;
  private readonly stored = new Map<string, Uint8Array>();
  private readonly openOutboxes = new Map<string, number>();
  private roster: DirectConnection | undefined;

  constructor(private readonly options: SyncOptions) {
    this.hocuspocus = new Hocuspocus({
      quiet: true,
      debounce: 500,
      maxDebounce: 2000,
      onAuthenticate: async ({ token, documentName, connectionConfig, context }) => {
        const { role, readOnly } = authorize(this.options, context as SocketContext, token, documentName);
        connectionConfig.readOnly = readOnly;
        return role;
      },
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

  /** Hands an upgraded socket to Hocuspocus, with a per-connection message budget (participants only). */
  accept(ws: WebSocket, request: IncomingMessage, context: SocketContext): void {
    ws.on('error', () => ws.terminate());
    if (!context.facilitatorCapable) {
      const bucket = new TokenBucket(LIVE_LIMITS.messagesPerSecond, LIVE_LIMITS.messageBurst);
      let closing = false;
      ws.on('message', () => {
        if (closing || bucket.take()) return;
        closing = true;
        // A dropped Yjs message could stall the client's sync; closing makes it reconnect and sync afresh.
        ws.close(4429, 'Too many messages');
        setTimeout(() => ws.terminate(), 1000).unref();
      });
    }
    this.hocuspocus.handleConnection(ws, request, context);
  }

  async close(): Promise<void> {
    this.hocuspocus.closeConnections();
    await this.roster?.disconnect();
    this.roster = undefined;
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
