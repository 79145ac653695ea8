/**
 * Simulated participants for `npm run bench` (live and soak parts), in their own process: Node Yjs clients
 * that join over loopback like the participant app (same documents, same reconnect timing) and write notes
 * at a brainstorm's pace. Every loop here is bounded in count and time.
 */
import { outboxNotes, writeOutboxNote } from '../../src/live/outbox';
import { CANVAS_FIELDS } from '../../src/domain/canvasFields';
import { mulberry32 } from '../random';
import { connect, disconnect, dropAndRejoin, join, sleep, watchAcks, type Participant } from './participant';
import type { ClientsReport, ClientsRequest, ClientsToParent } from './protocol';
import { converged, settle, soak } from './soak';

let request: ClientsRequest;
const participants: Participant[] = [];
const send = (message: ClientsToParent) => process.send?.(message);

/** Writes `notesEach` notes per participant at a random 1–3 s pace (seeded), all participants at once. */
async function burst(): Promise<void> {
  const random = mulberry32(request.seed);
  await Promise.all(
    participants.map(async (p, pi) => {
      for (let n = 0; n < request.notesEach; n++) {
        await sleep(request.gapMs[0] + random() * (request.gapMs[1] - request.gapMs[0]));
        const key = `${request.prefix}${pi}k${n}`;
        const text = `${request.prefix} p${pi} n${n}`;
        const at = Date.now();
        p.notes.push({ key, text, at });
        writeOutboxNote(p.outbox, key, { field: CANVAS_FIELDS[(pi + n) % CANVAS_FIELDS.length] ?? 'valueOffer', text }, new Date(at).toISOString());
      }
    }),
  );
}

async function untilAcked(limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline && participants.some((p) => p.notes.some((n) => n.ackedAt === undefined))) await sleep(100);
}

function report(rejoinMs: number[]): ClientsReport {
  return { notes: participants.flatMap((p) => p.notes), rejoinMs, outboxEntries: participants.reduce((sum, p) => sum + outboxNotes(p.outbox).size, 0) };
}

process.on('message', (message: { type: string; request?: ClientsRequest; count?: number; durationMs?: number }) => {
  void (async () => {
    if (message.type === 'start' && message.request) {
      request = message.request;
      for (let i = 0; i < request.count; i++) participants.push(await join(request.base, request.code, `Bench ${i + 1}`));
      participants.forEach(watchAcks);
      await Promise.all(participants.map((p) => connect(request.base, p)));
      send({ type: 'ready' });
    } else if (message.type === 'burst') {
      await burst();
      send({ type: 'written' });
      await untilAcked(request.ackWithinMs);
      send({ type: 'acked', report: report([]) });
    } else if (message.type === 'rejoin') {
      const times: number[] = [];
      for (const p of participants.slice(0, message.count ?? 5)) times.push(await dropAndRejoin(request.base, p));
      send({ type: 'rejoined', rejoinMs: times });
    } else if (message.type === 'soak') {
      const stats = await soak(request.base, participants, { durationMs: message.durationMs ?? 60_000, seed: request.seed, prefix: request.prefix });
      await settle(request.base, participants, request.ackWithinMs);
      let same = 0;
      for (const p of participants) if (await converged(request.base, p)) same++;
      send({ type: 'soaked', report: report([]), stats, converged: same });
    } else if (message.type === 'stop') {
      participants.forEach(disconnect);
      process.exit(0);
    }
  })().catch((error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  });
});
process.on('disconnect', () => process.exit(0));
