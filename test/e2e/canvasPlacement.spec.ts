import type { Page } from '@playwright/test';
import { expect, openExample, test } from './fixtures';

const FIELD = 'desiredAssets';
const inField = (page: Page) => page.locator(`.note[data-field="${FIELD}"]`);

async function boxesOf(page: Page) {
  return inField(page).evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', ...el.getBoundingClientRect().toJSON() }) as { text: string; left: number; right: number; top: number; bottom: number }));
}

async function expectNoOverlap(page: Page, count: number) {
  await expect(inField(page)).toHaveCount(count);
  const boxes = await boxesOf(page);
  const overlaps: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${a.text.slice(0, 20)} × ${b.text.slice(0, 20)}`);
    }),
  );
  expect(overlaps).toEqual([]);
}

/** The board scrolls like a page; the notes at the top come back into view. */
async function scrollBoardToTop(page: Page) {
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, -4000);
  await expect(inField(page).first()).toBeInViewport();
}

async function addByKeyboard(page: Page, text: string) {
  await page.getByRole('region', { name: 'Desired Assets' }).getByRole('button', { name: 'Add note' }).focus();
  await page.keyboard.press('n');
  // The text in one input event: typing 70 characters key by key took 6–7 s each on a loaded machine.
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await expect(page.locator('.note', { hasText: text })).toHaveCount(1);
}

test('30 notes added by keyboard, double-click, paste and drag into one field never overlap', async ({ page }) => {
  // 30 notes, each waited for: 40–60 s on a loaded 2-core machine.
  test.setTimeout(120_000);
  await openExample(page);
  await expect(inField(page)).toHaveCount(3);
  const long = 'with a longer text that runs over four or five lines on the note';
  for (let i = 1; i <= 9; i++) await addByKeyboard(page, i % 3 === 0 ? `Key ${i} ${long}` : `Key ${i}`);
  await expectNoOverlap(page, 12);

  // Double-clicks aimed between two notes, where a note would cover both.
  for (let i = 1; i <= 9; i++) {
    await scrollBoardToTop(page);
    const first = await inField(page).first().boundingBox();
    if (!first) throw new Error('no note');
    const gapX = first.x + first.width + 6;
    await page.mouse.dblclick(gapX, first.y + 50 + (i % 2) * 20);
    await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
    await page.keyboard.type(`Click ${i}`);
    await page.keyboard.press('Enter');
    await expect(page.locator('.note', { hasText: `Click ${i}` })).toHaveCount(1);
  }
  await expectNoOverlap(page, 21);

  // Paste three notes twice: copies land clear of their originals and of each other.
  await scrollBoardToTop(page);
  await page.locator('.note', { hasText: 'Key 1' }).click();
  await page.locator('.note', { hasText: 'Key 2' }).click({ modifiers: ['Shift'] });
  await page.locator('.note', { hasText: 'Key 3' }).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await page.keyboard.press('Control+v');
  await expectNoOverlap(page, 27);
  await page.keyboard.press('Escape');

  // Drag notes from the next field onto a note of this one.
  for (const text of ['Early roadmap', 'Co-marketing', 'Deal registration']) {
    await scrollBoardToTop(page);
    const source = await page.locator('.note', { hasText: text }).boundingBox();
    const target = await inField(page).first().boundingBox();
    if (!source || !target) throw new Error('not on screen');
    await page.mouse.move(source.x + 30, source.y + 20);
    await page.mouse.down();
    await page.mouse.move(target.x + 40, target.y + 30, { steps: 10 });
    await page.mouse.up();
    await expect(page.locator('.note', { hasText: text })).toHaveAttribute('data-field', FIELD);
  }
  await expectNoOverlap(page, 30);

  // Tidy field is one undo step.
  await page.getByRole('button', { name: 'More canvas tools' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Order: by colour' }).click();
  await page.getByRole('button', { name: 'More canvas tools' }).click();
  await page.getByRole('menuitem', { name: /^Tidy field/ }).click();
  await expectNoOverlap(page, 30);
  const tidied = await boxesOf(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => JSON.stringify(await boxesOf(page)) !== JSON.stringify(tidied)).toBe(true);
  await expectNoOverlap(page, 30);
});

test('arrow keys move a note past its neighbours and across fields, and say why when it cannot go', async ({ page }) => {
  await openExample(page);
  const first = page.locator('.note', { hasText: 'Distribution in DACH' });
  await first.click();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: 'Already at the top of Desired Assets.' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: 'No room to its right in Desired Assets' })).toBeVisible();

  const note = page.locator('.note', { hasText: 'Customer relationships' });
  await note.click();
  for (let i = 0; i < 3 && (await note.getAttribute('data-field')) === 'desiredAssets'; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(note).toHaveAttribute('data-field', 'valueOffer');
  for (let i = 0; i < 4 && (await note.getAttribute('data-field')) === 'valueOffer'; i++) await page.keyboard.press('Shift+ArrowDown');
  await expect(note).toHaveAttribute('data-field', 'createdValue');
  await expectNoOverlapAcrossBoard(page);
  // Each press is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(note).toHaveAttribute('data-field', 'valueOffer');
});

async function expectNoOverlapAcrossBoard(page: Page) {
  const boxes = await page.locator('.note').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  const overlapping = boxes.filter((a, i) => boxes.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
  expect(overlapping).toEqual([]);
}
