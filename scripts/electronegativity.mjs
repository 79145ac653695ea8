#!/usr/bin/env node
// Runs Doyensec's Electronegativity offline over the main process, the preload and the built page,
// and fails on any HIGH or MEDIUM finding (the scanner itself always exits 0).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const page = 'out/renderer/index.html';
if (!existsSync(page)) {
  console.error(`${page} is missing: run \`electron-vite build\` first (the CSP is checked in the built page).`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const report = join(work, 'report.csv');
try {
  cpSync('electron', join(work, 'src/electron'), { recursive: true });
  cpSync(page, join(work, 'src/index.html'));
  const run = spawnSync(
    process.execPath,
    ['node_modules/@doyensec/electronegativity/dist/index.js', '-i', join(work, 'src'), '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report, '-r'],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (run.status !== 0 || !existsSync(report)) {
    console.error(run.stdout, run.stderr);
    console.error('Electronegativity did not produce a report.');
    process.exit(2);
  }
  const rows = readFileSync(report, 'utf8').trim().split('\n').slice(1).filter(Boolean);
  const serious = rows.filter((row) => /^[A-Z_]+,"(HIGH|MEDIUM)"/.test(row));
  console.log(`Electronegativity (Electron ${electronVersion}): ${rows.length} findings, ${serious.length} high or medium.`);
  for (const row of rows) {
    const [, check, severity, confidence, file] = /^([A-Z_]+),"(\w+)","(\w+)","([^"]*)"/.exec(row) ?? ['', row, '', '', ''];
    console.log(`  ${serious.includes(row) ? '✗' : '·'} ${check} ${severity} ${confidence} ${file}`);
  }
  process.exit(serious.length ? 1 : 0);
} finally {
  rmSync(work, { recursive: true, force: true });
}
