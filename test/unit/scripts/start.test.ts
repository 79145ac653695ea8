import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('npm start without the Electron binary', () => {
  it('says why in one line, then serves the same app and opens it in the browser', { timeout: 120_000 }, async () => {
    const port = await freePort();
    // Vite runs a BROWSER that is a .js file with the address to open: here one that writes it down.
    const dir = mkdtempSync(join(tmpdir(), 'partnerscape-start-'));
    const opened = join(dir, 'opened.txt');
    const browser = join(dir, 'browser.js');
    writeFileSync(browser, `require('node:fs').writeFileSync(${JSON.stringify(opened)}, process.argv[process.argv.length - 1]);`);
    // As a machine without the binary: Electron's own switch keeps the installer from the network.
    const child = spawn(process.execPath, ['scripts/start.mjs', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
      cwd: root,
      detached: true,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', BROWSER: browser, PARTNERSCAPE_LIVE_HOST: '127.0.0.1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      let page = '';
      for (let attempt = 0; attempt < 90 && !page; attempt++) {
        await sleep(1000);
        if (child.exitCode !== null) break;
        page = await fetch(`http://127.0.0.1:${port}/`)
          .then((response) => (response.ok ? response.text() : ''))
          .catch(() => '');
      }
      expect(output.split('\n')[0]).toMatch(/^Partnerscape: Electron is not available here \(.+\), so the same app opens in your browser instead\.$/);
      expect(page).toContain('<title>Partnerscape</title>');
      expect(page).toContain('<div id="root"></div>');
      // The app's own entry module is served too, compiled for the browser.
      const scripts = [...page.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '').filter((src) => !src.includes('@vite'));
      expect(scripts).toHaveLength(1);
      const entry = await fetch(new URL(scripts[0] ?? '', `http://127.0.0.1:${port}/`)).then((response) => response.text());
      expect(entry).toContain('createRoot');
      for (let attempt = 0; attempt < 20 && !existsSync(opened); attempt++) await sleep(250);
      expect(readFileSync(opened, 'utf8')).toBe(`http://127.0.0.1:${port}/`);
    } finally {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
      await sleep(300);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
