import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, openExample, test, waitForSaved } from './fixtures';

const CRM_FILE = fileURLToPath(new URL('../fixtures/csv/crm-partners.csv', import.meta.url));
const IMPORTED = ['Kraków Resellers', 'Αθήνα Integrations', 'Osaka Labs 株式会社'];

async function openPartners(page: Page) {
  await openExample(page);
  await page.getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByRole('heading', { name: 'Partner portfolio' })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: 'Partners' });
const partnerLink = (page: Page, name: string) => table(page).getByRole('link', { name, exact: true });
const row = (page: Page, name: string) => table(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

async function chooseFile(page: Page, files: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Choose (CSV|another) file$/ }).click();
  await (await chooser).setFiles(files);
}

test('import a CRM export: mapping guesses, per-row errors, valid rows in one undo step, kept after reload', async ({ page }) => {
  await openPartners(page);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import partners from CSV' });
  await expect(dialog).toBeVisible();
  await chooseFile(page, CRM_FILE);

  await expect(dialog.getByText('crm-partners.csv')).toBeVisible();
  await expect(dialog.getByText('6 rows, 8 columns, semicolon separated')).toBeVisible();
  await expect(dialog.getByLabel('Column for Name')).toHaveValue('1');
  await expect(dialog.getByLabel('Column for Type')).toHaveValue('2');
  await expect(dialog.getByLabel('Column for Owner')).toHaveValue('4');
  await expect(dialog.getByRole('table', { name: 'CSV preview' }).getByRole('row')).toHaveCount(7);
  await expect(dialog.getByRole('status')).toHaveText('3 partners are ready to import; 3 rows have problems and will be skipped.');
  const errors = dialog.getByRole('list', { name: 'Row errors' }).getByRole('listitem');
  await expect(errors).toHaveText([
    /^Row 5\s*Name\s*The name is empty\.$/,
    /^Row 6\s*Type\s*Unknown type “Wholesale club”/,
    /^Row 7\s*Tier\s*Unknown tier “Gold”/,
    /^Row 7\s*Strategic alignment\s*“9” is not a whole number from 1 to 5\.$/,
  ]);

  await dialog.getByLabel('Default type').selectOption('Channel');
  await expect(dialog.getByRole('button', { name: 'Import 4 valid partners' })).toBeEnabled();
  await dialog.getByLabel('Default type').selectOption('Report the row');
  await dialog.getByRole('button', { name: 'Import 3 valid partners' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 3 partners. Skipped 3 rows with errors (5, 6, 7).')).toBeVisible();
  for (const name of IMPORTED) await expect(partnerLink(page, name)).toBeVisible();
  await expect(row(page, 'Kraków Resellers')).toContainText('Core');

  await page.keyboard.press('Control+z');
  for (const name of IMPORTED) await expect(partnerLink(page, name)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  for (const name of IMPORTED) await expect(partnerLink(page, name)).toBeVisible();

  await waitForSaved(page);
  await page.reload();
  for (const name of IMPORTED) await expect(partnerLink(page, name)).toBeVisible();
  await expect(row(page, 'Osaka Labs 株式会社')).toContainText('Innovation');
});

test('a broken or oversized CSV is refused with a clear message', async ({ page }) => {
  await openPartners(page);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import partners from CSV' });
  await chooseFile(page, { name: 'cut.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Notes\nAcme,"never closed\n') });
  await expect(dialog.getByRole('alert')).toHaveText('cut.csv: A quoted cell is never closed (in row 2): the file is cut short or not a CSV file.');
  const rows = `Name,Type\n${'Acme,channel\n'.repeat(10_001)}`;
  await chooseFile(page, { name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from(rows) });
  await expect(dialog.getByRole('alert')).toHaveText('huge.csv: The file has more than 10,000 rows; split it into smaller files.');
  await expect(dialog.getByRole('button', { name: 'Import 0 valid partners' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('export the portfolio as CSV for Excel', async ({ page }) => {
  await openPartners(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Northwind ecosystem workshop-partners-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('Name,Type,Tier,Status,Objective,Owner,Tags,Notes,Strategic alignment,Execution capability,Cultural fit,Total score,Noise,Next review,Created,Updated,Partnerscape ID');
  expect(lines).toHaveLength(13);
  expect(lines.find((l) => l.startsWith('Helix CRM,'))).toMatch(/^Helix CRM,Technology,Strategic,Active,Platform differentiation,Maya Okafor,"CRM, Global",/);
});
