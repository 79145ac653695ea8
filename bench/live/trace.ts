import type { Browser, Page } from '@playwright/test';

/**
 * A Chromium trace of the facilitator's renderer (BENCH_LIVE_TRACE=1): main-thread self time by trace event
 * (script, style, layout, paint, garbage collection …), so a burst's cost can be read by kind of work.
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { frames?: { url?: string; processId?: number }[] } };
}

export async function startTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: CATEGORIES });
}

/** Self time (ms) by event name on the renderer main thread of the page whose URL starts with `url`, top `limit`. */
export async function stopTrace(browser: Browser, url: string, limit = 20): Promise<{ name: string; ms: number }[]> {
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const pids = new Set(events.flatMap((e) => (e.name === 'TracingStartedInBrowser' ? (e.args?.data?.frames ?? []).filter((f) => f.url?.startsWith(url)).map((f) => f.processId ?? -1) : [])));
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid));
  if (!main) return [];
  const spans = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of spans) {
    while (stack.length && (stack.at(-1) as { end: number }).end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (e.dur ?? 0));
    self.set(e.name, (self.get(e.name) ?? 0) + (e.dur ?? 0));
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name });
  }
  return [...self].map(([name, us]) => ({ name, ms: us / 1000 })).sort((a, b) => b.ms - a.ms).slice(0, limit);
}
