import { expect, openExample, test } from './fixtures';

test('a session through every screen and a PDF export makes no network request beyond the app itself', async ({ page, baseURL }) => {
  const outside: string[] = [];
  let own = 0;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${baseURL}/`) || url === baseURL) {
      own++;
      return route.continue();
    }
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('websocket', (socket) => outside.push(socket.url()));

  await openExample(page);
  for (const section of ['Ecosystem map', 'Partners', 'Insights', 'Canvas']) {
    await page.getByRole('link', { name: section, exact: true }).click();
    await page.waitForTimeout(300);
  }
  for (const tab of ['Metrics', 'Enablement']) {
    const control = page.getByRole('tab', { name: tab });
    if (await control.count()) {
      await page.getByRole('link', { name: 'Insights', exact: true }).click();
      await control.click();
      await page.waitForTimeout(300);
    }
  }
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('radio', { name: 'Full workshop report' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await download;
  await page.getByRole('button', { name: 'All workshops' }).click();

  expect(own, 'the app loaded its own assets').toBeGreaterThan(3);
  expect(outside).toEqual([]);
});
