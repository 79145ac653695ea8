import { test } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** `npm run screenshots`: the screens a person looks at, with the example workshop, light and dark. */
const out = process.env.SCREENS_DIR ?? 'test-results/screens';
mkdirSync(out, { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  test(`screens (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page.getByRole('button', { name: 'Open example workshop' }).click();
    await page.getByRole('heading', { name: 'Northwind ecosystem workshop' }).waitFor();
    for (const [name, link] of [['canvas', 'Canvas'], ['map', 'Ecosystem map'], ['partners', 'Partners'], ['insights', 'Insights']] as const) {
      await page.getByRole('link', { name: link }).click();
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/${name}-${scheme}.png` });
    }
    await page.getByRole('button', { name: 'All workshops' }).click();
    await page.getByRole('button', { name: 'Open example workshop' }).click();
    await page.getByRole('button', { name: 'All workshops' }).click();
    await page.getByRole('link', { name: 'Northwind ecosystem workshop' }).first().waitFor();
    await page.screenshot({ path: `${out}/home-${scheme}.png` });
    await page.getByRole('button', { name: 'New workshop' }).click();
    await page.screenshot({ path: `${out}/new-workshop-${scheme}.png` });
  });
}
