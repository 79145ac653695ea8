import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from './browser';
import { NotAvailable, type BenchContext, type PartOutput } from './context';
import { benchCanvas } from './parts/canvas';
import { benchLive } from './parts/live';
import { benchSoak } from './parts/soak';
import { benchMap } from './parts/map';
import { benchPdf } from './parts/pdf';
import { benchStartup } from './parts/startup';
import { benchStorage } from './parts/storage';
import { formatMarkdown, formatTable, targetMet, type PartResult, type Target } from './report';
import { serveStatic } from './server';

const ROOT = resolve(import.meta.dirname, '..');
const PARTS = ['startup', 'map', 'canvas', 'storage', 'pdf', 'live'] as const;
/** Parts that run only when asked for by name (`--parts soak`): too long for the default bench. */
const OPT_IN = ['soak'] as const;
type PartName = (typeof PARTS)[number] | (typeof OPT_IN)[number];

const RUNNERS: Record<PartName, (ctx: BenchContext) => Promise<PartOutput>> = {
  startup: benchStartup,
  map: benchMap,
  canvas: benchCanvas,
  storage: benchStorage,
  pdf: benchPdf,
  live: benchLive,
  soak: benchSoak,
};

/** The targets each part answers for, so a part that cannot run still lists them as not measured. */
const PART_TARGETS: Record<PartName, Omit<Target, 'value'>[]> = {
  startup: [{ name: 'initial JavaScript (gzip)', limit: 400, unit: 'KB', kind: 'max' }],
  map: [
    ...['pan', 'zoom', 'drag'].map((g) => ({ name: `map 100 partners: ${g} p50 vs bare`, limit: 1.2, unit: '×', kind: 'max' as const })),
    { name: 'map 100 partners: zoom p95 main-thread ms/frame', limit: 50, unit: 'ms', kind: 'max' },
    ...['1,000', '3,000'].flatMap((n) => ['first render', 'pan p50', 'zoom p50', 'drag p50'].map((m) => ({ name: `map ${n} partners: ${m} vs bare`, limit: 1, unit: '×', kind: 'max' as const }))),
    { name: 'map 1,000 partners: pan p50 main-thread ms/frame, fitted (stretch)', limit: 16.7, unit: 'ms', kind: 'max' },
  ],
  canvas: [{ name: 'canvas add-note → painted, p95', limit: 50, unit: 'ms', kind: 'max' }],
  storage: [
    { name: 'edit → committed in IndexedDB, p95', limit: 30, unit: 'ms', kind: 'max' },
    { name: 'edit → committed vs bare IndexedDB put, p95', limit: 3, unit: '×', kind: 'max' },
  ],
  pdf: [
    { name: 'full 100-partner report, time', limit: 3000, unit: 'ms', kind: 'max' },
    { name: 'full 100-partner report, size', limit: 2048, unit: 'KB', kind: 'max' },
    { name: 'full report: raster size ÷ vector size', limit: 5, unit: '×', kind: 'min' },
  ],
  live: [
    { name: 'live 30 participants: add → painted p95', limit: 250, unit: 'ms', kind: 'max' },
    { name: 'live 60 participants: add → painted p95', limit: 500, unit: 'ms', kind: 'max' },
    { name: 'live 10/30/60: notes lost or doubled', limit: 0, unit: '', kind: 'max' },
    { name: 'live 10/30/60: facilitator drag ratio, burst vs quiet (worst)', limit: 1.5, unit: '×', kind: 'max' },
  ],
  soak: [
    { name: 'soak: notes lost or doubled (canvas and IndexedDB)', limit: 0, unit: '', kind: 'max' },
    { name: 'soak: participants not converged', limit: 0, unit: '', kind: 'max' },
  ],
};

export interface BenchArgs {
  sizes: number[];
  runs: number;
  parts: PartName[];
  build: boolean;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { sizes: [100, 1000, 3000], runs: 3, parts: [...PARTS], build: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--sizes') args.sizes = value().split(',').map(Number).filter((n) => Number.isInteger(n) && n > 1);
    else if (flag === '--runs') args.runs = Math.max(1, Number(value()) || 1);
    else if (flag === '--parts') args.parts = value().split(',').filter((p): p is PartName => [...PARTS, ...OPT_IN].includes(p as PartName));
    else if (flag === '--no-build') args.build = false;
    else throw new Error(`Unknown option ${flag}. Use --sizes 100,1000,3000 --runs 3 --parts ${[...PARTS, ...OPT_IN].join(',')} --no-build`);
  }
  if (args.sizes.length === 0) throw new Error('--sizes needs at least one whole number above 1');
  return args;
}

function build(log: (line: string) => void): void {
  log('building the renderer (npm run build:web) and the bare React Flow page …');
  // Vite's module runner (bench/run.mjs) sets NODE_ENV=development; inherited, it would build React's slow development bundle.
  const env = { ...process.env, NODE_ENV: 'production' };
  execSync('npm run build:web --silent', { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  execSync('npx vite build --config bench/baseline/vite.config.ts', { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function runPart(name: PartName, ctx: BenchContext): Promise<PartResult> {
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const pending = PART_TARGETS[name].map((t) => ({ ...t, value: null }));
  ctx.log(`— ${name}`);
  try {
    const output = await RUNNERS[name](ctx);
    return { part: name, status: 'ok', ...output, seconds: seconds() };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    if (error instanceof NotAvailable) return { part: name, status: 'not available', reason: message, targets: pending, seconds: seconds() };
    ctx.log(`${name} failed: ${error instanceof Error ? error.stack : message}`);
    return { part: name, status: 'failed', error: message, targets: pending, seconds: seconds() };
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const started = Date.now();
  const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
  if (args.build) build(log);
  const { url, server } = await serveStatic({ '/bench-baseline/': join(ROOT, 'out/bench-baseline'), '/': join(ROOT, 'out/web') });
  const browser = await launchBrowser();
  const results: PartResult[] = [];
  try {
    const ctx: BenchContext = { browser, appUrl: url, baselineUrl: `${url}/bench-baseline`, sizes: args.sizes, runs: args.runs, outWeb: join(ROOT, 'out/web'), log };
    for (const part of args.parts) results.push(await runPart(part, ctx));
  } finally {
    await browser.close();
    server.close();
  }
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: browser.version(),
    platform: `${process.platform} ${process.arch}`,
  };
  const table = formatTable(results);
  console.log(`\n${table}`);
  console.log(`machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Chromium ${machine.chromium} headless --disable-gpu, Node ${machine.node}`);
  const seconds = (Date.now() - started) / 1000;
  console.log(`total ${seconds.toFixed(0)} s`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const targets = results.flatMap((r) => r.targets.map((t) => ({ ...t, met: targetMet(t) })));
  writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify({ ranAt: new Date().toISOString(), seconds, args, machine, targets, markdown: formatMarkdown(results), results }, null, 2)}\n`);
  console.log('wrote bench/results/latest.json');
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}
