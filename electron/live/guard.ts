import * as decoding from 'lib0/decoding';
import { TokenBucket } from './limits.ts';

/**
 * What one participant's socket may cost the server, beyond the message size and rate limits of issue 15. Each
 * limit ends the socket (the device reconnects and syncs afresh); none of them judges a single Yjs update.
 */
export const SOCKET_LIMITS = {
  /** Document names one participant socket may use: their outbox, inbox and the board, with room to spare. */
  documentsPerSocket: 8,
  /** Bytes a socket may send for documents it was not admitted to (before its token is checked, or after a refusal): one largest message and the handshake. */
  unadmittedBytes: 300 * 1024,
  /** Sustained bytes per second and burst per participant socket (a full outbox after a server restart fits the burst). */
  bytesPerSecond: 64 * 1024,
  byteBurst: 4 * 1024 * 1024,
  /** A socket admitted to no document within this time is closed. */
  admitWithinMs: 10_000,
  /** Awareness (presence) only on a document the connection writes, and small. */
  awarenessBytes: 8 * 1024,
  /** Bytes of updates one participant may add to their outbox while the server runs; past it, it is read-only for them. */
  outboxBytes: 4 * 1024 * 1024,
  /** Sockets one participant may hold at once; a new one replaces the oldest (a phone that slept comes back). */
  socketsPerParticipant: 4,
} as const;

/** Hocuspocus's message types: the number after the document name. */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, syncReply: 4, stateless: 5, broadcastStateless: 6, close: 7, syncStatus: 8 } as const;
const KNOWN = new Set<number>(Object.values(MESSAGE));
/** y-protocols sync steps inside a sync message. */
export const SYNC_STEP = { one: 0, two: 1, update: 2 } as const;

export interface Closing {
  code: number;
  reason: string;
}

export const CLOSE = {
  malformed: { code: 4400, reason: 'Malformed message' },
  tooMany: { code: 4429, reason: 'Too many messages' },
  tooMuch: { code: 4413, reason: 'Too much data' },
  tooManyDocuments: { code: 4414, reason: 'Too many documents' },
  notAdmitted: { code: 4403, reason: 'Not admitted' },
  admitTimeout: { code: 4408, reason: 'No document admitted in time' },
  replaced: { code: 4409, reason: 'Replaced by a newer connection of the same participant' },
} as const satisfies Record<string, Closing>;

export interface MessageHead {
  document: string;
  type: number;
  /** For sync messages: step 1, step 2 or an update. */
  step?: number;
}

/** The document name and type of a Hocuspocus message, or null when it is not one (garbage, truncated, unknown type). */
export function readMessageHead(data: Uint8Array): MessageHead | null {
  try {
    const decoder = decoding.createDecoder(data);
    const document = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (!KNOWN.has(type)) return null;
    if (type !== MESSAGE.sync && type !== MESSAGE.syncReply) return { document, type };
    const step = decoding.readVarUint(decoder);
    if (step > SYNC_STEP.update) return null;
    // The state vector or update must be all there: a truncated one is not a message.
    decoding.readVarUint8Array(decoder);
    return !decoding.hasContent(decoder) ? { document, type, step } : null;
  } catch {
    return null;
  }
}

/**
 * The limits one participant socket lives under, checked on every message before Hocuspocus reads it. The
 * facilitator's own socket (loopback, the app's origin) is trusted and not limited.
 */
export class SocketGuard {
  /** Documents the server admitted this socket to (its token was accepted for them). */
  readonly admitted = new Set<string>();
  private readonly named = new Set<string>();
  private unadmitted = 0;
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  readonly openedAt: number;

  constructor(
    readonly trusted: boolean,
    limits: { messagesPerSecond: number; messageBurst: number },
    now: () => number = Date.now,
  ) {
    this.messages = new TokenBucket(limits.messagesPerSecond, limits.messageBurst, now);
    this.bytes = new TokenBucket(SOCKET_LIMITS.bytesPerSecond, SOCKET_LIMITS.byteBurst, now);
    this.openedAt = now();
  }

  /** Null when the message may go on; otherwise why the socket must close. */
  inspect(data: Uint8Array): Closing | null {
    if (this.trusted) return null;
    if (!this.messages.take()) return CLOSE.tooMany;
    if (!this.bytes.take(data.byteLength)) return CLOSE.tooMuch;
    const head = readMessageHead(data);
    if (!head) return CLOSE.malformed;
    if (!this.named.has(head.document)) {
      if (this.named.size >= SOCKET_LIMITS.documentsPerSocket) return CLOSE.tooManyDocuments;
      this.named.add(head.document);
    }
    if (!this.admitted.has(head.document)) {
      this.unadmitted += data.byteLength;
      if (this.unadmitted > SOCKET_LIMITS.unadmittedBytes) return CLOSE.notAdmitted;
    }
    return null;
  }
}
