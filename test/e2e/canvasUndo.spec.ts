import { expect, openExample, test, waitForSaved } from './fixtures';

test('undo of a change made on another canvas brings that canvas into view', async ({ page }) => {
  await openExample(page);
  const picker = page.getByRole('combobox', { name: 'Canvas' });
  await expect(picker).toHaveValue(/.+/);
  const firstCanvas = await picker.inputValue();
  await page.getByRole('region', { name: 'Created Value' }).getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('Made on the first canvas');
  await page.keyboard.press('Enter');
  await waitForSaved(page);

  await picker.selectOption({ label: 'Helix CRM partnership' });
  await expect(page.locator('.note', { hasText: 'Made on the first canvas' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(picker).toHaveValue(firstCanvas);
  await expect(page.getByText(/^Undid a change on the canvas “Ecosystem strategy”\.$/)).toBeVisible();
  await expect(page.locator('.note', { hasText: 'Made on the first canvas' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.locator('.note', { hasText: 'Made on the first canvas' })).toHaveCount(1);
});
