import type { Page } from '@playwright/test';
import { ECOSYSTEM20_TITLE, ecosystem20File } from '../fixtures/ecosystem20';
import { expect, test } from './fixtures';

async function openTwentyPartnerMap(page: Page): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workshop' }).click();
  await (await chooser).setFiles({ name: 'ecosystem-20.partnerscape', mimeType: 'application/json', buffer: Buffer.from(ecosystem20File()) });
  await expect(page.getByRole('heading', { name: ECOSYSTEM20_TITLE })).toBeVisible();
  await page.getByRole('link', { name: 'Ecosystem map' }).click();
  await expect(page.locator('.react-flow')).toBeVisible();
}

const viewport = (page: Page) =>
  page.evaluate(() => {
    const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e-]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform);
    return { x: Number(m?.[1]), y: Number(m?.[2]), zoom: Number(m?.[3]) };
  });

async function zoomTo(page: Page, target: number): Promise<void> {
  const box = await page.locator('.react-flow').boundingBox();
  await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
  await page.mouse.wheel(0, -Math.log2(target / (await viewport(page)).zoom) / 0.002);
  await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(target, 1);
}

/** Screen boxes of every label text, number and node that is drawn. */
const drawnBoxes = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, name: el.textContent?.trim() ?? '' };
    };
    const shown = (el: Element) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;
    return {
      labels: [...document.querySelectorAll('.vlabel')].filter(shown).map((g) => box(g.querySelector('rect') as Element)),
      badges: [...document.querySelectorAll('.vbadge')].filter(shown).map((g) => box(g.querySelector('circle') as Element)),
      nodes: [...document.querySelectorAll('.react-flow__node .pnode, .react-flow__node .onode')].map(box),
      textHeights: [...document.querySelectorAll('.vlabel .react-flow__edge-text')].filter(shown).map((t) => t.getBoundingClientRect().height),
    };
  });
type Box = { x: number; y: number; w: number; h: number; name: string };
const overlap = (a: Box, b: Box) => a.x < b.x + b.w - 0.5 && a.x + a.w > b.x + 0.5 && a.y < b.y + b.h - 0.5 && a.y + a.h > b.y + 0.5;

test('on the 20-partner map no exchange label or number covers a node, and labels never show below 11 px', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openTwentyPartnerMap(page);
  await zoomTo(page, 1);
  const { labels, badges, nodes, textHeights } = await drawnBoxes(page);
  expect(labels.length).toBeGreaterThan(10);
  for (const label of [...labels, ...badges]) expect({ label: label.name, covers: nodes.filter((n) => overlap(label, n)).map((n) => n.name) }).toEqual({ label: label.name, covers: [] });
  for (const [i, label] of labels.entries()) expect(labels.filter((other, j) => j !== i && overlap(label, other)).map((o) => o.name)).toEqual([]);
  for (const height of textHeights) expect(height).toBeGreaterThanOrEqual(11);
});

test('at 1280×720 the fitted 20-partner map shows every name, and numbers with a list instead of unreadable labels', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openTwentyPartnerMap(page);
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(20);
  for (const name of ['Echo Voice AI', 'Nimbus Edge Compute', 'Tundra Distribution Nordics']) await expect(page.locator('.react-flow__node', { hasText: name })).toBeVisible();
  const { labels, badges, nodes } = await drawnBoxes(page);
  expect(labels).toEqual([]);
  expect(badges.length).toBe(22);
  for (const badge of badges) expect(nodes.filter((n) => overlap(badge, n)).map((n) => n.name)).toEqual([]);
  await page.getByText('Labels by number (22)').click();
  await page.getByRole('button', { name: /^1: .+/ }).click();
  await expect(page.getByRole('region', { name: 'Selected value exchange' })).toBeVisible();
});

test('zoomed out past reading names, partners are light shapes that still hover, select and search', async ({ page }) => {
  await openTwentyPartnerMap(page);
  const echo = page.locator('.react-flow__node', { hasText: 'Echo Voice AI' });
  const before = await echo.boundingBox();
  const v = await viewport(page);
  const at = { x: ((before?.x ?? 0) + (before?.width ?? 0) / 2 - ((await page.locator('.react-flow').boundingBox())?.x ?? 0) - v.x) / v.zoom, y: 0 };
  at.y = ((before?.y ?? 0) + (before?.height ?? 0) / 2 - ((await page.locator('.react-flow').boundingBox())?.y ?? 0) - v.y) / v.zoom;

  await zoomTo(page, 0.3);
  await expect(page.locator('.react-flow')).toHaveClass(/map-level-shapes/);
  await expect(page.locator('.react-flow__node-partner')).toHaveCount(0);
  await expect(page.locator('[data-light-nodes]')).toHaveAttribute('data-light-nodes', '20');

  const pane = await page.locator('.react-flow').boundingBox();
  const w = await viewport(page);
  const screen = { x: (pane?.x ?? 0) + w.x + at.x * w.zoom, y: (pane?.y ?? 0) + w.y + at.y * w.zoom };
  await page.mouse.move(screen.x, screen.y);
  await expect(page.getByRole('tooltip')).toHaveText('Echo Voice AI');
  await page.mouse.click(screen.x, screen.y);
  await expect(page.getByRole('region', { name: 'Selected partner' })).toBeVisible();
  // The selected partner is drawn in full at every zoom, with its connect handle.
  await expect(page.locator('.react-flow__node-partner', { hasText: 'Echo Voice AI' })).toHaveClass(/selected/);
  await expect(page.locator('.react-flow__node-partner .map-connect')).toHaveCount(1);

  await page.getByRole('searchbox', { name: 'Find partner on the map' }).fill('kite');
  await page.getByRole('searchbox', { name: 'Find partner on the map' }).press('Enter');
  await expect(page.locator('.react-flow__node', { hasText: 'Kite Materials Science' })).toHaveClass(/selected/);
  await expect(page.locator('.react-flow')).toHaveClass(/map-level-(names|detail)/);
});
