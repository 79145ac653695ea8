import { test as base, expect, type Page } from '@playwright/test';

/** Every page fails its test on a console error, an uncaught exception or a CSP violation. */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };

export async function openExample(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open example workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Northwind ecosystem workshop' })).toBeVisible();
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^(All changes saved|Saving…|Not saved)$/ })).toHaveText('All changes saved');
}
