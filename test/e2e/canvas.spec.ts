import type { Locator, Page } from '@playwright/test';
import { expect, openExample, test, waitForSaved } from './fixtures';

const FIELDS = [
  ['Desired Assets', 'desiredAssets'],
  ['Value Offer', 'valueOffer'],
  ['Transfer Activity', 'transferActivity'],
  ['Created Value', 'createdValue'],
] as const;

const note = (page: Page, text: string) => page.locator('.note', { hasText: text });

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/** A point on screen inside the field's region, below its header, that no note covers. */
async function emptySpotIn(page: Page, label: string) {
  const region = await centre(page.getByRole('region', { name: label }));
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  const notes = await page.locator('.note').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  const { box } = region;
  for (let y = box.y + 130; y < Math.min(box.y + box.height, viewport.height) - 10; y += 20) {
    for (let x = box.x + 20; x < box.x + box.width - 20; x += 20) {
      if (!notes.some((r) => x > r.left - 8 && x < r.right + 8 && y > r.top - 8 && y < r.bottom + 8)) return { x, y };
    }
  }
  throw new Error(`no empty spot in ${label}`);
}

test('notes are added in all four fields by mouse and keyboard, and survive a reload', async ({ page }) => {
  await openExample(page);
  for (const [label, field] of FIELDS) {
    const region = page.getByRole('region', { name: label });
    await region.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill(`Mouse ${label} — Zażółć 日本語 🚀`);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Note' })).toHaveCount(0);
    await expect(note(page, `Mouse ${label}`)).toHaveAttribute('data-field', field);

    await region.getByRole('button', { name: 'Add note' }).focus();
    await page.keyboard.press('n');
    await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
    await page.keyboard.type(`Keys ${label}`);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await page.keyboard.press('Enter');
    await expect(note(page, `Keys ${label}`)).toHaveAttribute('data-field', field);
    await expect(note(page, `Keys ${label}`)).toContainText('second line');
  }

  // Escape cancels a new note without a trace.
  await page.getByRole('region', { name: 'Value Offer' }).getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('Never mind');
  await page.keyboard.press('Escape');
  await expect(note(page, 'Never mind')).toHaveCount(0);

  // Double-click on empty space in a field starts a note there.
  const empty = await emptySpotIn(page, 'Created Value');
  await page.mouse.dblclick(empty.x, empty.y);
  await page.getByRole('textbox', { name: 'Note' }).fill('Double-clicked');
  await page.keyboard.press('Enter');
  await expect(note(page, 'Double-clicked')).toHaveAttribute('data-field', 'createdValue');

  await waitForSaved(page);
  await page.reload();
  for (const [label, field] of FIELDS) {
    await expect(note(page, `Mouse ${label}`)).toHaveAttribute('data-field', field);
    await expect(note(page, `Keys ${label}`)).toHaveAttribute('data-field', field);
  }
  await expect(note(page, 'Double-clicked')).toBeVisible();
});

test('a note dragged onto another field moves there; undo and redo move it back and forth', async ({ page }) => {
  await openExample(page);
  const moving = note(page, 'Customer relationships in retail');
  await expect(moving).toHaveAttribute('data-field', 'desiredAssets');
  const from = await centre(moving);
  const target = await centre(page.getByRole('region', { name: 'Transfer Activity' }));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(target.x + 60, target.box.y + target.box.height - 80, { steps: 12 });
  await page.mouse.up();
  await expect(moving).toHaveAttribute('data-field', 'transferActivity');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(moving).toHaveAttribute('data-field', 'desiredAssets');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(moving).toHaveAttribute('data-field', 'transferActivity');
  await page.keyboard.press('Control+z');
  await expect(moving).toHaveAttribute('data-field', 'desiredAssets');
  await page.keyboard.press('Control+y');
  await expect(moving).toHaveAttribute('data-field', 'transferActivity');

  await waitForSaved(page);
  await page.reload();
  await expect(note(page, 'Customer relationships in retail')).toHaveAttribute('data-field', 'transferActivity');
});

