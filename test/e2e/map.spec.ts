import type { Locator, Page } from '@playwright/test';
import { expect, openExample, test, waitForSaved } from './fixtures';

async function openMap(page: Page): Promise<void> {
  await openExample(page);
  await page.getByRole('link', { name: 'Ecosystem map' }).click();
  await expect(page.getByText('Helix CRM')).toBeVisible();
}

const node = (page: Page, name: string): Locator => page.locator('.react-flow__node', { hasText: name });

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 16 });
  await page.mouse.up();
}

test('a value exchange is created by dragging between nodes, edited, deleted and restored', async ({ page }) => {
  await openMap(page);
  await node(page, 'Quill Docs').hover();
  await drag(page, await centreOf(node(page, 'Quill Docs').locator('.map-connect')), await centreOf(node(page, 'Pinnacle Events')));

  const dialog = page.getByRole('dialog', { name: 'New value exchange' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Kind').selectOption({ label: 'Co-marketing' });
  await dialog.getByLabel('Label').fill('Joint webinar Łódź');
  await dialog.getByLabel('Direction').selectOption('both');
  await dialog.getByRole('button', { name: 'Add value exchange' }).click();
  await expect(dialog).toBeHidden();

  const label = page.locator('.react-flow__edge-text', { hasText: 'Joint webinar Łódź' });
  await expect(label).toBeVisible();
  const edge = page.locator('.react-flow__edge', { has: label });
  await expect(edge.locator('path.vedge')).toHaveAttribute('marker-start', /map-arrow-co-marketing/);
  await expect(edge.locator('path.vedge')).toHaveAttribute('marker-end', /map-arrow-co-marketing/);

  const panel = page.getByRole('region', { name: 'Selected value exchange' });
  await panel.getByLabel('Label').fill('Webinar series');
  await panel.getByLabel('Label').press('Enter');
  await panel.getByLabel('Direction').selectOption('one');
  await expect(page.locator('.react-flow__edge-text', { hasText: 'Webinar series' })).toBeVisible();
  await expect(page.locator('.react-flow__edge', { hasText: 'Webinar series' }).locator('path.vedge')).not.toHaveAttribute('marker-start', /.+/);
  await waitForSaved(page);
  await page.reload();
  await expect(page.locator('.react-flow__edge-text', { hasText: 'Webinar series' })).toBeVisible();

  // Unselected exchanges are drawn in one batched layer and picked by where the pointer is.
  await expect(page.locator('.react-flow__edge', { hasText: 'Webinar series' })).toHaveCount(0);
  const placed = await page.locator('.map-exchange-label', { hasText: 'Webinar series' }).boundingBox();
  await page.mouse.click((placed?.x ?? 0) + (placed?.width ?? 0) / 2, (placed?.y ?? 0) + (placed?.height ?? 0) / 2);
  await expect(page.getByRole('region', { name: 'Selected value exchange' }).getByLabel('Label')).toHaveValue('Webinar series');
  await expect(page.locator('.react-flow__edge.selected', { hasText: 'Webinar series' })).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge-text', { hasText: 'Webinar series' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.react-flow__edge-text', { hasText: 'Webinar series' })).toBeVisible();

  // The keyboard reaches every exchange through the list of buttons, each shown while it has the focus.
  await page.keyboard.press('Escape');
  const exchange = page.getByRole('button', { name: 'Quill Docs → Pinnacle Events, Co-marketing: Webinar series' });
  await exchange.focus();
  await expect(exchange).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Selected value exchange' }).getByLabel('Label')).toHaveValue('Webinar series');
});

test('dropping a partner on another ring changes its tier, with undo, and it survives a reload', async ({ page }) => {
  await openMap(page);
  const pinnacle = node(page, 'Pinnacle Events');
  await expect(pinnacle.locator('.pnode-tier')).toHaveText('Transactional');

  await drag(page, await centreOf(pinnacle.locator('.pnode-name')), await centreOf(page.locator('[data-ring="Strategic"]')));
  await expect(pinnacle.locator('.pnode-tier')).toHaveText('Strategic');
  await expect(page.getByText('Pinnacle Events moved to Strategic')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(pinnacle.locator('.pnode-tier')).toHaveText('Transactional');
  await page.keyboard.press('Control+Shift+z');
  await expect(pinnacle.locator('.pnode-tier')).toHaveText('Strategic');

  await waitForSaved(page);
  await page.reload();
  await expect(node(page, 'Pinnacle Events').locator('.pnode-tier')).toHaveText('Strategic');
  const dropped = await node(page, 'Pinnacle Events').getAttribute('style');
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await page.getByRole('dialog', { name: 'Auto layout' }).getByRole('button', { name: 'Move 1 partner' }).click();
  await expect(page.getByText('Partners placed automatically by tier and type')).toBeVisible();
  await expect(node(page, 'Pinnacle Events')).not.toHaveAttribute('style', dropped ?? '');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, 'Pinnacle Events')).toHaveAttribute('style', dropped ?? '');
  await page.getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByText('Pinnacle Events')).toBeVisible();
});

test('filters by type, tier and status; search selects a partner, dims the rest, adds an exchange by keyboard and opens its page', async ({ page }) => {
  await openMap(page);
  await page.getByRole('checkbox', { name: 'Channel' }).uncheck();
  await expect(node(page, 'Meridian Resellers')).toBeHidden();
  await expect(node(page, 'Helix CRM')).toBeVisible();
  await expect(page.getByText('7 of 12 shown')).toBeVisible();

  await page.getByLabel('Show tier').selectOption({ label: 'Strategic' });
  await expect(node(page, 'Stratus Cloud')).toBeHidden();
  await expect(node(page, 'Aurora Research Lab')).toBeVisible();
  await expect(page.getByText('2 of 12 shown')).toBeVisible();
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(node(page, 'Meridian Resellers')).toBeVisible();

  await page.getByLabel('Show status').selectOption({ label: 'At risk' });
  await expect(node(page, 'Crescent Distribution')).toBeVisible();
  await expect(node(page, 'Helix CRM')).toBeHidden();
  await page.getByRole('button', { name: 'Show all' }).click();

  await page.getByRole('searchbox', { name: 'Find partner on the map' }).fill('kestrel');
  await page.getByRole('searchbox', { name: 'Find partner on the map' }).press('Enter');
  await expect(node(page, 'Kestrel Analytics')).toHaveClass(/selected/);
  await expect(node(page, 'Fjord Robotics')).toHaveCSS('opacity', '0.16');

  await page.getByRole('button', { name: 'New value exchange…' }).click();
  await page.getByLabel('New value exchange with').selectOption({ label: 'Fjord Robotics' });
  await page.getByRole('button', { name: 'Add…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New value exchange' });
  await expect(dialog.getByLabel('Kind')).toHaveValue('co-innovation');
  await dialog.getByLabel('Label').fill('Lab visits');
  await dialog.getByLabel('Label').press('Enter');
  await expect(page.locator('.react-flow__edge-text', { hasText: 'Lab visits' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find partner on the map' }).fill('kestrel');
  await page.getByRole('searchbox', { name: 'Find partner on the map' }).press('Enter');
  await expect(node(page, 'Fjord Robotics')).toHaveCSS('opacity', '1');
  await page.getByRole('button', { name: 'Open partner page' }).click();
  await expect(page).toHaveURL(/#\/w\/[^/]+\/partners\/[^/]+$/);
});
