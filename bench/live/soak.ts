import type { Socket } from 'node:net';
import * as Y from 'yjs';
import { CANVAS_FIELDS } from '../../src/domain/canvasFields';
import { readAcks } from '../../src/live/inbox';
import { inboxName, outboxName } from '../../src/live/names';
import { writeOutboxNote } from '../../src/live/outbox';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mulberry32 } from '../random';
import { connect, disconnect, sleep, socketFrom, watchAcks, type Participant } from './participant';

/**
 * The soak's chaos on the simulated participants (opt-in: `npm run bench -- --parts soak`): each writes a note every
 * 10–30 s and, every 20–60 s, has its socket killed, sleeps (its connection stalled for 5–60 s) or reloads (new
 * documents from what it kept, like y-indexeddb after a page reload). Bounded by the deadline and a note count.
 */
export interface SoakStats {
  drops: number;
  sleeps: number;
  reloads: number;
}

const rawSocket = (p: Participant): Socket | undefined => (p.socket?.webSocket as unknown as { _socket?: Socket } | null | undefined)?._socket;

function drop(p: Participant): void {
  (p.socket?.webSocket as unknown as { terminate?: () => void } | null | undefined)?.terminate?.();
}

/** A phone asleep: it neither reads nor writes; a long sleep outlives the server's ping timeout. */
async function stall(p: Participant, ms: number): Promise<void> {
  const socket = rawSocket(p);
  socket?.pause();
  await sleep(ms);
  socket?.resume();
}

function reload(base: string, p: Participant): void {
  disconnect(p);
  for (const key of ['outbox', 'inbox', 'board'] as const) {
    const kept = Y.encodeStateAsUpdate(p[key]);
    p[key] = new Y.Doc();
    Y.applyUpdate(p[key], kept);
  }
  watchAcks(p);
  void connect(base, p);
}

export async function soak(base: string, participants: Participant[], options: { durationMs: number; seed: number; prefix: string }): Promise<SoakStats> {
  const stats: SoakStats = { drops: 0, sleeps: 0, reloads: 0 };
  const deadline = Date.now() + options.durationMs;
  await Promise.all(
    participants.map(async (p, pi) => {
      const random = mulberry32(options.seed * 1000 + pi);
      let nextEvent = Date.now() + 20_000 + random() * 40_000;
      for (let n = 0; n < 150 && Date.now() < deadline; n++) {
        await sleep(Math.min(10_000 + random() * 20_000, Math.max(0, deadline - Date.now())));
        if (Date.now() >= deadline) break;
        if (Date.now() >= nextEvent) {
          const kind = random();
          if (kind < 0.5) {
            drop(p);
            stats.drops++;
          } else if (kind < 0.8) {
            stats.sleeps++;
            await stall(p, Math.min(5_000 + random() * 55_000, Math.max(0, deadline - Date.now())));
          } else {
            reload(base, p);
            stats.reloads++;
          }
          nextEvent = Date.now() + 20_000 + random() * 40_000;
        }
        const key = `${options.prefix}${pi}k${n}`;
        const text = `${options.prefix} p${pi} n${n}`;
        const at = Date.now();
        p.notes.push({ key, text, at });
        writeOutboxNote(p.outbox, key, { field: CANVAS_FIELDS[(pi + n) % CANVAS_FIELDS.length] ?? 'valueOffer', text }, new Date(at).toISOString());
      }
    }),
  );
  return stats;
}

/** After the chaos: every device connected and synced again (a device still not synced reconnects from scratch). */
export async function settle(base: string, participants: Participant[], limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  await sleep(5_000);
  for (const p of participants) {
    if (p.synced) continue;
    disconnect(p);
    void connect(base, p);
  }
  while (Date.now() < deadline && participants.some((p) => p.notes.some((n) => n.ackedAt === undefined) || !p.synced)) await sleep(500);
  // Acknowledgements may have come in before a reload's new inbox was watched.
  for (const p of participants) {
    const acks = readAcks(p.inbox);
    for (const note of p.notes) if (note.ackedAt === undefined && acks.get(note.key)?.status === 'on-canvas') note.ackedAt = Date.now();
  }
}

const sameVector = (a: Uint8Array, b: Uint8Array) => {
  const x = Y.decodeStateVector(a);
  const y = Y.decodeStateVector(b);
  return x.size === y.size && [...x].every(([client, clock]) => y.get(client) === clock);
};

/**
 * Whether a participant's documents equal the server's: a fresh connection with their token loads all three, and
 * the state vectors must match the device's (tried a few times while the last updates travel).
 */
export async function converged(base: string, p: Participant): Promise<boolean> {
  const socket = new HocuspocusProviderWebsocket({ url: `${base.replace('http', 'ws')}/sync`, WebSocketPolyfill: socketFrom(base), delay: 500, minDelay: 500, maxAttempts: 5 });
  const fresh = { outbox: new Y.Doc(), inbox: new Y.Doc(), board: new Y.Doc() };
  const names = { outbox: outboxName(p.id), inbox: inboxName(p.id), board: 'board' };
  const providers = (['outbox', 'inbox', 'board'] as const).map((key) => {
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: names[key], document: fresh[key], token: p.token, awareness: null });
    provider.attach();
    return new Promise<HocuspocusProvider>((resolve) => provider.on('synced', () => resolve(provider)));
  });
  try {
    const synced = await Promise.race([Promise.all(providers), sleep(20_000).then(() => null)]);
    if (!synced) return false;
    for (let attempt = 0; attempt < 20; attempt++) {
      if ((['outbox', 'inbox', 'board'] as const).every((key) => sameVector(Y.encodeStateVector(fresh[key]), Y.encodeStateVector(p[key])))) return true;
      await sleep(500);
    }
    return false;
  } finally {
    for (const provider of await Promise.all(providers.map((pr) => Promise.race([pr, sleep(10).then(() => null)])))) provider?.destroy();
    socket.destroy();
  }
}
