import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { CanvasField } from '../domain/canvasFields';
import { newId, nowIso } from '../domain/ids';
import { readBoard, type BoardSession } from '../live/board';
import { readRoom, type BoardRoom } from '../live/room';
import { ownVotes, setOwnVote } from '../live/ballots';
import { clockOffset } from '../live/serverClock';
import { sampleServerClock } from './api';
import { readAcks } from '../live/inbox';
import { BOARD_DOC, inboxName, outboxName } from '../live/names';
import { deleteOutboxNote, readOutboxNotes, setProfileName, writeOutboxNote } from '../live/outbox';
import { participantFields, type FieldView } from '../live/participantView';
import { saveCredentials, type Credentials } from './credentials';
import { cleanDisplayName } from '../live/displayName';
import { TYPING_KEY, TypingSignal } from '../live/presence';

export type Link = 'connecting' | 'connected' | 'offline';

export interface ParticipantState {
  link: Link;
  session: BoardSession | null;
  fields: FieldView[];
  /** What the facilitator set for the room (the timer, …). */
  room: BoardRoom;
  /** This participant's own dots per board note in the current round. */
  votes: ReadonlyMap<string, number>;
  /** How far the server's clock is ahead of this device's, measured at every connect. */
  clockOffset: number;
  /** The server no longer accepts this device's token (another session runs now). */
  refused: boolean;
}

/**
 * One participant's device in a live session: their outbox (writable), inbox and the board (read-only), each
 * kept in IndexedDB with y-indexeddb, so a reload or a dropped connection loses nothing, and synced over one
 * WebSocket to the server they were served from. Reconnects by itself.
 */
export class ParticipantConnection {
  private readonly outbox = new Y.Doc();
  private readonly inbox = new Y.Doc();
  private readonly board = new Y.Doc();
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly providers: HocuspocusProvider[] = [];
  private readonly stores: IndexeddbPersistence[] = [];
  private readonly listeners = new Set<() => void>();
  private state: ParticipantState;
  private link: Link = 'connecting';
  private refused = false;
  private synced = false;
  private offset = storedOffset();
  /** "Typing" for the facilitator's list: presence on this participant's own outbox, which only the facilitator reads. */
  readonly typing: TypingSignal;

  constructor(private readonly credentials: Credentials) {
    const prefix = `partnerscape-live:${credentials.sessionId}:${credentials.participantId}`;
    for (const [doc, name] of [
      [this.outbox, 'outbox'],
      [this.inbox, 'inbox'],
      [this.board, 'board'],
    ] as const) {
      this.stores.push(new IndexeddbPersistence(`${prefix}:${name}`, doc));
      doc.on('update', () => this.changed());
    }
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    this.socket = new HocuspocusProviderWebsocket({ url: `${scheme}://${location.host}/sync`, delay: 500, minDelay: 500, maxDelay: 4000, factor: 1.5, jitter: true });
    // "Connecting" only until the first answer; after that, anything but a synced connection is offline.
    this.socket.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') return;
      this.synced = false;
      if (this.link !== 'connecting' || status === 'disconnected') this.setLink('offline');
    });
    this.socket.on('close', () => {
      this.synced = false;
      this.setLink('offline');
    });
    const open = (name: string, document: Y.Doc, withAwareness: boolean) => {
      const provider = new HocuspocusProvider({ websocketProvider: this.socket, name, document, token: credentials.token, ...(withAwareness ? {} : { awareness: null }) });
      provider.attach();
      this.providers.push(provider);
      return provider;
    };
    // Awareness on one document keeps the socket's liveness check fed; presence stays on the participant's own document.
    const own = open(outboxName(credentials.participantId), this.outbox, true);
    open(inboxName(credentials.participantId), this.inbox, false);
    open(BOARD_DOC, this.board, false);
    this.typing = new TypingSignal((value) => own.setAwarenessField(TYPING_KEY, value));
    own.on('synced', () => {
      this.synced = true;
      this.setLink('connected');
      void this.measureClock();
    });
    own.on('authenticationFailed', () => {
      this.refused = true;
      this.changed();
    });
    setProfileName(this.outbox, credentials.name);
    this.state = this.compute();
  }

  get participantName(): string {
    return this.credentials.name;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ParticipantState => this.state;

  addNote(field: CanvasField, text: string): void {
    writeOutboxNote(this.outbox, newId(), { field, text }, nowIso());
  }

  editNote(key: string, field: CanvasField, text: string): void {
    writeOutboxNote(this.outbox, key, { field, text }, nowIso());
  }

  deleteNote(key: string): void {
    deleteOutboxNote(this.outbox, key, nowIso());
  }

  /** The participant's new name: on their own document (the facilitator's list follows) and kept on this device. */
  rename(name: string): string {
    const clean = cleanDisplayName(name);
    if (!clean) return this.credentials.name;
    setProfileName(this.outbox, clean);
    this.credentials.name = clean;
    saveCredentials(this.credentials);
    return clean;
  }

  /** One dot more (or fewer) on a board note in the open round, within the round's budget and rules. */
  vote(noteId: string, delta: 1 | -1): void {
    const round = this.state.room.round;
    if (!round?.open) return;
    const mine = this.state.votes;
    const here = mine.get(noteId) ?? 0;
    const used = [...mine.values()].reduce((a, b) => a + b, 0);
    if (delta > 0 && (used >= round.votesPerPerson || (round.onePerNote && here > 0))) return;
    if (delta < 0 && here <= 0) return;
    setOwnVote(this.outbox, round.id, noteId, here + delta);
  }

  destroy(): void {
    this.typing.stop();
    this.providers.forEach((p) => p.destroy());
    this.socket.destroy();
    this.stores.forEach((s) => void s.destroy());
  }

  /** The server's clock against this device's, anew on every connect (a phone's clock may be set by hand or drift). */
  private async measureClock(): Promise<void> {
    const offset = clockOffset(await sampleServerClock());
    if (offset === null || offset === this.offset) return;
    this.offset = offset;
    try {
      localStorage.setItem(OFFSET_KEY, String(offset));
    } catch {
      // Kept for this page only.
    }
    this.changed();
  }

  private setLink(link: Link): void {
    if (this.link === link) return;
    this.link = link;
    this.changed();
  }

  private compute(): ParticipantState {
    const { session, notes } = readBoard(this.board);
    const room = readRoom(this.board);
    return {
      link: this.link,
      session,
      refused: this.refused,
      room,
      votes: room.round ? ownVotes(this.outbox, room.round.id) : new Map(),
      clockOffset: this.offset,
      fields: participantFields(notes, readOutboxNotes(this.outbox), readAcks(this.inbox)),
    };
  }

  private changed(): void {
    this.state = this.compute();
    this.listeners.forEach((l) => l());
  }
}

const OFFSET_KEY = 'partnerscape-live-clock-offset';

/** The last offset measured, so a device that reopens offline still counts down with the room. */
function storedOffset(): number {
  try {
    const value = Number(localStorage.getItem(OFFSET_KEY));
    return Number.isFinite(value) ? value : 0;
  } catch {
    return 0;
  }
}
