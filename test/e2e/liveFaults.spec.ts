import { expect, test as liveTest } from './liveFixture';
import { addNote, canvasNoteText, storedParticipantNotes } from './liveHarness';

const test = liveTest.extend({
  facilitatorContext: async ({ facilitatorContext }, use) => {
    // The facilitator's disk fills up on demand: every IndexedDB write fails the way Chromium fails it.
    await facilitatorContext.addInitScript(() => {
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
    await use(facilitatorContext);
  },
});

test.use({ facilitatorOptions: { viewport: { width: 1600, height: 900 } } });

test("IndexedDB quota errors at the facilitator while participants write: a clear warning, the session goes on, nothing acknowledged is lost", async ({ facilitator, participant }) => {
  test.setTimeout(120_000);
  const diskFull = (full: boolean) => facilitator.evaluate((full) => ((window as unknown as { __diskFull: boolean }).__diskFull = full), full);
  const ada = await participant('Ada', { phone: true });
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
});
