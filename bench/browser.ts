import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const VIEWPORT = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Page errors and console errors seen so far: a run with errors is reported, not trusted silently. */
  errors: string[];
}

/** A fresh context (empty IndexedDB) with one page and a CDP session with performance metrics on. */
export async function openBenchPage(browser: Browser, options: { deviceScaleFactor?: number } = {}): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: options.deviceScaleFactor ?? 1, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { context, page, cdp, errors };
}

/** Main-thread busy time of the renderer so far, in ms (CDP Performance.getMetrics TaskDuration). */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

export const twoFrames = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/**
 * Runs each input step and waits two frames after it; returns the main-thread time each step took.
 * Raw rAF deltas in headless Chromium are quantised to 16.7 ms, so this is the figure to compare.
 */
export async function stepTimes(bench: BenchPage, steps: readonly (() => Promise<unknown>)[]): Promise<number[]> {
  const times: number[] = [];
  for (const step of steps) {
    const before = await taskMs(bench.cdp);
    await step();
    await twoFrames(bench.page);
    times.push((await taskMs(bench.cdp)) - before);
  }
  return times;
}

export async function heapMb(bench: BenchPage): Promise<number> {
  await bench.cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await bench.cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}
