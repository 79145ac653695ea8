import { openBenchPage, stepTimes, type BenchPage } from '../browser';
import { ms, p50p95, type BenchContext, type PartOutput } from '../context';
import { findNodePoint } from '../inpage';
import { addOnDevice, chromiumParticipants, connected, installPaintWatch, joinDevice, noteCounts, paintedTimes, startSession } from '../live/facilitator';
import { startApp, startClients, type Usage } from '../live/processes';
import { profileLines } from '../live/profile';
import { startTrace, stopTrace } from '../live/trace';
import { mulberry32 } from '../random';
import type { Row, Target } from '../report';
import { median, round, spread } from '../stats';

/**
 * A live session under a brainstorm's last minutes (docs/ARCHITECTURE.md, "Live sessions"): N participants each
 * add 20 notes, one every 1–3 s, while the facilitator's canvas is open and being dragged. N − 2 are Node Yjs
 * clients in their own process (bench/live/clients.ts), 2 are real Chromium phones. Loopback only.
 */
const SIZES = (process.env.BENCH_LIVE_SIZES ?? '10,30,60').split(',').map(Number).filter((n) => n > 2 && n <= 60);
const NOTES_EACH = 20;
const PHONES = 2;
const PHONE_NOTES = 5;
/** The bench's own ports (4600–4699), three per size. */
const PORT_BASE = Number(process.env.BENCH_LIVE_PORT_BASE ?? 4600);
const DRAG_STEPS = 12;
/** Drags on the quiet canvas before and after the burst (kept few: the default bench stays under 10 minutes). */
const QUIET_DRAGS = 2;
const FIELDS = ['Desired Assets', 'Value Offer', 'Transfer Activity', 'Created Value'];

async function dragOnce(bench: BenchPage, d: number): Promise<number[]> {
  const at = await findNodePoint(bench.page, '.react-flow__node-note');
  if (!at) return [];
  const mouse = bench.page.mouse;
  await mouse.move(at.x, at.y);
  await mouse.down();
  const sign = d % 2 === 0 ? 1 : -1;
  const moves = Array.from({ length: DRAG_STEPS }, (_, i) => () => mouse.move(at.x + sign * (i + 1) * 5, at.y + (i + 1) * 2));
  return stepTimes(bench, [...moves, () => mouse.up()]);
}

async function drags(bench: BenchPage, count: number): Promise<number[]> {
  const frames: number[] = [];
  for (let d = 0; d < count; d++) frames.push(...(await dragOnce(bench, d)));
  return frames;
}

interface SizeResult {
  n: number;
  addToPainted: number[];
  phoneAddToPainted: number[];
  addToAck: number[];
  written: number;
  lost: number;
  doubled: number;
  storedLost: number;
  storedDoubled: number;
  quietBefore: number[];
  burst: number[];
  quietAfter: number[];
  dragRatio: number;
  server: { idleRssMb: number; peakRssMb: number; heapMb: number; cpuPercent: number };
  rejoinNodeMs: number[];
  rejoinPhoneMs: number[];
  errors: string[];
  pinned: boolean;
}

