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

test('a canvas note in Arabic and Hindi is shaped in the PDF, and one in a script no font has is named in the dialog', async ({ page }, testInfo) => {
  await openExample(page);
  await page.getByRole('link', { name: 'Canvas' }).first().click();
  const add = async (text: string) => {
    await page.getByRole('region', { name: 'Value Offer' }).getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill(text);
    await page.keyboard.press('Enter');
  };
  await add('شراكة استراتيجية مع الموزعين');
  await add('हिन्दी में साझेदारी');
  await add('Amharic greeting ሰላም for Addis');
  await page.getByRole('button', { name: 'Export PDF' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('radio', { name: 'Current canvas' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = testInfo.outputPath('canvas.pdf');
  await (await downloading).saveAs(file);
  const warning = dialog.getByRole('status', { name: 'Characters printed as boxes' });
  await expect(warning).toContainText('Note “Amharic greeting ሰላም for Addis”');
  await expect(warning).toContainText('ሰ ላ ም');
  // Compared without line wraps and the direction marks pdftotext adds.
  const squash = (s: string) => s.replace(/[\s\u200e\u200f\u202a-\u202e]+/gu, '');
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(squash(text)).toContain(squash('شراكة استراتيجية مع الموزعين'));
  expect(squash(text)).toContain(squash('हिन्दी में साझेदारी'));
  expect(squash(text)).toContain(squash('Amharic greeting ሰላም for Addis'));
  expect(text).not.toContain('\uFFFD');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
