import { openBenchPage } from '../browser';
import type { BenchContext, PartOutput } from '../context';
import { addOnDevice, chromiumParticipants, connected, joinDevice, noteCounts, startSession, type Device } from '../live/facilitator';
import { startApp, startClients } from '../live/processes';
import { mulberry32 } from '../random';

/**
 * The opt-in soak (`npm run bench -- --parts soak`, never in npm test or the default bench): 30 participants for
 * SOAK_MINUTES (default 10) with random drops, sleeps and reloads (bench/live/soak.ts; the two Chromium phones are
 * dropped and reloaded for real); afterwards every note must be on the facilitator's canvas and in IndexedDB exactly
 * once, and every participant's documents must equal the server's. Loopback only.
 */
const PARTICIPANTS = 30;
const PHONES = 2;
const PORTS = { app: Number(process.env.BENCH_LIVE_PORT_BASE ?? 4600) + 20, live: Number(process.env.BENCH_LIVE_PORT_BASE ?? 4600) + 21 };
const FIELDS = ['Desired Assets', 'Value Offer', 'Transfer Activity', 'Created Value'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface PhoneStats {
  texts: string[];
  drops: number;
  reloads: number;
}

/** A real phone through the soak: a note every 10–30 s, and every so often its sockets killed or its page reloaded. */
async function phoneChaos(device: Device, index: number, deadline: number, stats: PhoneStats): Promise<void> {
  const random = mulberry32(500 + index);
  for (let n = 0; n < 100 && Date.now() < deadline; n++) {
    await sleep(Math.min(10_000 + random() * 20_000, Math.max(0, deadline - Date.now())));
    if (Date.now() >= deadline) break;
    const event = random();
    if (event < 0.25) {
      await device.setOnline(false);
      await sleep(1_000 + random() * 9_000);
      await device.setOnline(true);
      stats.drops++;
    } else if (event < 0.4) {
      await device.page.reload();
      stats.reloads++;
    }
    const text = `Soak phone${index} n${n}`;
    const added = await addOnDevice(device.page, FIELDS[n % FIELDS.length] as string, text).then(
      () => true,
      () => false,
    );
    if (added) stats.texts.push(text);
  }
}

export async function benchSoak(ctx: BenchContext): Promise<PartOutput> {
  const minutes = Number(process.env.SOAK_MINUTES ?? 10);
  const app = await startApp(PORTS.app, PORTS.live);
  const bench = await openBenchPage(ctx.browser);
  const phones = await chromiumParticipants(ctx.browser, PHONES);
  let clients: Awaited<ReturnType<typeof startClients>> | undefined;
  try {
    const joinUrl = await startSession(bench.page, app.url);
    const code = new URL(joinUrl).searchParams.get('code') ?? '';
    clients = await startClients({ base: new URL(joinUrl).origin, code, count: PARTICIPANTS - PHONES, notesEach: 0, gapMs: [10_000, 30_000], seed: 30, prefix: 'Soak', ackWithinMs: 180_000 }, 120_000);
    for (const [i, phone] of phones.entries()) await joinDevice(phone, joinUrl, `Phone ${i + 1}`);
    ctx.log(`soak: ${PARTICIPANTS} participants for ${minutes} min`);
    const deadline = Date.now() + minutes * 60_000;
    const phoneStats = phones.map(() => ({ texts: [] as string[], drops: 0, reloads: 0 }));
    const [soaked] = await Promise.all([clients.soak(minutes * 60_000), ...phones.map((phone, i) => phoneChaos(phone, i, deadline, phoneStats[i] as PhoneStats))]);

    // The phones come back and show every note of theirs as on the canvas.
    const phoneTexts = phoneStats.flatMap((s) => s.texts);
    let phonesAcked = true;
    for (const [i, phone] of phones.entries()) {
      await phone.setOnline(true);
      await connected(phone.page).waitFor({ timeout: 60_000 });
      const want = phoneStats[i]?.texts.length ?? 0;
      phonesAcked &&= await phone.page.waitForFunction((want) => document.body.innerText.split('On the canvas').length - 1 >= want, want, { timeout: 60_000 }).then(() => true, () => false);
    }
    const texts = [...soaked.report.notes.map((n) => n.text), ...phoneTexts];
    await bench.page.waitForFunction((count) => document.querySelectorAll('.react-flow__node-note').length >= count, texts.length, { timeout: 60_000 }).catch(() => undefined);
    const counts = await noteCounts(bench.page, texts);
    const lost = counts.canvas.filter((c) => c === 0).length;
    const doubled = counts.canvas.filter((c) => c > 1).length;
    const storedLost = counts.stored.filter((c) => c === 0).length;
    const storedDoubled = counts.stored.filter((c) => c > 1).length;
    const unacked = soaked.report.notes.filter((n) => n.ackedAt === undefined).length;
    const drops = soaked.stats.drops + phoneStats.reduce((s, p) => s + p.drops, 0);
    const reloads = soaked.stats.reloads + phoneStats.reduce((s, p) => s + p.reloads, 0);
    const allConverged = soaked.converged === PARTICIPANTS - PHONES && phonesAcked;
    const onCanvas = counts.canvas.filter((c) => c >= 1).length;
    const line = `${PARTICIPANTS} participants, ${minutes} min, ${drops} drops, ${soaked.stats.sleeps} sleeps, ${reloads} reloads: ${texts.length} notes written, ${onCanvas} on the canvas, ${lost} lost, ${doubled} doubled, ${allConverged ? 'converged' : `NOT converged (${soaked.converged} of ${PARTICIPANTS - PHONES} Node participants, phones ${phonesAcked ? 'acknowledged' : 'not all acknowledged'})`}`;
    ctx.log(`soak: IndexedDB ${storedLost} lost, ${storedDoubled} doubled; ${unacked} notes never acknowledged on their device`);
    ctx.log(line);
    return {
      rows: [
        { measure: 'soak', value: line },
        { measure: 'soak: in IndexedDB', value: `${storedLost} lost, ${storedDoubled} doubled`, compare: `${unacked} notes not acknowledged on their device` },
      ],
      targets: [
        { name: 'soak: notes lost or doubled (canvas and IndexedDB)', value: lost + doubled + storedLost + storedDoubled, limit: 0, unit: '', kind: 'max' },
        { name: 'soak: participants not converged', value: allConverged ? 0 : PARTICIPANTS - PHONES - soaked.converged + (phonesAcked ? 0 : PHONES), limit: 0, unit: '', kind: 'max' },
      ],
      data: { line, drops, reloads, sleeps: soaked.stats.sleeps, written: texts.length, lost, doubled, storedLost, storedDoubled, unacked, converged: soaked.converged, phonesAcked, errors: bench.errors.slice(0, 20) },
    };
  } finally {
    clients?.stop();
    await Promise.all(phones.map((p) => p.context.close()));
    await bench.context.close();
    await app.stop();
  }
}
