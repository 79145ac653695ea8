import type { Page } from '@playwright/test';
import { expect, openExample, test } from './fixtures';

/**
 * docs/ARCHITECTURE.md, "Stable control names": outside acceptance checks find controls by role and name, as a screen reader would,
 * with Playwright's default (substring, case-insensitive) matching. Each must resolve to exactly one control.
 */
async function expectOne(page: Page, role: Parameters<Page['getByRole']>[0], name: string) {
  await expect(page.getByRole(role, { name }), `${role} "${name}"`).toHaveCount(1);
}

test('the stable control names resolve to exactly one control on their screens', async ({ page }) => {
  await page.goto('/');
  for (const name of ['New workshop', 'Import workshop', 'Open example workshop']) await expectOne(page, 'button', name);
  await openExample(page);
  await page.getByRole('button', { name: 'All workshops' }).click();
  await expectOne(page, 'link', 'Northwind ecosystem workshop');
  await page.getByRole('link', { name: 'Northwind ecosystem workshop' }).click();

  const nav = async () => {
    for (const name of ['Canvas', 'Ecosystem map', 'Partners', 'Insights']) await expectOne(page, 'link', name);
    await expectOne(page, 'button', 'Export PDF');
  };

  await nav();
  for (const name of ['Desired Assets', 'Value Offer', 'Transfer Activity', 'Created Value']) {
    await expectOne(page, 'region', name);
    await expect(page.getByRole('region', { name }).getByRole('button', { name: 'Add note' })).toHaveCount(1);
  }
  for (const name of ['Undo', 'Redo', 'Start timer', 'Start voting', 'Present', 'Start live session']) await expectOne(page, 'button', name);
  await page.getByRole('region', { name: 'Value Offer' }).getByRole('button', { name: 'Add note' }).click();
  await expectOne(page, 'textbox', 'Note');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Partners' }).click();
  await nav();
  await expectOne(page, 'button', 'Add partner');
  await page.getByRole('button', { name: 'Add partner' }).click();
  for (const label of ['Name', 'Type', 'Tier', 'Strategic alignment', 'Execution capability', 'Cultural fit']) {
    await expect(page.getByLabel(label, { exact: true }), `field ${label}`).toHaveCount(1);
  }

  await page.getByRole('link', { name: 'Ecosystem map' }).click();
  await nav();
  for (const name of ['Fit view', 'Auto layout', 'Export for Obsidian (JSON Canvas)']) await expectOne(page, 'button', name);
  for (const partner of ['Helix CRM', 'Meridian Resellers', 'Aurora Research Lab']) {
    await expect(page.locator('.react-flow__node').filter({ hasText: partner }).first()).toBeVisible();
  }

  await page.getByRole('link', { name: 'Insights' }).click();
  await nav();
});
