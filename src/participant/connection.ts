import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { CanvasField } from '../domain/canvasFields';
import { newId, nowIso } from '../domain/ids';
import { readBoard, type BoardSession } from '../live/board';
import { readAcks } from '../live/inbox';
import { BOARD_DOC, inboxName, outboxName } from '../live/names';
import { deleteOutboxNote, readOutboxNotes, setProfileName, writeOutboxNote } from '../live/outbox';
import { participantFields, type FieldView } from '../live/participantView';
import type { Credentials } from './credentials';

export type Link = 'connecting' | 'connected' | 'offline';

export interface ParticipantState {
  link: Link;
  session: BoardSession | null;
  fields: FieldView[];
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
    own.on('synced', () => {
      this.synced = true;
      this.setLink('connected');
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

  destroy(): void {
    this.providers.forEach((p) => p.destroy());
    this.socket.destroy();
    this.stores.forEach((s) => void s.destroy());
  }

  private setLink(link: Link): void {
    if (this.link === link) return;
    this.link = link;
    this.changed();
  }

  private compute(): ParticipantState {
    const { session, notes } = readBoard(this.board);
    return { link: this.link, session, refused: this.refused, fields: participantFields(notes, readOutboxNotes(this.outbox), readAcks(this.inbox)) };
  }

  private changed(): void {
    this.state = this.compute();
    this.listeners.forEach((l) => l());
  }
}