test('a voting round: votes stay hidden until revealed, then sort orders the field', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Start voting' }).click();
  await page.getByRole('button', { name: 'Reset votes' }).click();
  await expect(page.getByLabel(/^\d+ votes?$/)).toHaveCount(0);

  const top = note(page, 'Customer relationships in retail');
  const second = note(page, 'R&D expertise in forecasting models');
  await top.click();
  await top.click();
  await second.click();
  await expect(page.getByText('Participant 1: 0 of 3 votes left')).toBeVisible();
  // Counts stay hidden, but the voter sees their own dots.
  await expect(top.getByLabel('Your 2 votes on this note')).toBeVisible();
  await expect(second.getByLabel('Your vote on this note')).toBeVisible();
  // N and double-click are refused alike while voting, with the reason.
  await page.keyboard.press('n');
  await expect(page.getByRole('status').filter({ hasText: 'Voting is on' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveCount(0);
  const empty = await emptySpotIn(page, 'Created Value');
  await page.mouse.dblclick(empty.x, empty.y);
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Voting is on' })).toBeVisible();
  await top.click();
  await expect(page.getByText(/No votes left/)).toBeVisible();
  await second.click({ modifiers: ['Alt'] });
  await expect(page.getByText('Participant 1: 1 of 3 votes left')).toBeVisible();
  await page.getByRole('button', { name: 'Next participant' }).click();
  await expect(top.getByLabel(/^Your/)).toHaveCount(0);
  await second.click();
  await expect(page.getByText('Participant 2: 2 of 3 votes left')).toBeVisible();
  await expect(page.getByLabel(/^\d+ votes?$/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Reveal votes' }).click();
  await expect(top.getByLabel('2 votes')).toBeVisible();
  await expect(second.getByLabel('1 vote')).toBeVisible();

  await page.getByRole('button', { name: 'Sort by votes' }).click();
  const first = note(page, 'Distribution in DACH');
  await expect(async () => {
    const [a, b, c] = [await top.boundingBox(), await second.boundingBox(), await first.boundingBox()];
    expect(a && b && c).toBeTruthy();
    if (!a || !b || !c) return;
    expect(a.x).toBeLessThan(b.x);
    expect(b.x).toBeLessThan(c.x);
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(Math.abs(c.y - b.y)).toBeLessThan(2);
  }).toPass();

  await page.getByRole('button', { name: 'End voting' }).click();
  await waitForSaved(page);
  await page.reload();
  await expect(note(page, 'Customer relationships in retail').getByLabel('2 votes')).toBeVisible();
});

test('canvases: duplicate as v2, rename, delete and restore; a long note is clamped', async ({ page }) => {
  await openExample(page);
  const picker = page.getByRole('combobox', { name: 'Canvas' });
  await expect(picker).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Canvas actions' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate as a new version' }).click();
  await expect(picker.locator('option:checked')).toHaveText('Ecosystem strategy v2');
  await expect(note(page, 'Distribution in DACH')).toBeVisible();

  await page.getByRole('button', { name: 'Canvas actions' }).click();
  await page.getByRole('menuitem', { name: 'Rename canvas' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename canvas' });
  await dialog.getByLabel('Title').fill('Στρατηγική 2027');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(picker.locator('option:checked')).toHaveText('Στρατηγική 2027');

  await page.getByRole('region', { name: 'Value Offer' }).getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill(`Long ${'lorem ipsum dolor '.repeat(555)}`.slice(0, 10_000));
  await page.keyboard.press('Enter');
  const long = note(page, 'Long lorem');
  await expect(long.getByRole('button', { name: 'Show more' })).toBeVisible();
  const box = await long.boundingBox();
  expect(box?.height ?? 0).toBeLessThan(320);

  await page.getByRole('button', { name: 'Canvas actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete canvas' }).click();
  await expect(picker.locator('option')).toHaveCount(2);
  await expect(picker.locator('option', { hasText: 'Στρατηγική 2027' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore canvas' }).click();
  await expect(picker.locator('option:checked')).toHaveText('Στρατηγική 2027');
  await expect(note(page, 'Long lorem')).toBeVisible();
});

test('a workshop without canvases offers to create one', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Title').fill('Empty workshop');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: 'No canvas yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Create canvas' }).click();
  const create = page.getByRole('dialog', { name: 'New canvas' });
  await expect(create.getByLabel('For a partner')).toBeDisabled();
  await create.getByRole('button', { name: 'Create canvas' }).click();
  for (const [label] of FIELDS) await expect(page.getByRole('region', { name: label }).getByRole('button', { name: 'Add note' })).toBeVisible();
  for (const name of ['Undo', 'Redo', 'Start timer', 'Start voting', 'Present']) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1);
});

test('timer and presentation: presets, pause, +1 min, arrow keys through the fields, Escape ends', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: /^Timer length/ }).click();
  await page.getByRole('dialog', { name: 'Timer length' }).getByRole('button', { name: '1 min' }).click();
  await page.getByRole('button', { name: 'Start timer' }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/^[01]:\d\d$/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: '+1 min' }).click();
  await expect(timer).toHaveText(/^[12]:\d\d$/);
  await page.getByRole('button', { name: 'Resume' }).click();

  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('button', { name: 'Add note' })).toHaveCount(0);
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByText('Whole canvas')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-step')).toHaveText('Desired Assets');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-step')).toHaveText('Value Offer');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.present-step')).toHaveText('Desired Assets');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add note' })).toHaveCount(4);
});

test('multi-select: recolour, duplicate, copy and paste, delete, each one undo step', async ({ page }) => {
  await openExample(page);
  const a = note(page, 'Early roadmap access');
  const b = note(page, 'Co-marketing that builds');
  await a.click();
  await b.click({ modifiers: ['Shift'] });
  const selection = page.getByRole('toolbar', { name: 'Selected notes' });
  await expect(selection).toContainText('2 notes selected');
  await selection.getByRole('button', { name: 'Purple' }).click();
  await expect(a).toHaveClass(/note-purple/);
  await expect(b).toHaveClass(/note-purple/);

  await page.keyboard.press('Control+d');
  await expect(note(page, 'Early roadmap access')).toHaveCount(2);
  await expect(selection).toContainText('2 notes selected');
  await page.keyboard.press('Delete');
  await expect(note(page, 'Early roadmap access')).toHaveCount(1);
  await page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Undo' }).click();
  await expect(note(page, 'Early roadmap access')).toHaveCount(2);
  await page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Undo' }).click();
  await expect(note(page, 'Early roadmap access')).toHaveCount(1);
  await page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Undo' }).click();
  await expect(a).toHaveClass(/note-blue/);

  await a.click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(note(page, 'Early roadmap access')).toHaveCount(2);
  await expect(note(page, 'Early roadmap access').nth(1)).toHaveAttribute('data-field', 'valueOffer');
});
