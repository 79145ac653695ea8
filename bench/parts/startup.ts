import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openBenchPage } from '../browser';
import { kb, ms, type BenchContext, type PartOutput } from '../context';
import { median, spread } from '../stats';

const TTI_RUNS = 5;

export interface AssetSize {
  file: string;
  bytes: number;
  gzip: number;
}

function sizeOf(dir: string, file: string): AssetSize {
  const bytes = readFileSync(join(dir, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes).length };
}

/** JavaScript the page loads before it can run (scripts and module preloads in index.html), and every other chunk and asset. */
export function scriptSizes(outWeb: string): { initial: AssetSize[]; lazy: AssetSize[]; otherAssets: AssetSize[] } {
  const html = readFileSync(join(outWeb, 'index.html'), 'utf8');
  const referenced = new Set([...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] as string));
  const assets = readdirSync(join(outWeb, 'assets')).map((f) => `assets/${f}`).filter((f) => statSync(join(outWeb, f)).isFile());
  const initial = [...referenced].map((f) => sizeOf(outWeb, f));
  const lazy = assets.filter((f) => f.endsWith('.js') && !referenced.has(f)).map((f) => sizeOf(outWeb, f)).sort((a, b) => b.gzip - a.gzip);
  const otherAssets = assets.filter((f) => !f.endsWith('.js')).map((f) => sizeOf(outWeb, f)).sort((a, b) => b.bytes - a.bytes);
  return { initial, lazy, otherAssets };
}

/** Navigation start → the home screen's `New workshop` button on screen and enabled, in a fresh profile. */
async function timeToInteractive(ctx: BenchContext): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < TTI_RUNS; run++) {
    const bench = await openBenchPage(ctx.browser);
    try {
      await bench.page.addInitScript(() => {
        const check = () => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'New workshop' && !b.disabled);
          if (!button) return;
          observer.disconnect();
          (window as unknown as { benchInteractive: number }).benchInteractive = performance.now();
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      });
      await bench.page.goto(`${ctx.appUrl}/`);
      const handle = await bench.page.waitForFunction(() => (window as unknown as { benchInteractive?: number }).benchInteractive);
      times.push((await handle.jsonValue()) as number);
    } finally {
      await bench.context.close();
    }
  }
  return times;
}

export async function benchStartup(ctx: BenchContext): Promise<PartOutput> {
  const sizes = scriptSizes(ctx.outWeb);
  const initialGzip = sizes.initial.reduce((sum, s) => sum + s.gzip, 0);
  const initialRaw = sizes.initial.reduce((sum, s) => sum + s.bytes, 0);
  const tti = await timeToInteractive(ctx);
  const s = spread(tti);
  const lazyList = sizes.lazy.map((l) => `${l.file.replace('assets/', '')} ${kb(l.gzip)}`).join(', ');
  const fonts = sizes.otherAssets.filter((a) => /\.(ttf|woff2?|otf)$/.test(a.file));
  return {
    rows: [
      { measure: 'time to interactive (navigation → New workshop enabled)', value: `median ${ms(median(tti))}`, compare: `p95 ${ms(s.p95)} over ${tti.length} fresh profiles` },
      { measure: 'initial JavaScript (gzip)', value: kb(initialGzip), compare: `${kb(initialRaw)} raw in ${sizes.initial.length} file(s): ${sizes.initial.map((f) => f.file.replace('assets/', '')).join(', ')}` },
      { measure: 'lazy-loaded JavaScript (gzip)', value: kb(sizes.lazy.reduce((sum, l) => sum + l.gzip, 0)), compare: lazyList || 'none' },
      { measure: 'lazy-loaded fonts (raw)', value: kb(fonts.reduce((sum, f) => sum + f.bytes, 0)), compare: fonts.map((f) => f.file.replace('assets/', '')).join(', ') || 'none' },
    ],
    targets: [{ name: 'initial JavaScript (gzip)', value: initialGzip / 1024, limit: 400, unit: 'KB', kind: 'max' }],
    data: { tti, sizes },
  };
}
