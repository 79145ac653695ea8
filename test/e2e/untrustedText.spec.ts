import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { XSS_PAYLOADS, xssWorkshopFile } from '../fixtures/xss';
import { test as plainTest } from '@playwright/test';
import { expect, test } from './fixtures';

test('names, notes and labels holding script payloads render as text on every screen and nothing runs', async ({ page }, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const file = testInfo.outputPath('xss.partnerscape');
  writeFileSync(file, xssWorkshopFile());
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workshop' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { name: `XSS ${XSS_PAYLOADS[0]}` })).toBeVisible();

  const seen = new Set<string>();
  const collect = async () => {
    const text = await page.locator('body').innerText();
    for (const payload of XSS_PAYLOADS) if (text.includes(payload)) seen.add(payload);
  };
  await collect();
  for (const section of ['Ecosystem map', 'Partners', 'Insights']) {
    await page.getByRole('link', { name: section, exact: true }).click();
    await page.waitForTimeout(300);
    await collect();
  }
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('radio', { name: 'Full workshop report' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pdf = testInfo.outputPath('xss.pdf');
  await (await download).saveAs(pdf);
  const pdfText = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  expect(XSS_PAYLOADS.filter((payload) => !pdfText.includes(squash(payload))), 'payloads missing from the PDF text').toEqual([]);

  await page.getByRole('button', { name: 'All workshops' }).click();
  await collect();

  expect([...seen].sort(), 'every payload shows literally somewhere').toEqual([...XSS_PAYLOADS].sort());
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('body img[src="x"], body iframe, body script:not([src]), body svg[onload]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

// The violation is the point here, so this test does not use the fixture that fails on CSP reports.
plainTest('the CSP blocks inline script', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    document.body.append(script);
    const directive = await violation;
    return { directive, inline: (window as unknown as { __inline?: number }).__inline };
  });
  expect(ran.inline).toBeUndefined();
  expect(ran.directive).toMatch(/^script-src/);
});
