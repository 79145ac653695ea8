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

test('? and F1 open the keyboard shortcuts, as does the More menu', async ({ page }) => {
  await openExample(page);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByText('New note in the field you are in')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.keyboard.press('F1');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'More canvas tools' }).click();
  await page.getByRole('menuitem', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
});

test('deleting notes offers Undo; right-click opens a note’s and a field’s menu', async ({ page }) => {
  await openExample(page);
  const note = page.locator('.note', { hasText: 'Distribution in DACH' });
  await note.click();
  await page.keyboard.press('Delete');
  await expect(note).toHaveCount(0);
  const toast = page.getByText('Deleted the note “Distribution in DACH and Nordic manufac…”.');
  await expect(toast).toBeVisible();
  await page.locator('.toast', { has: toast }).getByRole('button', { name: 'Undo' }).click();
  await expect(note).toHaveCount(1);

  await note.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Note' });
  await menu.getByRole('menuitemcheckbox', { name: 'Green' }).click();
  await expect(note).toHaveClass(/note-green/);
  await note.click({ button: 'right' });
  await page.getByRole('menu', { name: 'Note' }).getByRole('menuitem', { name: 'Delete' }).click();
  await expect(note).toHaveCount(0);
  await expect(page.getByText('Deleted the note')).toBeVisible();

  const field = page.getByRole('region', { name: 'Created Value' });
  const box = await field.boundingBox();
  if (!box) throw new Error('no field');
  await page.mouse.click(box.x + box.width - 30, box.y + box.height - 30, { button: 'right' });
  await page.getByRole('menu', { name: 'Created Value' }).getByRole('menuitem', { name: 'Add note here' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('From the menu');
  await page.keyboard.press('Enter');
  await expect(page.locator('.note', { hasText: 'From the menu' })).toHaveAttribute('data-field', 'createdValue');

  // The keyboard reaches the same menu.
  await page.locator('.react-flow__node-note', { hasText: 'From the menu' }).focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: 'Note' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
});

test('a canvas PDF is named after the canvas and its partner', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('dialog', { name: 'Export PDF' }).getByLabel('File name')).toHaveValue(/^Ecosystem strategy-canvas-\d{4}-\d{2}-\d{2}\.pdf$/);
  await page.keyboard.press('Escape');
  const picker = page.getByRole('combobox', { name: 'Canvas' });
  await picker.selectOption({ label: 'Helix CRM partnership' });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('dialog', { name: 'Export PDF' }).getByLabel('File name')).toHaveValue(/^Helix CRM partnership-canvas-\d{4}-\d{2}-\d{2}\.pdf$/);
});
