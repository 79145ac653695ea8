import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
let outDir: string;

/** The participant app built by its own config, as `npm run build:participant` does. */
beforeAll(async () => {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  outDir = mkdtempSync(join(root, 'node_modules/.cache/participant-build-'));
  // Vitest sets NODE_ENV=test, which would give React's development build; the real build is production.
  await build({ configFile: resolve(root, 'vite.participant.config.ts'), mode: 'production', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const assets = () => readdirSync(join(outDir, 'assets')).map((name) => ({ name, text: readFileSync(join(outDir, 'assets', name), 'utf8') }));

describe('the participant app build', () => {
  it('stays under 150 KB of gzipped JavaScript', () => {
    const gzipped = assets()
      .filter((a) => a.name.endsWith('.js'))
      .reduce((sum, a) => sum + gzipSync(a.text).length, 0);
    expect(gzipped).toBeGreaterThan(0);
    expect(gzipped).toBeLessThan(150 * 1024);
  });

  it('fetches nothing from anywhere else: its own files, no web fonts, a CSP of its own', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const css of assets().filter((a) => a.name.endsWith('.css'))) {
      expect(css.text).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
      expect(css.text).not.toContain('@font-face');
    }
  });

  // lib0 reads crypto.subtle once (undefined on plain http) and never calls it; calls are what would break.
  it('calls no API missing outside a secure context', () => {
    const used = assets()
      .filter((a) => a.name.endsWith('.js'))
      .flatMap((a) => a.text.match(/randomUUID\(|crypto\.subtle\.\w|serviceWorker\.\w|navigator\.clipboard\.\w|navigator\.locks\.\w/g) ?? []);
    expect(used).toEqual([]);
  });
});
