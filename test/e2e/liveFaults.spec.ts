import { chromium, expect, test, type Browser } from '@playwright/test';
import { addNote, canvasNoteText, CHROMIUM, join, LAN_ARGS, livePorts, openDevice, startApp, startSession, storedParticipantNotes } from './liveHarness';

let browser: Browser;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: LAN_ARGS });
});
test.afterAll(async () => browser.close());

test("IndexedDB quota errors at the facilitator while participants write: a clear warning, the session goes on, nothing acknowledged is lost", async ({ browserName: _ }, testInfo) => {
  test.setTimeout(120_000);
  const ports = livePorts(testInfo);
  const app = await startApp(ports);
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    // The facilitator's disk fills up on demand: every IndexedDB write fails the way Chromium fails it.
    await context.addInitScript(() => {
      const w = window as unknown as { __diskFull: boolean };
      w.__diskFull = false;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (w.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    });
    const facilitator = await context.newPage();
    const diskFull = (full: boolean) => facilitator.evaluate((full) => ((window as unknown as { __diskFull: boolean }).__diskFull = full), full);
    const joinUrl = await startSession(facilitator, app.url);
    const ada = await openDevice(browser, { phone: true });
    await join(ada, joinUrl, 'Ada');
    const onCanvas = ada.page.getByText('On the canvas');
    await addNote(ada.page, 'Value Offer', 'Saved before the disk filled');
    await expect(onCanvas).toHaveCount(1);

    await diskFull(true);
    await addNote(ada.page, 'Created Value', 'Written while the disk is full');
    // The session goes on: the note reaches the canvas; the facilitator is told it is not saved, and why.
    await expect(canvasNoteText(facilitator, 'Written while the disk is full')).toHaveCount(1);
    const warning = facilitator.getByRole('alert').filter({ hasText: 'not being saved' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('disk is full');
    await facilitator.screenshot({ path: `${process.env.SCREENS_DIR ?? 'out/screens'}/live-disk-full.png` });
    // Not saved, so not acknowledged: the phone still shows it as on its way.
    await expect(ada.page.getByRole('region', { name: 'Created Value' }).getByText('Sending…')).toBeVisible();
    await expect(onCanvas).toHaveCount(1);

    await diskFull(false);
    await expect(onCanvas).toHaveCount(2);
    await expect(warning).toHaveCount(0);
    const stored = (await storedParticipantNotes(facilitator)).map((n) => n.text).sort();
    expect(stored).toEqual(['Saved before the disk filled', 'Written while the disk is full']);

    // What the phone was told is on the canvas survives the facilitator's reload.
    await facilitator.reload();
    for (const text of stored) await expect(canvasNoteText(facilitator, text)).toHaveCount(1);
  } finally {
    await Promise.all(browser.contexts().map((c) => c.close()));
    await app.close();
  }
});
