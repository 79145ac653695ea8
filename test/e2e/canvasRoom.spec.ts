import type { Page } from '@playwright/test';
import { expect, openExample, test } from './fixtures';

/** A note's text size on screen: its CSS size times the board's zoom, read from the note's rendered box. */
async function noteTextPx(page: Page, text: string): Promise<number> {
  return page.locator('.note', { hasText: text }).evaluate((note: HTMLElement) => {
    const textEl = note.querySelector('.note-text') ?? note;
    const scale = note.getBoundingClientRect().width / note.offsetWidth;
    return parseFloat(getComputedStyle(textEl).fontSize) * scale;
  });
}

test('at 1280×720 note text is at least 18 px on screen, the fields fill the window and the toolbar is one row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExample(page);
  const sample = 'Distribution in DACH';
  await expect.poll(() => noteTextPx(page, sample)).toBeGreaterThanOrEqual(18);
  const regions = await Promise.all(['Desired Assets', 'Value Offer', 'Transfer Activity', 'Created Value'].map((name) => page.getByRole('region', { name }).boundingBox()));
  const left = Math.min(...regions.map((r) => r?.x ?? 0));
  const right = Math.max(...regions.map((r) => (r ? r.x + r.width : 0)));
  const bottom = Math.max(...regions.map((r) => (r ? r.y + r.height : 0)));
  expect(right - left).toBeGreaterThan(1240);
  expect(bottom).toBeGreaterThan(700);
  const bar = await page.locator('.canvas-top').boundingBox();
  expect(bar?.height ?? 99).toBeLessThan(56);
  // Nothing in the bar runs into its neighbour.
  const rights = await page.locator('.canvas-top > * > *').evaluateAll((els) => els.filter((el) => el.getClientRects().length).map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.right]));
  rights.slice(1).forEach(([left], i) => expect(left ?? 0).toBeGreaterThanOrEqual((rights[i]?.[1] ?? 0) - 0.5));
  for (const name of ['Undo', 'Redo', 'Start timer', 'Start voting', 'Hide notes', 'Present']) await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();

  const normal = await noteTextPx(page, sample);
  await page.getByRole('button', { name: 'More canvas tools' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Large text' }).click();
  await expect.poll(() => noteTextPx(page, sample)).toBeGreaterThan(normal * 1.2);
  await page.reload();
  await expect.poll(() => noteTextPx(page, sample)).toBeGreaterThan(normal * 1.2);
});

test('hidden notes are covered and their text is not in the page; present mode shows one field whole', async ({ page }) => {
  await openExample(page);
  const texts = await page.locator('.note-text').allTextContents();
  expect(texts).toHaveLength(12);
  await page.getByRole('button', { name: 'Hide notes' }).click();
  await expect(page.getByText('Hidden note')).toHaveCount(12);
  const html = await page.content();
  for (const text of texts) expect(html, `hidden note “${text}” is in the page`).not.toContain(text.slice(0, 24));
  await page.getByRole('button', { name: 'Reveal notes' }).click();
  await expect(page.getByText('Distribution in DACH and Nordic manufacturing')).toBeVisible();

  const long = `Long ${'lorem ipsum dolor '.repeat(30)}end`;
  await page.getByRole('region', { name: 'Value Offer' }).getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill(long);
  await page.keyboard.press('Enter');
  await expect(page.locator('.note', { hasText: 'Long lorem' }).getByRole('button', { name: 'Show more' })).toBeVisible();
  await page.getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-step')).toHaveText('Value Offer');
  await expect(page.getByRole('region', { name: 'Desired Assets' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Created Value' })).toBeHidden();
  const whole = page.locator('.note', { hasText: 'Long lorem' });
  await expect(whole.getByRole('button', { name: 'Show more' })).toBeHidden();
  await expect(whole.locator('.note-text')).toContainText('dolor end');
  await expect.poll(() => whole.locator('.note-text').evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await expect(whole).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('region', { name: 'Value Offer' })).toBeInViewport({ ratio: 1 });
});

test('present mode fills a 16:9 screen: the whole canvas edge to edge, then each field whole with no neighbour cut off', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openExample(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByText('Whole canvas')).toBeVisible();
  const fields = ['Desired Assets', 'Value Offer', 'Transfer Activity', 'Created Value'];
  for (const name of fields) await expect(page.getByRole('region', { name })).toBeInViewport({ ratio: 1 });
  const boxes = await Promise.all(fields.map((name) => page.getByRole('region', { name }).boundingBox()));
  const left = Math.min(...boxes.map((b) => b?.x ?? 0));
  const right = Math.max(...boxes.map((b) => (b ? b.x + b.width : 0)));
  const bottom = Math.max(...boxes.map((b) => (b ? b.y + b.height : 0)));
  expect(right - left).toBeGreaterThan(1920 * 0.95);
  expect(bottom).toBeGreaterThan(1080 * 0.95);
  for (const name of fields) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.present-step')).toHaveText(name);
    await expect(page.getByRole('region', { name })).toBeInViewport({ ratio: 1 });
    for (const other of fields.filter((f) => f !== name)) await expect(page.getByRole('region', { name: other })).toBeHidden();
  }
});
