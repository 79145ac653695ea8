import type { TestInfo } from '@playwright/test';

/**
 * Live-session e2e tests talk to loopback only (PARTNERSCAPE_LIVE_HOST=127.0.0.1). Each parallel worker gets
 * its own block of ports in 4310–4389, so tests running side by side never share a server.
 */
export function livePorts(testInfo: TestInfo): { live: number; app: number; spare: number } {
  const base = 4310 + (testInfo.parallelIndex % 8) * 10;
  return { live: base, app: base + 1, spare: base + 2 };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Chromium resolves lan.test to 127.0.0.1: a made-up LAN name, so the page is plain http and not a secure context. */
export const LAN_NAME = 'lan.test';
export const LAN_ARGS = [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${LAN_NAME} 127.0.0.1`];
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function until(check: () => boolean | Promise<boolean>, what: string, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
