import { expect, openExample, test } from './fixtures';

test('a new workshop is still there after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(dialog.getByText('Give the workshop a title.')).toBeVisible();
  await dialog.getByLabel('Title').fill('Łódź partner summit — Ωmega 会议');
  await dialog.getByLabel('Organisation').fill('Acme Sp. z o.o.');
  await dialog.getByLabel('Market expansion weight').fill('60');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Łódź partner summit — Ωmega 会议' })).toBeVisible();

  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.reload();
  const link = page.getByRole('link', { name: 'Łódź partner summit — Ωmega 会议' });
  await expect(link).toBeVisible();
  await expect(page.getByText('Acme Sp. z o.o.')).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { name: 'Łódź partner summit — Ωmega 会议' })).toBeVisible();
});

test('a deleted workshop comes back with undo, with everything it owned', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'All workshops' }).click();
  await expect(page.getByText('12 partners')).toBeVisible();
  await page.getByRole('button', { name: 'Delete Northwind ecosystem workshop' }).click();
  await expect(page.getByRole('link', { name: 'Northwind ecosystem workshop' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Northwind ecosystem workshop' })).toBeVisible();
  await expect(page.getByText('12 partners')).toBeVisible();
  await page.reload();
  await expect(page.getByText('2 canvases')).toBeVisible();
});

test('the example workshop opens with every section reachable', async ({ page }) => {
  await openExample(page);
  for (const name of ['Canvas', 'Ecosystem map', 'Partners', 'Insights']) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeVisible();
});

test('rename, duplicate and search on the home screen', async ({ page }) => {
  await openExample(page);
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByRole('button', { name: 'Rename Northwind ecosystem workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename workshop' });
  await dialog.getByLabel('Title').fill('Northwind 2027');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('link', { name: 'Northwind 2027' })).toBeVisible();
  await page.getByRole('button', { name: 'Duplicate Northwind 2027' }).click();
  await expect(page.getByRole('link', { name: 'Northwind 2027 (copy)' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search workshops' }).fill('copy');
  await expect(page.getByRole('link')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search workshops' }).fill('zzz');
  await expect(page.getByText('No workshop matches “zzz”.')).toBeVisible();
});
