import { type Locator } from '@playwright/test';
import { expect, test } from './liveFixture';

test.use({ facilitatorOptions: { viewport: { width: 820, height: 900 } } });

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
};

test('in a window narrower than 900 px the live panel docks below the board instead of covering it, and scrolls inside', async ({ facilitator }) => {
  test.setTimeout(60_000);
  const panel = facilitator.getByRole('complementary', { name: 'Live session' });
  await expect(panel.getByRole('link', { name: 'Join link' })).toBeVisible();
  // Nothing runs off the right edge (the toolbar wraps), so nothing scrolls sideways.
  const overflow = () => facilitator.evaluate(() => [...document.querySelectorAll('main, .canvas-screen')].map((e) => e.scrollWidth - e.clientWidth));
  expect(await overflow()).toEqual([0, 0]);
  await expect(facilitator.getByRole('button', { name: 'Present' })).toBeInViewport();
  const board = await box(facilitator.locator('.canvas-board-main'));
  const docked = await box(panel);
  // Below the board, across its width, and never over it.
  expect(docked.y).toBeGreaterThanOrEqual(board.y + board.height - 1);
  expect(docked.width).toBeGreaterThan(board.width * 0.9);
  expect(docked.y + docked.height).toBeLessThanOrEqual(900);
  // Every field of the board is on screen above the panel.
  for (const field of ['Desired Assets', 'Value Offer', 'Transfer Activity', 'Created Value']) {
    const region = await box(facilitator.getByRole('region', { name: field }));
    expect(region.y + region.height).toBeLessThanOrEqual(docked.y + 1);
  }
  await facilitator.screenshot({ path: 'test-results/live-screens/facilitator-narrow-820x900-light.png' });
  await facilitator.emulateMedia({ colorScheme: 'dark' });
  await facilitator.screenshot({ path: 'test-results/live-screens/facilitator-narrow-820x900-dark.png', animations: 'disabled' });
  await facilitator.emulateMedia({ colorScheme: 'light' });
  // The panel's own controls are reached by scrolling it.
  const end = panel.getByRole('button', { name: 'End live session' });
  await end.scrollIntoViewIfNeeded();
  await expect(end).toBeInViewport();
  expect(await overflow()).toEqual([0, 0]);
  // Wide again: the panel is beside the board.
  await facilitator.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(async () => (await box(panel)).x).toBeGreaterThan((await box(facilitator.locator('.canvas-board-main'))).x + 400);
});
