import { type Page } from '@playwright/test';
import { expect, test } from './liveFixture';
import { join, OFFLINE_TEXT } from './liveHarness';

const SCREENS = process.env.SCREENS_DIR ?? 'out/screens';

test.use({ facilitatorOptions: { viewport: { width: 1440, height: 900 } } });

/** Seconds left on a timer element ("4:58"). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').first().textContent()) ?? '';
  const match = /(\d+):(\d\d)/.exec(text);
  if (!match) throw new Error(`No time on the timer: "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Both timers read alike. Read one after the other, so a slow machine may put a second or two between them. */
async function expectInStep(facilitator: Page, phone: Page): Promise<void> {
  await expect(phone.getByRole('timer')).toHaveText(/^\d+:\d\d$/);
  await expect.poll(async () => Math.abs((await secondsLeft(facilitator)) - (await secondsLeft(phone))), { timeout: 10_000 }).toBeLessThanOrEqual(3);
}

test("the room's timer runs on a phone whose clock is 37 minutes off, in step with the facilitator's, also after a reconnect", async ({ facilitator, joinUrl, live }) => {
  test.setTimeout(120_000);
  const ada = await live.openDevice({ phone: true });
  // The phone's clock is wrong: it thinks it is 37 minutes earlier than it is (time still flows).
  await ada.context.clock.install({ time: Date.now() - 37 * 60_000 });
  await join(ada, joinUrl, 'Ada');
  await expect(ada.page.getByRole('timer')).toHaveCount(0);

  await facilitator.getByRole('button', { name: 'Start timer' }).click();
  await expect(facilitator.getByRole('timer')).toBeVisible();
  await expectInStep(facilitator, ada.page);
  await ada.page.screenshot({ path: `${SCREENS}/live-participant-timer-375x667.png` });

  // The wifi drops and comes back, and the page is reloaded: the same time, measured anew.
  await ada.setOnline(false);
  await expect(ada.page.getByRole('status').filter({ hasText: OFFLINE_TEXT })).toBeVisible();
  await expect(ada.page.getByRole('timer')).toBeVisible();
  await ada.setOnline(true);
  await expect(ada.page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await expectInStep(facilitator, ada.page);
  await ada.page.reload();
  await expect(ada.page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await expectInStep(facilitator, ada.page);

  // Paused, +1 min: the very same time on both.
  await facilitator.getByRole('button', { name: 'Pause' }).click();
  await expect(ada.page.getByText('Paused')).toBeVisible();
  const paused = await facilitator.getByRole('timer').textContent();
  await expect(ada.page.getByRole('timer')).toHaveText(paused ?? '');
  await facilitator.getByRole('button', { name: '+1 min' }).click();
  await expect(ada.page.getByRole('timer')).toHaveText((await facilitator.getByRole('timer').textContent()) ?? '');

  // A short timebox runs out: the phone says so too.
  await facilitator.getByRole('button', { name: 'Stop' }).click();
  await expect(ada.page.getByRole('timer')).toHaveCount(0);
  await facilitator.getByRole('button', { name: /^Timer length/ }).click();
  await facilitator.getByRole('textbox', { name: 'Other length (minutes)' }).fill('0.25');
  await facilitator.getByRole('button', { name: 'Set' }).click();
  await facilitator.getByRole('button', { name: 'Start timer' }).click();
  await expect(ada.page.getByRole('timer')).toHaveText('Time’s up', { timeout: 30_000 });
  await expect(facilitator.getByRole('timer')).toHaveText('Time’s up');
  await ada.page.screenshot({ path: `${SCREENS}/live-participant-timer-done-375x667.png` });
});
