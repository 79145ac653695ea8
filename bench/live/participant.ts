import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { readAcks } from '../../src/live/inbox';
import { inboxName, outboxName } from '../../src/live/names';
import { setProfileName } from '../../src/live/outbox';
import type { NoteTiming } from './protocol';

/** One simulated participant's device: its three documents (kept across reconnects, like y-indexeddb) and its socket. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Participant {
  id: string;
  token: string;
  name: string;
  outbox: Y.Doc;
  inbox: Y.Doc;
  board: Y.Doc;
  socket?: HocuspocusProviderWebsocket;
  providers: HocuspocusProvider[];
  synced: boolean;
  notes: NoteTiming[];
}

export function socketFrom(origin: string) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { origin });
    }
  };
}

export async function join(base: string, code: string, name: string): Promise<Participant> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await fetch(`${base}/api/join`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: base }, body: JSON.stringify({ code, name }) });
    if (response.ok) {
      const body = (await response.json()) as { participantId: string; token: string };
      return { id: body.participantId, token: body.token, name, outbox: new Y.Doc(), inbox: new Y.Doc(), board: new Y.Doc(), providers: [], synced: false, notes: [] };
    }
    await sleep(500);
  }
  throw new Error(`${name} could not join`);
}

/** Connects like the participant app: one socket, presence on the own outbox only, resolves when the outbox synced. */
export function connect(base: string, p: Participant): Promise<number> {
  const started = Date.now();
  const socket = new HocuspocusProviderWebsocket({ url: `${base.replace('http', 'ws')}/sync`, WebSocketPolyfill: socketFrom(base), delay: 500, minDelay: 500, maxDelay: 4000, factor: 1.5, jitter: true });
  p.socket = socket;
  p.synced = false;
  const open = (name: string, doc: Y.Doc, awareness: boolean) => {
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token: p.token, ...(awareness ? {} : { awareness: null }) });
    provider.attach();
    p.providers.push(provider);
    return provider;
  };
  const own = open(outboxName(p.id), p.outbox, true);
  open(inboxName(p.id), p.inbox, false);
  open('board', p.board, false);
  socket.on('close', () => (p.synced = false));
  setProfileName(p.outbox, p.name);
  return new Promise((resolve) => own.on('synced', () => ((p.synced = true), resolve(Date.now() - started))));
}

export function disconnect(p: Participant): void {
  p.providers.splice(0).forEach((provider) => provider.destroy());
  p.socket?.destroy();
  p.socket = undefined;
  p.synced = false;
}

/** Kills the socket as a dropped wifi would, and times until the device is synced again (backoff included). */
export async function dropAndRejoin(base: string, p: Participant): Promise<number> {
  const started = Date.now();
  disconnect(p);
  await sleep(50);
  await connect(base, p);
  return Date.now() - started;
}

export function watchAcks(p: Participant): void {
  p.inbox.on('update', () => {
    const acks = readAcks(p.inbox);
    const now = Date.now();
    for (const note of p.notes) if (note.ackedAt === undefined && acks.get(note.key)?.status === 'on-canvas') note.ackedAt = now;
  });
}

