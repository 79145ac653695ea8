import { test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { backupFileText, generateWorkshop } from '../../bench/generate';
import { ECOSYSTEM20_TITLE, ecosystem20File } from '../fixtures/ecosystem20';

/** `npm run screenshots`: the ecosystem map and the screens that share its marks, at 1280×720 and 1920×1080, light and dark. */
const out = process.env.SCREENS_DIR ?? 'out/screens';
mkdirSync(out, { recursive: true });

async function shot(page: Page, name: string) {
  await page.waitForTimeout(450);
  await page.screenshot({ path: `${out}/${name}.png` });
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workshop' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByText(/^Imported /).first().waitFor({ timeout: 60_000 });
}

const zoomOf = (page: Page) => page.evaluate(() => Number(/scale\(([\d.e-]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1]));

/** One wheel step to `target` zoom at the centre of the map (React Flow zooms by 2^(-deltaY × 0.002)). */
async function zoomTo(page: Page, target: number): Promise<void> {
  const box = await page.locator('.react-flow').boundingBox();
  await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
  await page.mouse.wheel(0, -Math.log2(target / (await zoomOf(page))) / 0.002);
  await page.waitForFunction((t) => {
    const z = Number(/scale\(([\d.e-]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1]);
    return Math.abs(z - t) < 0.05;
  }, target);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`20-partner map ${width}×${height} (${scheme})`, async ({ page }) => {
      test.setTimeout(60_000);
      const tag = `${width}-${scheme}`;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await importFile(page, 'ecosystem-20.partnerscape', ecosystem20File());
      await page.getByRole('heading', { name: ECOSYSTEM20_TITLE }).waitFor();
      await page.getByRole('link', { name: 'Ecosystem map', exact: true }).click();
      await page.locator('.react-flow__node').first().waitFor();
      await shot(page, `map20-${tag}`);
      await zoomTo(page, 1);
      await shot(page, `map20-zoom1-${tag}`);
      await page.locator('.react-flow__node', { hasText: 'Echo Voice AI' }).locator('.pnode-name').click();
      await shot(page, `map20-selected-${tag}`);

      await page.getByRole('link', { name: 'Partners', exact: true }).click();
      await shot(page, `map20-list-${tag}`);
      await page.getByRole('tab', { name: 'Fit matrix' }).click();
      await shot(page, `map20-matrix-${tag}`);
      await page.getByRole('link', { name: 'Insights', exact: true }).click();
      await page.getByRole('tab', { name: 'Metrics' }).click();
      await shot(page, `map20-metrics-${tag}`);
    });
  }
}

test('20-partner map PDF page', async ({ page }) => {
  test.setTimeout(90_000);
  await importFile(page, 'ecosystem-20.partnerscape', ecosystem20File());
  await page.getByRole('heading', { name: ECOSYSTEM20_TITLE }).waitFor();
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('radio', { name: 'Ecosystem tier map' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = `${out}/map20.pdf`;
  await (await downloading).saveAs(file);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, `${out}/map20-pdf`]);
});

test('map level of detail at 100, 1,000 and 3,000 partners, fitted and zoomed in (light)', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const sizes = [100, 1000, 3000];
  const bundles = sizes.map((partners, i) => generateWorkshop({ title: `Map of ${partners}`, partners, edges: partners * 2, canvases: 1, notes: 0 }, 19 + i));
  await importFile(page, 'map-sizes.partnerscape', backupFileText(bundles));
  for (const size of sizes) {
    await page.goto(`/?load=${size}`);
    await page.getByRole('link', { name: `Map of ${size}`, exact: true }).click();
    await page.getByRole('link', { name: 'Ecosystem map', exact: true }).click();
    await page.locator('.react-flow').waitFor();
    await page.waitForFunction(() => document.querySelector('.react-flow')?.className.includes('map-level-'));
    await shot(page, `map-lod-${size}-fitted`);
    await zoomTo(page, 0.5);
    await shot(page, `map-lod-${size}-zoom05`);
    await zoomTo(page, 1.2);
    await shot(page, `map-lod-${size}-zoom12`);
  }
});
