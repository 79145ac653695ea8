import { expect, openExample, test } from './fixtures';

test('a workshop reopens on the section and canvas last used on this device', async ({ page }) => {
  await openExample(page);
  const picker = page.getByRole('combobox', { name: 'Canvas' });
  const second = (await picker.locator('option').nth(1).textContent()) ?? '';
  await picker.selectOption({ label: second });
  await expect(picker.locator('option:checked')).toHaveText(second);
  await page.getByRole('link', { name: 'Ecosystem map', exact: true }).click();
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.reload();
  await page.getByRole('link', { name: 'Northwind ecosystem workshop' }).click();
  await expect(page.getByRole('link', { name: 'Ecosystem map', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Canvas', exact: true }).click();
  await expect(picker.locator('option:checked')).toHaveText(second);
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByRole('link', { name: 'Northwind ecosystem workshop' }).click();
  await expect(picker.locator('option:checked')).toHaveText(second);
});
