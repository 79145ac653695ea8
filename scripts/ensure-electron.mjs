// Whether Electron's binary is here, or can be fetched now with Electron's own installer.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

function electronBinary(dir) {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/**
 * { ok: true } when the binary is present or was fetched just now (one time, by electron/install.js);
 * otherwise { ok: false, reason } in a few words. ELECTRON_SKIP_BINARY_DOWNLOAD (Electron's own
 * switch) means: don't try to download.
 */
export function ensureElectron({ log = console.log } = {}) {
  const dir = electronDir();
  if (!dir) return { ok: false, reason: 'the electron package is not installed' };
  if (electronBinary(dir)) return { ok: true };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { ok: false, reason: 'its download is switched off by ELECTRON_SKIP_BINARY_DOWNLOAD' };
  log('Partnerscape: fetching the Electron binary (one time)…');
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'inherit', timeout: 10 * 60 * 1000 });
  if (result.status === 0 && electronBinary(dir)) return { ok: true };
  return { ok: false, reason: result.error ? result.error.message : 'it could not be downloaded' };
}
