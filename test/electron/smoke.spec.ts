import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const electronDir = join(root, 'node_modules', 'electron');

/** Found without require('electron'), which would try to download a missing binary. */
function electronBinary(): string | undefined {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const executablePath = electronBinary();
const skipReason = `Electron binary not found in ${join(electronDir, 'dist')}; run \`node node_modules/electron/install.js\` on a connected machine to enable this test.`;
if (!executablePath) console.log(`[electron smoke] skipped: ${skipReason}`);

test.describe('desktop app', () => {
  test.skip(!executablePath, skipReason);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      if (!existsSync(join(root, built))) throw new Error(`${built} is missing; run \`npm run build\` first.`);
    }
    userData = mkdtempSync(join(tmpdir(), 'partnerscape-smoke-'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'ELECTRON_RENDERER_URL'),
    );
    env.PARTNERSCAPE_USER_DATA = userData;
    const runningAsRoot = process.platform === 'linux' && process.getuid?.() === 0;
    app = await _electron.launch({
      executablePath,
      args: [...(runningAsRoot ? ['--no-sandbox'] : []), root],
      cwd: root,
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens the home screen from app://', async () => {
    await expect(page).toHaveTitle(/Partnerscape/);
    expect(page.url()).toMatch(/^app:\/\/partnerscape\//);
    await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
  });

  test('exposes the preload API and no Node', async () => {
    const shape = await page.evaluate(() => ({
      api: Object.keys((window as unknown as Record<string, object>).partnerscape ?? {}).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(shape).toEqual({
      api: ['appInfo', 'onMenuCommand', 'onOpenedFile', 'openFile', 'saveFile'],
      require: 'undefined',
      process: 'undefined',
    });
  });

  test('keeps the window sandboxed and refuses pop-ups', async () => {
    const before = await app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0]!;
      return { title: win.getTitle(), count: BrowserWindow.getAllWindows().length };
    });
    expect(before.title).toMatch(/Partnerscape/);
    await page.evaluate(() => window.open('https://example.com/'));
    await page.waitForTimeout(300);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(before.count);
  });
});
