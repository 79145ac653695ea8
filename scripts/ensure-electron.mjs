#!/usr/bin/env node
// Run by `npm start` before `electron-vite dev`: makes sure Electron's binary is present.
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

function fail(reason) {
  console.error(`
Partnerscape: Electron's binary could not be downloaded (${reason}).

  Run the same app in your browser instead:   npm run web

  To retry the desktop app later, on a connected machine:
    node node_modules/electron/install.js && npm start
`);
  process.exit(1);
}

const dir = electronDir();
if (!dir) fail('the electron package is not installed; run npm install');
if (electronBinary(dir)) process.exit(0);

console.log('Partnerscape: fetching the Electron binary (one time)…');
const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
  stdio: 'inherit',
  timeout: 10 * 60 * 1000,
});
if (result.status !== 0 || !electronBinary(dir)) {
  fail(result.error ? result.error.message : `install.js exited with ${result.status ?? result.signal}`);
}
