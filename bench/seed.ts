import type { Page } from '@playwright/test';
import type { WorkshopBundle } from '../src/domain/bundle';
import { backupFileText } from './generate';

/**
 * Puts the workshops into the app's IndexedDB the way a user would: Import workshop, pick a backup
 * file holding them. Returns the time from choosing the file to the app confirming the import.
 */
export async function importThroughApp(page: Page, appUrl: string, bundles: WorkshopBundle[]): Promise<{ ms: number; bytes: number }> {
  const text = backupFileText(bundles);
  await page.goto(`${appUrl}/`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workshop' }).click();
  const started = Date.now();
  await (await chooser).setFiles({ name: 'bench.partnerscape', mimeType: 'application/json', buffer: Buffer.from(text) });
  // One workshop opens right after import; several stay on the home screen. Either way a toast confirms it.
  await page.getByText(/^Imported /).first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  await page.goto(`${appUrl}/?load=${Date.now()}`);
  for (const bundle of bundles) await page.getByRole('link', { name: bundle.workshop.title, exact: true }).waitFor();
  return { ms, bytes: Buffer.byteLength(text) };
}

/** The imported copy's ID (import gives fresh IDs), read from the workshop's link on the home screen. */
export async function workshopIdByTitle(page: Page, title: string): Promise<string> {
  const href = await page.getByRole('link', { name: title, exact: true }).getAttribute('href');
  const id = /#\/w\/([^/]+)/.exec(href ?? '')?.[1];
  if (!id) throw new Error(`no workshop link for "${title}"`);
  return decodeURIComponent(id);
}

/** Opens a section by URL (a full page load, so every run starts from the same state) and waits for the workshop heading. */
export async function openSection(page: Page, appUrl: string, workshopId: string, section: string, title: string): Promise<void> {
  // A new query string makes it a new document even when only the hash would differ.
  await page.goto(`${appUrl}/?load=${Date.now()}#/w/${encodeURIComponent(workshopId)}/${section}`);
  const heading = page.getByRole('heading', { name: title, exact: true });
  if (await heading.waitFor({ timeout: 30_000 }).then(() => true, () => false)) return;
  const shown = (await page.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 300);
  throw new Error(`"${title}" did not open its ${section} section; the page shows: ${shown}`);
}
