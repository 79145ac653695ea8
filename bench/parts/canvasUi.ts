import type { Page } from '@playwright/test';
import { NotAvailable } from '../context';

export const FIELD_LABELS = ['Desired Assets', 'Value Offer', 'Transfer Activity', 'Created Value'] as const;

/** Waits for the canvas board with at least `notes` notes measured; a build without the canvas editor is "not available". */
export async function waitForCanvas(page: Page, notes: number): Promise<void> {
  const add = page.getByRole('region', { name: 'Desired Assets' }).getByRole('button', { name: 'Add note' });
  if (!(await add.waitFor({ timeout: 20_000 }).then(() => true, () => false))) throw new NotAvailable('the Canvas section shows no field with an Add note button in this build');
  await page.waitForFunction((notes) => {
    const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node-note');
    return nodes.length >= notes && [...nodes].every((n) => n.style.visibility !== 'hidden');
  }, notes);
}

/** Types into the open note editor and ends editing with Enter (the note is committed to the store). */
export async function commitTypedNote(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.locator('textarea[aria-label="Note"]').waitFor({ state: 'detached' });
}
