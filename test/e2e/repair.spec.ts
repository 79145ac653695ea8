import { expect, openExample, test } from './fixtures';

test('a stored reference to a deleted record is left out with a message, and the rest opens as saved', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('partnerscape');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('partners', 'readwrite').objectStore('partners');
    const partners = await new Promise<{ name: string; tierId: string | null }[]>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const helix = partners.find((p) => p.name === 'Helix CRM')!;
    await new Promise<void>((resolve) => {
      store.put({ ...helix, tierId: 'tier-that-was-deleted' }).onsuccess = () => resolve();
    });
    db.close();
  });
  await page.reload();
  await page.getByRole('link', { name: 'Northwind ecosystem workshop' }).click();
  const toast = page.locator('.toast', { hasText: 'had 1 reference to deleted records' });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Details' }).click();
  await expect(page.getByRole('dialog', { name: 'References to deleted records' })).toContainText('tier "tier-that-was-deleted" no longer exists');
  await page.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Helix CRM', exact: true })).toBeVisible();
  await expect(page.getByText('12 partners · 2 flagged as noise')).toBeVisible();
});
