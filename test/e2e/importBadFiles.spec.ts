import { writeFileSync } from 'node:fs';
import { BAD_FILES, largeBadFiles } from '../fixtures/bad-files/corpus';
import { dumpDatabase } from './dbDump';
import { expect, openExample, test } from './fixtures';

test('every bad workshop file is refused with a clear message and stored data stays byte-for-byte the same', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openExample(page);
  await page.getByRole('button', { name: 'All workshops' }).click();
  await expect(page.getByRole('link', { name: 'Northwind ecosystem workshop' })).toBeVisible();
  const before = await dumpDatabase(page);

  let tried = 0;
  for (const file of [...BAD_FILES, ...largeBadFiles()]) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import workshop' }).click();
    const path = testInfo.outputPath(file.name);
    writeFileSync(path, file.content);
    await (await chooser).setFiles(path);
    const alert = page.getByRole('dialog', { name: 'This file could not be imported' });
    await expect(alert, file.name).toBeVisible();
    await expect(alert, file.name).toContainText('nothing you already have was changed');
    await expect(alert.getByRole('list'), file.name).toHaveText(new RegExp(file.expect.source, 'im'));
    await alert.getByRole('button', { name: 'OK' }).click();
    tried++;
  }
  console.log(`bad-file import: ${tried} files tried, 0 imported`);
  await expect(page.getByRole('link', { name: 'Northwind ecosystem workshop' })).toHaveCount(1);
  expect(await dumpDatabase(page)).toBe(before);
});

test('importing a workshop that is already here asks: a new copy, or replace it (with undo)', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'All workshops' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Northwind ecosystem workshop' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Northwind ecosystem workshop-workshop-\d{4}-\d{2}-\d{2}\.partnerscape$/);
  const path = await file.path();
  const importFile = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import workshop' }).click();
    await (await chooser).setFiles(path);
    return page.getByRole('dialog', { name: 'This workshop is already here' });
  };

  await (await importFile()).getByRole('button', { name: 'Import as new workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Northwind ecosystem workshop' })).toBeVisible();
  await page.getByRole('button', { name: 'All workshops' }).click();
  await expect(page.getByRole('link', { name: 'Northwind ecosystem workshop' })).toHaveCount(2);
  await expect(page.getByText('12 partners')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete Northwind ecosystem workshop' }).first().click();
  await expect(page.getByRole('link', { name: 'Northwind ecosystem workshop' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Rename Northwind ecosystem workshop' }).click();
  await page.getByRole('dialog', { name: 'Rename workshop' }).getByLabel('Title').fill('Renamed since the export');
  await page.getByRole('dialog', { name: 'Rename workshop' }).getByRole('button', { name: 'Rename' }).click();
  const conflict = await importFile();
  await expect(conflict).toContainText('already stored as “Renamed since the export”');
  await conflict.getByRole('button', { name: 'Replace existing' }).click();
  await expect(page.getByRole('heading', { name: 'Northwind ecosystem workshop' })).toBeVisible();
  await page.locator('.toast', { hasText: 'Replaced “Renamed since the export”' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Renamed since the export' })).toBeVisible();
  await page.getByRole('button', { name: 'All workshops' }).click();
  await expect(page.getByRole('link', { name: 'Renamed since the export' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Northwind ecosystem workshop' })).toHaveCount(0);
});
