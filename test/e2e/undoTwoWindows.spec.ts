import type { Page } from '@playwright/test';
import { expect, openExample, test, waitForSaved } from './fixtures';

async function addNote(page: Page, field: string, text: string): Promise<void> {
  await page.getByRole('region', { name: field }).getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill(text);
  await page.keyboard.press('Enter');
  await waitForSaved(page);
}

test('undo in one window takes back its own edit and keeps the other window’s', async ({ page, context }) => {
  await openExample(page);
  await expect(page.getByRole('region', { name: 'Desired Assets' })).toBeVisible();
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('region', { name: 'Value Offer' })).toBeVisible();
  const noteA = (p: Page) => p.locator('.note', { hasText: 'Written in window A' });
  const noteB = (p: Page) => p.locator('.note', { hasText: 'Written in window B' });

  await addNote(page, 'Desired Assets', 'Written in window A');
  await expect(noteA(other)).toBeVisible();
  await addNote(other, 'Value Offer', 'Written in window B');
  await expect(noteB(page)).toBeVisible();

  // The other window's change did not wipe this window's history: its own step is still there.
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeEnabled();
  await undo.click();
  await waitForSaved(page);
  for (const p of [page, other]) {
    await expect(noteA(p)).toHaveCount(0);
    await expect(noteB(p)).toHaveCount(1);
  }
  // Window B never made the change A took back, so B's own undo still holds only B's note.
  await other.getByRole('button', { name: 'Undo' }).click();
  await waitForSaved(other);
  for (const p of [page, other]) await expect(noteB(p)).toHaveCount(0);
  await other.close();
});