async function runSize(ctx: BenchContext, n: number, index: number): Promise<SizeResult> {
  const ports = { app: PORT_BASE + index * 3, live: PORT_BASE + index * 3 + 1 };
  const app = await startApp(ports.app, ports.live);
  const bench = await openBenchPage(ctx.browser);
  const phones = await chromiumParticipants(ctx.browser, PHONES);
  let clients: Awaited<ReturnType<typeof startClients>> | undefined;
  try {
    const joinUrl = await startSession(bench.page, app.url);
    const code = new URL(joinUrl).searchParams.get('code') ?? '';
    const prefix = `Live${n}`;
    await installPaintWatch(bench.page, prefix);
    const idle = await app.usage();
    clients = await startClients({ base: new URL(joinUrl).origin, code, count: n - PHONES, notesEach: NOTES_EACH, gapMs: [1000, 3000], seed: 20 + n, prefix, ackWithinMs: 60_000 }, 120_000);
    for (const [i, phone] of phones.entries()) await joinDevice(phone, joinUrl, `Phone ${i + 1}`);
    await bench.page.getByRole('region', { name: 'Participants' }).getByText(`${n} of ${n} connected`).waitFor({ timeout: 60_000 });
    const quietBefore = await drags(bench, QUIET_DRAGS);

    // The burst: Node participants write, the phones tap Add, the facilitator drags; the server is sampled each second.
    const profiling = process.env.BENCH_LIVE_PROFILE === '1';
    if (profiling) await bench.cdp.send('Profiler.enable').then(() => bench.cdp.send('Profiler.start'));
    const tracing = process.env.BENCH_LIVE_TRACE === '1';
    if (tracing) await startTrace(ctx.browser, bench.page);
    const start = await app.usage();
    const samples: Usage[] = [start];
    const sampler = setInterval(() => void app.usage().then((u) => samples.push(u), () => undefined), 1000);
    const { written, acked } = clients.burst();
    let burstDone = false;
    void written.then(() => (burstDone = true));
    const random = mulberry32(n);
    const phoneNotes: { text: string; at: number }[] = [];
    const phonesWriting = Promise.all(
      phones.map(async (phone, p) => {
        for (let i = 0; i < PHONE_NOTES; i++) {
          await new Promise((r) => setTimeout(r, 1000 + random() * 2000));
          const text = `${prefix} phone${p} n${i}`;
          phoneNotes.push({ text, at: await addOnDevice(phone.page, FIELDS[(p + i) % FIELDS.length] as string, text) });
        }
      }),
    );
    const burst: number[] = [];
    for (let d = 0; d < 30 && !burstDone; d++) {
      burst.push(...(await dragOnce(bench, d)));
      await new Promise((r) => setTimeout(r, 500));
    }
    await Promise.all([written, phonesWriting]);
    const report = (await acked).report;
    if (profiling) profileLines((await bench.cdp.send('Profiler.stop')).profile).forEach((line) => ctx.log(line));
    if (tracing) for (const { name, ms } of await stopTrace(ctx.browser, app.url)) ctx.log(`  trace ${ms.toFixed(0).padStart(6)} ms  ${name}`);
    clearInterval(sampler);
    const end = await app.usage();
    samples.push(end);

    // Every note once: wait (bounded) until each one is painted, then count on screen and in IndexedDB.
    const texts = [...report.notes.map((x) => x.text), ...phoneNotes.map((x) => x.text)];
    await bench.page
      .waitForFunction((count) => (window as unknown as { __painted: Map<string, number> }).__painted.size >= count, texts.length, { timeout: 30_000 })
      .catch(() => undefined);
    const quietAfter = await drags(bench, QUIET_DRAGS);
    const painted = await paintedTimes(bench.page);
    const counts = await noteCounts(bench.page, texts);

    const rejoinNodeMs = await clients.rejoin(3);
    const rejoinPhoneMs: number[] = [];
    for (const phone of phones) {
      await phone.setOnline(false);
      await phone.page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
      await phone.setOnline(true);
      const back = Date.now();
      await connected(phone.page).waitFor();
      rejoinPhoneMs.push(Date.now() - back);
    }

    return {
      n,
      addToPainted: report.notes.flatMap((x) => (painted[x.text] !== undefined ? [(painted[x.text] as number) - x.at] : [])),
      phoneAddToPainted: phoneNotes.flatMap((x) => (painted[x.text] !== undefined ? [(painted[x.text] as number) - x.at] : [])),
      addToAck: report.notes.flatMap((x) => (x.ackedAt ? [x.ackedAt - x.at] : [])),
      written: texts.length,
      lost: counts.canvas.filter((c) => c === 0).length,
      doubled: counts.canvas.filter((c) => c > 1).length,
      storedLost: counts.stored.filter((c) => c === 0).length,
      storedDoubled: counts.stored.filter((c) => c > 1).length,
      quietBefore,
      burst,
      quietAfter,
      // The same canvas, quiet: after the burst, with every note on it (before it, the canvas had only the example's notes).
      dragRatio: median(burst) / median(quietAfter),
      server: {
        idleRssMb: idle.rss / 2 ** 20,
        peakRssMb: Math.max(...samples.map((s) => s.rss)) / 2 ** 20,
        heapMb: end.heapUsed / 2 ** 20,
        cpuPercent: ((end.cpu - start.cpu) / 1000 / (end.at - start.at)) * 100,
      },
      rejoinNodeMs,
      rejoinPhoneMs,
      errors: bench.errors,
      pinned: clients.pinned,
    };
  } finally {
    clients?.stop();
    await Promise.all(phones.map((p) => p.context.close()));
    await bench.context.close();
    await app.stop();
  }
}

