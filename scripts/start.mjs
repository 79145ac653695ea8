#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary can be had; otherwise the same app in the browser.
import { spawn } from 'node:child_process';
import { ensureElectron } from './ensure-electron.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** Extra arguments go to the server (e.g. `npm start -- --port 5180`). */
const extra = process.argv.slice(2);

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const stop = (signal) => child.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = ensureElectron();
if (electron.ok) {
  run(npm, ['run', '--silent', 'dev', '--', ...extra]);
} else {
  console.log(`Partnerscape: Electron is not available here (${electron.reason}), so the same app opens in your browser instead.`);
  run(npm, ['run', '--silent', 'web', '--', '--open', ...extra]);
}
