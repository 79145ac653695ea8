import { execFileSync } from 'node:child_process';
import { test, expect, openExample } from './fixtures';

test('exports the workshop report as a PDF download with the notes as text', async ({ page }, testInfo) => {
  await openExample(page);
  await page.getByRole('button', { name: 'Export PDF' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Full workshop report' }).check();
  await expect(dialog.getByRole('textbox', { name: 'File name' })).toHaveValue(/^Northwind ecosystem workshop-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = testInfo.outputPath('report.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Distribution in DACH and Nordic manufacturing');
  expect(text).toContain('Partner scorecard');
  for (const heading of ['Enablement', 'Due and overdue', 'Deal registration', 'Metrics', 'By partner type', 'By tier', 'Response to the partner']) expect(text).toContain(heading);
  await expect(dialog).toBeHidden();
});
