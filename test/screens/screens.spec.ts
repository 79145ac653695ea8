import { test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** `npm run screenshots`: the screens a person looks at, with the example workshop, light and dark. */
const out = process.env.SCREENS_DIR ?? 'out/screens';
mkdirSync(out, { recursive: true });

async function shot(page: Page, name: string) {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${name}.png` });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screens (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page.getByRole('button', { name: 'Open example workshop' }).click();
    await page.getByRole('heading', { name: 'Northwind ecosystem workshop' }).waitFor();
    await shot(page, `canvas-${scheme}`);
    await page.getByRole('link', { name: 'Ecosystem map', exact: true }).click();
    await shot(page, `map-${scheme}`);
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await shot(page, `partners-${scheme}`);
    await page.getByRole('link', { name: 'Helix CRM', exact: true }).first().click();
    await shot(page, `partner-page-${scheme}`);
    await page.getByRole('link', { name: 'Insights', exact: true }).click();
    await shot(page, `insights-${scheme}`);
    for (const tab of ['Metrics', 'Enablement']) {
      const control = page.getByRole('tab', { name: tab });
      if (await control.count()) {
        await control.click();
        await shot(page, `insights-${tab.toLowerCase()}-${scheme}`);
      }
    }
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await shot(page, `export-pdf-${scheme}`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'All workshops' }).click();
    await page.getByRole('link', { name: 'Northwind ecosystem workshop' }).first().waitFor();
    await shot(page, `home-${scheme}`);
    await page.getByRole('button', { name: 'New workshop' }).click();
    await shot(page, `new-workshop-${scheme}`);
  });
}
