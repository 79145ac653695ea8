import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Serious and critical axe-core findings on what is on screen now, one line each (rule, element, summary).
 * The dark run checks colours only: the theme changes nothing else, and every rule costs seconds.
 */
async function seriousFindings(page: Page, screen: string, coloursOnly: boolean): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const results = await (coloursOnly ? axe.withRules(['color-contrast', 'link-in-text-block']) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${screen}: ${v.id} at ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? v.help}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen has no serious or critical accessibility violation (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const findings: string[] = [];
    let screen = 'home';
    // No screen logs a warning either (errors already fail every test through the fixture).
    page.on('console', (message) => message.type() === 'warning' && findings.push(`${screen}: console warning: ${message.text()}`));
    const check = async (name: string) => {
      screen = name;
      findings.push(...(await seriousFindings(page, name, scheme === 'dark')));
    };

    await page.goto('/');
    // A new workshop's empty map first: where React Flow once warned about a hidden attribution.
    await page.getByRole('button', { name: 'New workshop' }).click();
    await page.getByRole('dialog', { name: 'New workshop' }).getByLabel('Title').fill('Fresh workshop');
    await page.getByRole('dialog', { name: 'New workshop' }).getByRole('button', { name: 'Create workshop' }).click();
    await expect(page.getByRole('heading', { name: 'Fresh workshop' })).toBeVisible();
    await page.getByRole('link', { name: 'Ecosystem map', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Auto layout' })).toBeVisible();
    await check('new workshop map');

    await page.getByRole('button', { name: 'All workshops' }).click();
    await page.getByRole('button', { name: 'Open example workshop' }).click();
    await expect(page.getByRole('heading', { name: 'Northwind ecosystem workshop' })).toBeVisible();
    await expect(page.locator('.note').first()).toBeVisible();
    await check('canvas');

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await check('shortcut sheet');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Hide notes' }).click();
    await page.getByRole('button', { name: 'Start voting' }).click();
    await check('canvas, notes hidden, voting');
    await page.getByRole('button', { name: 'End voting' }).click();
    await page.getByRole('button', { name: 'Reveal notes' }).click();

    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByText('Whole canvas')).toBeVisible();
    await check('present');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.getByRole('dialog', { name: 'Export PDF' })).toBeVisible();
    await check('export dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Ecosystem map', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Fit view' })).toBeVisible();
    await check('map');

    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Add partner' })).toBeVisible();
    await check('partners');

    await page.getByRole('link', { name: 'Helix CRM', exact: true }).first().click();
    await expect(page.getByRole('heading', { name: 'Helix CRM' })).toBeVisible();
    await check('partner page');

    await page.getByRole('link', { name: 'Insights', exact: true }).click();
    await expect(page.getByRole('tab').first()).toBeVisible();
    await check('insights');

    await page.getByRole('button', { name: 'All workshops' }).click();
    await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
    await check('home');

    expect(findings).toEqual([]);
  });
}
