import type { Locator, Page } from '@playwright/test';
import { expect, openExample, test } from './fixtures';

const node = (page: Page, name: string): Locator => page.locator('.react-flow__node', { hasText: name });

async function openMap(page: Page): Promise<void> {
  await openExample(page);
  await page.getByRole('link', { name: 'Ecosystem map' }).click();
  await expect(node(page, 'Helix CRM')).toBeVisible();
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const zoomOf = (page: Page) => page.evaluate(() => Number(/scale\(([\d.e-]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1]));

/** One wheel step of exactly the right size (React Flow zooms by 2^(-deltaY × 0.002)), centred on `at`. */
async function zoomTo(page: Page, target: number, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -Math.log2(target / (await zoomOf(page))) / 0.002);
  await expect.poll(() => zoomOf(page)).toBeCloseTo(target, 1);
}

/** Node boxes on screen, by name, for checks of overlap and for picking a visible drop target. */
async function nodeBoxes(page: Page) {
  return page.evaluate(() => {
    const pane = (document.querySelector('.react-flow') as HTMLElement).getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
      const r = el.getBoundingClientRect();
      const inView = r.left > pane.left + 20 && r.right < pane.right - 200 && r.top > pane.top + 20 && r.bottom < pane.bottom - 20;
      return { name: el.querySelector('.pnode-name, .onode-name')?.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height, inView };
    });
  });
}

for (const zoom of [0.5, 1.5]) {
  test(`a drag from the selected node's handle creates a value exchange on the first try at zoom ${zoom}`, async ({ page }) => {
    await openMap(page);
    const source = node(page, 'Quill Docs');
    await source.locator('.pnode-name').click();
    await expect(source).toHaveClass(/selected/);
    await zoomTo(page, zoom, await centreOf(source));

    const handle = source.locator('.map-connect');
    const zone = await handle.boundingBox();
    expect(zone?.width).toBeGreaterThanOrEqual(24);
    expect(zone?.height).toBeGreaterThanOrEqual(24);

    const target = (await nodeBoxes(page)).find((b) => b.inView && b.name && b.name !== 'Quill Docs');
    if (!target) throw new Error('no other node in view');
    // Straight onto the handle from outside the node: no hover on the node first.
    const start = await centreOf(handle);
    await page.mouse.move(start.x + 300, start.y + 200);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(target.x + target.w / 2, target.y + target.h / 2, { steps: 12 });
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: 'New value exchange' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.map-form-route')).toContainText(`Quill Docs`);
    await expect(dialog.locator('.map-form-route')).toContainText(target.name);
  });
}

test('Auto layout after manual drags asks first, moves them back onto their rings, and Undo restores them', async ({ page }) => {
  await openMap(page);
  const names = ['Helix CRM', 'Quill Docs'];
  const place = (name: string) => node(page, name).evaluate((el) => (el as HTMLElement).style.transform);
  const before = await Promise.all(names.map(place));
  for (const name of names) {
    const from = await centreOf(node(page, name).locator('.pnode-name'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 6, from.y + 30, { steps: 6 });
    await page.mouse.up();
  }
  const dragged = await Promise.all(names.map(place));
  expect(dragged).not.toEqual(before);

  await page.getByRole('button', { name: 'Auto layout' }).click();
  const dialog = page.getByRole('dialog', { name: 'Auto layout' });
  await expect(dialog).toContainText('2 partners placed by hand');
  await dialog.getByRole('button', { name: 'Move 2 partners' }).click();
  for (const [i, name] of names.entries()) await expect.poll(() => place(name)).toBe(before[i]);

  await page.getByRole('button', { name: 'Undo' }).click();
  for (const [i, name] of names.entries()) await expect.poll(() => place(name)).toBe(dragged[i]);
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await page.getByRole('dialog', { name: 'Auto layout' }).getByRole('button', { name: 'Cancel' }).click();
  for (const [i, name] of names.entries()) expect(await place(name)).toBe(dragged[i]);
});

test('a partner dropped onto another ring lands on a free spot there', async ({ page }) => {
  await openMap(page);
  const moving = node(page, 'Pinnacle Events');
  const onto = await centreOf(node(page, 'Meridian Resellers'));
  const from = await centreOf(moving.locator('.pnode-name'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(onto.x, onto.y, { steps: 16 });
  await page.mouse.up();
  await expect(moving.locator('.pnode-tier')).toHaveText('Strategic');
  await expect
    .poll(async () => {
      const boxes = await nodeBoxes(page);
      const me = boxes.find((b) => b.name === 'Pinnacle Events');
      return boxes.filter((b) => b !== me && me && b.x < me.x + me.w && b.x + b.w > me.x && b.y < me.y + me.h && b.y + b.h > me.y).map((b) => b.name);
    })
    .toEqual([]);
});

test('right-click opens the actions of a node, an exchange and the map', async ({ page }) => {
  await openMap(page);
  await node(page, 'Kestrel Analytics').locator('.pnode-name').click({ button: 'right' });
  const nodeMenu = page.getByRole('menu', { name: 'Kestrel Analytics actions' });
  await expect(nodeMenu.getByRole('menuitem')).toHaveText(['Open partner page', 'Focus on its exchanges', 'New value exchange…', 'Edit partner…', 'Delete partner…']);
  await nodeMenu.getByRole('menuitem', { name: 'New value exchange…' }).click();
  await expect(page.getByLabel('New value exchange with')).toBeFocused();
  await expect(node(page, 'Kestrel Analytics')).toHaveClass(/selected/);

  // Unselected exchanges are drawn in one batched layer and picked by where the pointer is.
  const placed = await page.locator('.map-exchange-label', { hasText: 'Identity sync' }).boundingBox();
  await page.mouse.click((placed?.x ?? 0) + (placed?.width ?? 0) / 2, (placed?.y ?? 0) + (placed?.height ?? 0) / 2, { button: 'right' });
  const edgeMenu = page.getByRole('menu', { name: /^Value exchange Helix CRM to Beacon Identity$/ });
  await edgeMenu.getByRole('menuitem', { name: 'Delete value exchange' }).click();
  await expect(page.locator('.react-flow__edge-text', { hasText: 'Identity sync' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.react-flow__edge-text', { hasText: 'Identity sync' })).toBeVisible();

  const pane = await page.locator('.react-flow__pane').boundingBox();
  await page.mouse.click((pane?.x ?? 0) + 60, (pane?.y ?? 0) + (pane?.height ?? 0) - 60, { button: 'right' });
  await expect(page.getByRole('menu', { name: 'Map actions' }).getByRole('menuitem')).toHaveText(['Fit view', 'Auto layout…']);
  await page.keyboard.press('Escape');

  await node(page, 'Kestrel Analytics').locator('.pnode-name').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Edit partner…' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Kestrel Analytics');
});

test('React Flow’s attribution stays visible, out of the way', async ({ page }) => {
  await openMap(page);
  const attribution = page.getByRole('link', { name: 'React Flow attribution' });
  await expect(attribution).toBeVisible();
  const box = await attribution.boundingBox();
  const pane = await page.locator('.react-flow').boundingBox();
  expect((box?.x ?? 0) - (pane?.x ?? 0)).toBeLessThan(40);
  expect((pane?.y ?? 0) + (pane?.height ?? 0) - ((box?.y ?? 0) + (box?.height ?? 0))).toBeLessThan(40);
});
