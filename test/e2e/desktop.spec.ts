import { BAD_FILES } from '../fixtures/bad-files/corpus';
import { xssWorkshopFile } from '../fixtures/xss';
import { backupCount, installDesktopBridge, openWithApp, sendMenuCommand } from './desktopBridge';
import { expect, openExample, test, waitForSaved } from './fixtures';

test.beforeEach(async ({ page }) => {
  await installDesktopBridge(page);
});

async function renamePartner(page: import('@playwright/test').Page, from: string, to: string) {
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await page.getByRole('button', { name: `Edit ${from}` }).click();
  await page.getByLabel('Name').fill(to);
  await page.getByRole('button', { name: 'Save partner' }).click();
  await waitForSaved(page);
}

test('a changed workshop gets a rotating backup that the home screen can restore, with undo', async ({ page }) => {
  await page.clock.install();
  await openExample(page);
  const workshopId = decodeURIComponent(page.url().split('/w/')[1]!.split('/')[0]!);
  await renamePartner(page, 'Helix CRM', 'Helix CRM Cloud');
  await page.clock.fastForward(20_000);
  await expect.poll(() => backupCount(page, workshopId)).toBe(1);

  await renamePartner(page, 'Helix CRM Cloud', 'Helix Later');
  const restoreFirstBackup = async () => {
    await page.getByRole('button', { name: 'All workshops' }).click();
    await page.getByRole('button', { name: 'Backups of Northwind ecosystem workshop' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups of “Northwind ecosystem workshop”' });
    await expect(dialog.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(1);
    await dialog.getByRole('button', { name: /^Restore backup from / }).click();
    await dialog.getByRole('button', { name: 'Replace with backup' }).click();
    await expect(page.getByText(/^Restored “Northwind ecosystem workshop”/)).toBeVisible();
  };
  const partnerNames = async () => {
    await page.getByRole('link', { name: 'Northwind ecosystem workshop' }).click();
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    const names = await page.getByRole('table', { name: 'Partners' }).getByRole('link').allTextContents();
    return names.filter((n) => n.startsWith('Helix'));
  };

  await restoreFirstBackup();
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await partnerNames()).toEqual(['Helix Later']);
  await restoreFirstBackup();
  expect(await partnerNames()).toEqual(['Helix CRM Cloud']);
});

test('native menu commands reach the app', async ({ page }) => {
  await page.goto('/');
  await sendMenuCommand(page, 'new-workshop');
  await expect(page.getByRole('dialog', { name: 'New workshop' })).toBeVisible();
  await page.getByRole('dialog', { name: 'New workshop' }).getByRole('button', { name: 'Cancel' }).click();
  await sendMenuCommand(page, 'about');
  await expect(page.getByRole('dialog', { name: 'About Partnerscape' })).toContainText('Electron 45.5.0');
  await page.getByRole('button', { name: 'OK' }).click();
  await openExample(page);
  await sendMenuCommand(page, 'export-workshop');
  await expect(page.getByText('Exported “Northwind ecosystem workshop”.')).toBeVisible();
  const saved = await page.evaluate(() => (window as unknown as { __desktop: { saved: { name: string }[] } }).__desktop.saved.map((s) => s.name));
  expect(saved[0]).toMatch(/^Northwind ecosystem workshop-workshop-\d{4}-\d{2}-\d{2}\.partnerscape$/);
});

test('a .partnerscape file opened with the app is imported, and a bad one is explained', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  await openWithApp(page, { name: 'hostile.partnerscape', text: xssWorkshopFile() });
  await expect(page.getByRole('heading', { name: /^XSS / })).toBeVisible();
  const bad = BAD_FILES.find((f) => f.name === 'future-version.partnerscape')!;
  await openWithApp(page, { name: bad.name, text: bad.content as string });
  const alert = page.getByRole('dialog', { name: 'This file could not be imported' });
  await expect(alert).toContainText('“future-version.partnerscape” was not imported');
  await expect(alert).toContainText('Update the app');
});
