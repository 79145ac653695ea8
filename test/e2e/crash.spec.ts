import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';

const KILLS = Number(process.env.CRASH_KILLS ?? 8);

/** SIGKILL every process of the browser that runs on this profile: no unload, no flush, like a power cut. */
function killBrowser(profile: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const pids = lines.filter((line) => line.includes(profile) && !line.includes('ps -eo')).map((line) => Number(line.trim().split(/\s+/)[0]));
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return pids.length;
}

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a test uses from this pattern; this one uses none.
test('a change that showed as saved survives the browser being killed a moment later', async ({}, testInfo) => {
  test.setTimeout(60_000 + KILLS * 15_000);
  const profile = mkdtempSync(join(tmpdir(), 'partnerscape-crash-'));
  const { baseURL, launchOptions } = testInfo.project.use;
  const launch = () => chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, viewport: { width: 1440, height: 900 } });
  const saved = async (page: Page) =>
    expect(page.getByRole('status').filter({ hasText: /^(All changes saved|Saving…|Not saved)$/ })).toHaveText('All changes saved');

  let context: BrowserContext = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await page.getByRole('button', { name: 'Open example workshop' }).click();
  await expect(page.getByRole('region', { name: 'Desired Assets' })).toBeVisible();
  const workshopUrl = page.url();
  const written: string[] = [];
  let lost = 0;

  try {
    for (let round = 1; round <= KILLS; round++) {
      const text = `Kill round ${round} — zapisane ✓`;
      await page.getByRole('region', { name: 'Desired Assets' }).getByRole('button', { name: 'Add note' }).click();
      await page.getByRole('textbox', { name: 'Note' }).fill(text);
      await page.keyboard.press('Enter');
      await saved(page);
      written.push(text);
      expect(killBrowser(profile), 'browser processes killed').toBeGreaterThan(0);
      await context.close().catch(() => undefined);

      context = await launch();
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(workshopUrl);
      await expect(page.getByRole('region', { name: 'Desired Assets' })).toBeVisible();
      for (const expected of written) {
        if ((await page.locator('.note', { hasText: expected }).count()) !== 1) lost++;
      }
      expect(lost, `edits lost after ${round} kills`).toBe(0);
    }
    console.log(`crash test: ${KILLS} kills survived, ${written.length} saved edits checked after each, edits lost = ${lost}`);
  } finally {
    await context.close().catch(() => undefined);
    killBrowser(profile);
    rmSync(profile, { recursive: true, force: true });
  }
});
