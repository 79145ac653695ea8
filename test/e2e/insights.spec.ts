import type { Page } from '@playwright/test';
import { periodLabel, periodOf, shiftPeriod } from '../../src/domain';
import { localToday } from '../../src/features/enablement/today';
import { expect, openExample, test, waitForSaved } from './fixtures';

// The example's metrics end with the quarter before today's; the test adds today's quarter.
const THIS_QUARTER = periodLabel(periodOf(localToday(), 'quarter'));
const LAST_QUARTER = periodLabel(shiftPeriod(periodOf(localToday(), 'quarter'), -1));

async function openTab(page: Page, name: 'Feedback' | 'Metrics' | 'Enablement') {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

const priorities = (page: Page) => page.locator('.insight-priority-value').allTextContents();

test('enablement, metrics for two periods and prioritised insights survive a reload', async ({ page }) => {
  await openExample(page);
  await page.getByRole('link', { name: 'Insights' }).click();

  // Enablement: tick an item and add one for a partner that is still onboarding
  await openTab(page, 'Enablement');
  await expect(page.getByText('Overdue by', { exact: false }).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Partners to enable' }).getByRole('button', { name: /Wisła Data Group/ }).click();
  await expect(page.getByRole('heading', { name: 'Wisła Data Group' })).toBeVisible();
  await expect(page.getByText('25 % done')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Pricing and commissions' }).check();
  await expect(page.getByText('50 % done')).toBeVisible();
  await page.getByRole('textbox', { name: 'New checklist item' }).fill('Cennik po polsku — price list');
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.getByRole('checkbox', { name: 'Cennik po polsku — price list' }).check();
  await expect(page.getByText('60 % done')).toBeVisible();

  // Metrics: two periods, Enter moves down the column, a bad value is refused
  await openTab(page, 'Metrics');
  await expect(page.getByRole('heading', { name: 'Portfolio dashboard' })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Metrics for ${LAST_QUARTER}` })).toBeVisible();
  await page.getByRole('button', { name: 'Next period' }).click();
  await expect(page.getByRole('heading', { name: `Metrics for ${THIS_QUARTER}` })).toBeVisible();
  const fjordQ4 = page.getByRole('textbox', { name: `Features co-developed, Fjord Robotics, ${THIS_QUARTER}` });
  await fjordQ4.fill('2');
  await fjordQ4.press('Enter');
  const kestrelQ4 = page.getByRole('textbox', { name: `Features co-developed, Kestrel Analytics, ${THIS_QUARTER}` });
  await expect(kestrelQ4).toBeFocused();
  await kestrelQ4.fill('4');
  await kestrelQ4.press('Enter');
  const winRate = page.getByRole('textbox', { name: `Deal win rate %, Helix CRM, ${THIS_QUARTER}` });
  await winRate.fill('140');
  await winRate.press('Enter');
  await expect(winRate).toHaveAttribute('aria-invalid', 'true');
  await winRate.fill('36');
  await winRate.press('Tab');
  await expect(winRate).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: 'Previous period' }).click();
  const fjordQ3 = page.getByRole('textbox', { name: `Features co-developed, Fjord Robotics, ${LAST_QUARTER}` });
  await fjordQ3.fill('1');
  await fjordQ3.press('Enter');
  await expect(page.getByRole('img', { name: 'Features co-developed for Fjord Robotics: 1, 2' })).toBeVisible();

  // Feedback: add two insights, then raise a weight and watch the order change
  await openTab(page, 'Feedback');
  expect(await priorities(page)).toEqual(['24', '17.6', '12.6', '10', '3.2']);
  for (const [text, partner, weight] of [
    ['Warehouse robots need offline maps', 'Fjord Robotics', '5'],
    ['CRM admins want a sandbox per region', 'Helix CRM', '1'],
  ] as const) {
    await page.getByRole('button', { name: 'Add insight' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add insight' });
    await dialog.getByLabel('What the partner reported').fill(text);
    await dialog.getByLabel('Partner', { exact: true }).selectOption({ label: partner });
    await dialog.getByLabel('Kind').selectOption({ label: 'Market gap' });
    await dialog.getByLabel('Weight').selectOption(weight);
    await dialog.getByRole('button', { name: 'Save insight' }).click();
    await expect(dialog).toBeHidden();
  }
  expect(await priorities(page)).toEqual(['24', '17.6', '12.6', '10', '5', '4.8', '3.2']);
  await page.getByRole('button', { name: 'Edit insight “Arabic right-to-left reports”' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit insight' });
  await edit.getByLabel('Weight').selectOption('5');
  await edit.getByLabel('Response to the partner').fill('Back on the list: a hosting partner in Dubai signed.');
  await edit.getByRole('button', { name: 'Save insight' }).click();
  await expect(page.locator('.insight-priority-value')).toHaveText(['24', '17.6', '12.6', '10', '8', '5', '4.8']);
  await page.getByLabel('Filter by kind').selectOption({ label: 'Market gap' });
  await expect(page.locator('.insight-priority-value')).toHaveText(['17.6', '5', '4.8']);
  await waitForSaved(page);

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Feedback' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.insight-priority-value')).toHaveText(['24', '17.6', '12.6', '10', '8', '5', '4.8']);
  await expect(page.getByText('Back on the list: a hosting partner in Dubai signed.')).toBeVisible();
  await expect(page.getByText('Warehouse robots need offline maps')).toBeVisible();

  await openTab(page, 'Metrics');
  // the grid opens on the latest period with numbers, now this quarter
  await expect(page.getByRole('heading', { name: `Metrics for ${THIS_QUARTER}` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: `Features co-developed, Fjord Robotics, ${THIS_QUARTER}` })).toHaveValue('2');
  await expect(page.getByRole('textbox', { name: `Features co-developed, Kestrel Analytics, ${THIS_QUARTER}` })).toHaveValue('4');
  await expect(page.getByRole('textbox', { name: `Deal win rate %, Helix CRM, ${THIS_QUARTER}` })).toHaveValue('36');
  await page.getByRole('button', { name: 'Previous period' }).click();
  await expect(page.getByRole('textbox', { name: `Features co-developed, Fjord Robotics, ${LAST_QUARTER}` })).toHaveValue('1');

  await openTab(page, 'Enablement');
  await page.getByRole('navigation', { name: 'Partners to enable' }).getByRole('button', { name: /Wisła Data Group/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Pricing and commissions' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Cennik po polsku — price list' })).toBeChecked();
  await expect(page.getByText('60 % done')).toBeVisible();
});

test('a removed checklist item and a deleted insight come back with Undo', async ({ page }) => {
  await openExample(page);
  await page.getByRole('link', { name: 'Insights' }).click();
  await page.getByRole('button', { name: 'Delete insight “Arabic right-to-left reports”' }).click();
  await expect(page.getByText('Arabic right-to-left reports', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Arabic right-to-left reports', { exact: true })).toBeVisible();

  await openTab(page, 'Enablement');
  await page.getByRole('navigation', { name: 'Partners to enable' }).getByRole('button', { name: /Pinnacle Events/ }).click();
  await page.getByRole('button', { name: 'Start onboarding plan' }).click();
  await expect(page.getByText('0 % done')).toBeVisible();
  await page.getByRole('button', { name: 'Remove item “Deal registration”' }).click();
  await expect(page.getByRole('checkbox', { name: 'Deal registration' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('checkbox', { name: 'Deal registration' })).toBeVisible();
});
