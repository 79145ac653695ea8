import type { Locator } from '@playwright/test';
import { expect, openExample, test } from './fixtures';

/** The mark's identity: which shape, its exact drawing, and the colour it is painted in. */
async function markOf(scope: Locator): Promise<{ shape: string | null; d: string | null; fill: string }> {
  const svg = scope.locator('svg.type-shape').first();
  await expect(svg).toBeVisible();
  return {
    shape: await svg.getAttribute('data-shape'),
    d: await svg.locator('path').getAttribute('d'),
    fill: await svg.evaluate((el) => getComputedStyle(el).fill),
  };
}

test('an innovation partner has the same type mark on the map, in the list, in the fit matrix, on its page and in metrics', async ({ page }) => {
  await openExample(page);
  const name = 'Aurora Research Lab';

  await page.getByRole('link', { name: 'Ecosystem map' }).click();
  const onMap = await markOf(page.locator('.react-flow__node', { hasText: name }));
  expect(onMap.shape).toBe('triangle');

  await page.getByRole('link', { name: 'Partners' }).click();
  const inList = await markOf(page.getByRole('row', { name: new RegExp(name) }));

  await page.getByRole('tab', { name: 'Fit matrix' }).click();
  const inMatrix = await markOf(page.getByRole('link', { name: new RegExp(`^${name}:`) }));

  await page.getByRole('tab', { name: 'Partner list' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  const onPage = await markOf(page.locator('.partner-page-header'));

  await page.getByRole('link', { name: 'Insights' }).click();
  await page.getByRole('tab', { name: 'Metrics' }).click();
  const inMetrics = await markOf(page.getByRole('rowheader', { name }));

  for (const other of [inList, inMatrix, onPage, inMetrics]) expect(other).toEqual(onMap);
});

test('a dashed outline means prospect on the map and in the fit matrix, and both legends say so', async ({ page }) => {
  await openExample(page);
  await page.getByRole('link', { name: 'Ecosystem map' }).click();
  const fjord = page.locator('.react-flow__node', { hasText: 'Fjord Robotics' }).locator('.pnode');
  await expect(fjord).toHaveCSS('border-top-style', 'dashed');
  await expect(page.locator('.react-flow__node', { hasText: 'Helix CRM' }).locator('.pnode')).toHaveCSS('border-top-style', 'solid');
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Dashed outline: prospect');

  await page.getByRole('link', { name: 'Partners' }).click();
  await page.getByRole('tab', { name: 'Fit matrix' }).click();
  await expect(page.getByRole('link', { name: /^Fjord Robotics:/ }).locator('[data-outline]')).toHaveAttribute('data-outline', 'dashed');
  await expect(page.getByRole('link', { name: /^Crescent Distribution:/ }).locator('[data-outline]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Crescent Distribution:/ }).locator('[data-noise]')).toHaveCount(1);
  const legend = page.locator('.matrix-legend');
  await expect(legend).toContainText('Dashed outline: prospect');
  await expect(legend).toContainText('Noise:');
});

test('Partners and Insights use the same tabs and the same page width', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openExample(page);
  const look = async (tablist: string) => {
    const selected = page.getByRole('tablist', { name: tablist }).getByRole('tab', { selected: true });
    const style = await selected.evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: `${s.borderBottomStyle} ${s.borderBottomWidth}`, radius: s.borderTopLeftRadius, background: s.backgroundColor, className: el.className };
    });
    const tabBox = await page.getByRole('tablist', { name: tablist }).getByRole('tab').first().boundingBox();
    const panelBox = await page.getByRole('tabpanel').boundingBox();
    return { style, tabLeft: Math.round(tabBox?.x ?? 0), panel: { x: Math.round(panelBox?.x ?? 0), width: Math.round(panelBox?.width ?? 0) } };
  };
  await page.getByRole('link', { name: 'Partners' }).click();
  const partners = await look('Portfolio views');
  await page.getByRole('link', { name: 'Insights' }).click();
  await page.getByRole('tab', { name: 'Metrics' }).click();
  const insights = await look('Insights views');
  expect(insights.style).toEqual(partners.style);
  expect(insights.tabLeft).toBe(partners.tabLeft);
  expect(Math.abs(insights.panel.x - partners.panel.x)).toBeLessThanOrEqual(24);
  // Wide screens keep a centred column on both, not a half-empty page.
  expect(partners.panel.x).toBeGreaterThan(200);
});
