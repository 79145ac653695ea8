import { dumpDatabase } from './dbDump';
import { expect, openExample, test } from './fixtures';

test('with IndexedDB unavailable the home screen explains it and stays usable', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Your workshops cannot be read right now.');
  await expect(page.getByRole('alert')).toContainText('Local storage (IndexedDB) is not available');
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeEnabled();
});

test('a full disk is reported, nothing stored is lost, and the same action works once there is space', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openExample(page);
  await page.getByRole('button', { name: 'All workshops' }).click();
  const before = await dumpDatabase(page);

  await page.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = true));
  await page.getByRole('button', { name: 'Rename Northwind ecosystem workshop' }).click();
  await page.getByRole('dialog', { name: 'Rename workshop' }).getByLabel('Title').fill('Renamed while the disk is full');
  await page.getByRole('dialog', { name: 'Rename workshop' }).getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByText(/The disk is full or the storage quota is used up/)).toBeVisible();
  expect(await dumpDatabase(page)).toBe(before);
  await page.getByRole('button', { name: 'Open example workshop' }).click();
  await expect(page.getByText(/The disk is full/).first()).toBeVisible();
  expect(await dumpDatabase(page)).toBe(before);

  await page.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = false));
  await page.goto('/');
  await page.getByRole('button', { name: 'Rename Northwind ecosystem workshop' }).click();
  await page.getByRole('dialog', { name: 'Rename workshop' }).getByLabel('Title').fill('Renamed with space');
  await page.getByRole('dialog', { name: 'Rename workshop' }).getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('link', { name: 'Renamed with space' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Renamed with space' })).toBeVisible();
});
