import { expect, test, waitForSaved } from './fixtures';

test('two windows on the same data stay consistent', async ({ page, context }) => {
  const other = await context.newPage();
  await page.goto('/');
  await other.goto('/');
  await page.getByRole('button', { name: 'Open example workshop' }).click();
  await expect(other.getByRole('link', { name: 'Northwind ecosystem workshop' })).toBeVisible();

  await other.getByRole('link', { name: 'Northwind ecosystem workshop' }).click();
  await expect(other.getByRole('region', { name: 'Desired Assets' })).toBeVisible();
  await page.getByRole('region', { name: 'Desired Assets' }).getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('Written in the first window');
  await page.keyboard.press('Enter');
  await waitForSaved(page);
  await expect(other.locator('.note', { hasText: 'Written in the first window' })).toBeVisible();

  await other.getByRole('region', { name: 'Value Offer' }).getByRole('button', { name: 'Add note' }).click();
  await other.getByRole('textbox', { name: 'Note' }).fill('Answered from the second window');
  await other.keyboard.press('Enter');
  await waitForSaved(other);
  await expect(page.locator('.note', { hasText: 'Answered from the second window' })).toBeVisible();

  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByRole('button', { name: 'Delete Northwind ecosystem workshop' }).click();
  await expect(other.getByRole('heading', { name: 'This workshop no longer exists' })).toBeVisible();
  await other.close();
});
