import { test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** `npm run screenshots`: the canvas as a room sees it, at a laptop projector's size and at full HD, light and dark. */
const out = process.env.SCREENS_DIR ?? 'out/screens';
mkdirSync(out, { recursive: true });

async function shot(page: Page, name: string) {
  await page.waitForTimeout(450);
  await page.screenshot({ path: `${out}/${name}.png` });
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`canvas screens ${width}×${height} (${scheme})`, async ({ page }) => {
      test.setTimeout(60_000);
      const tag = `${width}-${scheme}`;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await page.getByRole('button', { name: 'Open example workshop' }).click();
      await page.locator('.note').first().waitFor();
      await shot(page, `canvas-editor-${tag}`);

      await page.getByRole('button', { name: 'Hide notes' }).click();
      await shot(page, `canvas-hidden-${tag}`);
      await page.getByRole('button', { name: 'Reveal notes' }).click();

      await page.getByRole('button', { name: 'Start voting' }).click();
      await page.locator('.note', { hasText: 'Early roadmap' }).click();
      await page.locator('.note', { hasText: 'Early roadmap' }).click();
      await shot(page, `canvas-voting-${tag}`);
      await page.getByRole('button', { name: 'End voting' }).click();

      await page.keyboard.press('?');
      await shot(page, `canvas-shortcuts-${tag}`);
      await page.keyboard.press('Escape');

      await page.locator('.note', { hasText: 'Co-marketing' }).click({ button: 'right' });
      await shot(page, `canvas-note-menu-${tag}`);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Present' }).click();
      await shot(page, `canvas-present-${tag}`);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await shot(page, `canvas-present-field-${tag}`);
    });
  }
}

test('canvas timer: length popover, running and at zero (light)', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open example workshop' }).click();
  await page.locator('.note').first().waitFor();
  await page.getByRole('button', { name: /^Timer length/ }).click();
  await shot(page, 'canvas-timer-length-1280-light');
  await page.getByRole('dialog', { name: 'Timer length' }).getByLabel('Other length (minutes)').fill('0.25');
  await page.getByRole('button', { name: 'Set' }).click();
  await page.getByRole('button', { name: 'Start timer' }).click();
  await shot(page, 'canvas-timer-running-1280-light');
  await page.getByRole('timer').getByText('Time’s up').waitFor({ timeout: 25_000 });
  await page.getByRole('button', { name: 'Present' }).click();
  await shot(page, 'canvas-timer-done-present-1280-light');
});