function rows(r: SizeResult): Row[] {
  const all = [...r.addToPainted, ...r.phoneAddToPainted];
  const s = spread(all);
  const ack = spread(r.addToAck);
  const drag = (values: number[]) => `${ms(median(values))}`;
  return [
    { measure: `${r.n} participants: add → painted on the facilitator's canvas`, value: p50p95(s), compare: `${s.n} of ${r.written} notes; phones p50 ${ms(median(r.phoneAddToPainted))}; add → acknowledged on the device ${p50p95(ack)}` },
    { measure: `${r.n} participants: notes lost / doubled (canvas; IndexedDB)`, value: `${r.lost} / ${r.doubled}; ${r.storedLost} / ${r.storedDoubled}`, compare: `${r.written} written` },
    { measure: `${r.n} participants: facilitator drag, main-thread ms/frame p50`, value: `burst ${drag(r.burst)}, quiet ${drag(r.quietBefore)} before / ${drag(r.quietAfter)} after`, compare: `ratio ${round(r.dragRatio, 2)}× (burst ÷ quiet after, all notes on it), ${r.burst.length} burst steps` },
    { measure: `${r.n} participants: live server process`, value: `${r.server.peakRssMb.toFixed(0)} MB RSS peak, ${r.server.cpuPercent.toFixed(0)}% CPU in the burst`, compare: `idle ${r.server.idleRssMb.toFixed(0)} MB, heap ${r.server.heapMb.toFixed(0)} MB after (vite preview + live server)` },
    { measure: `${r.n} participants: rejoin after a drop (socket killed)`, value: `Node p50 ${ms(median(r.rejoinNodeMs))}, phones ${r.rejoinPhoneMs.map((x) => ms(x)).join(', ')}`, compare: 'includes the reconnect backoff (0.5–4 s)' },
  ];
}

export async function benchLive(ctx: BenchContext): Promise<PartOutput> {
  const results: SizeResult[] = [];
  for (const [i, n] of SIZES.entries()) {
    ctx.log(`live: ${n} participants`);
    results.push(await runSize(ctx, n, i));
    const last = results.at(-1);
    if (last?.errors.length) ctx.log(`live: the facilitator's page logged errors: ${last.errors.slice(0, 3).join(' | ')}`);
  }
  const at = (n: number) => results.find((r) => r.n === n);
  const p95 = (n: number) => {
    const r = at(n);
    return r ? spread([...r.addToPainted, ...r.phoneAddToPainted]).p95 : null;
  };
  const targets: Target[] = [
    { name: 'live 30 participants: add → painted p95', value: p95(30), limit: 250, unit: 'ms', kind: 'max' },
    { name: 'live 60 participants: add → painted p95', value: p95(60), limit: 500, unit: 'ms', kind: 'max' },
    { name: 'live 10/30/60: notes lost or doubled', value: results.reduce((sum, r) => sum + r.lost + r.doubled + r.storedLost + r.storedDoubled, 0), limit: 0, unit: '', kind: 'max' },
    { name: 'live 10/30/60: facilitator drag ratio, burst vs quiet (worst)', value: Math.max(...results.map((r) => r.dragRatio)), limit: 1.5, unit: '×', kind: 'max' },
  ];
  const pinned = results[0]?.pinned ? 'Node participants pinned to core 1 (taskset)' : 'participants not pinned';
  return { rows: [...results.flatMap(rows), { measure: 'setup', value: pinned, compare: `${PHONES} Chromium phones in every size` }], targets, data: results };
}
