// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY as RENDERER_CSP } from '../../../vite.renderer.config';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { CONTENT_SECURITY_POLICY } = await import('../../../electron/main/csp');
const { createAppProtocolHandler, mimeType, registerAppScheme, resolveAppPath, serveAppProtocol } = await import(
  '../../../electron/main/protocol'
);

let root: string;
let outside: string;
beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'ps-protocol-'));
  root = join(outside, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Partnerscape</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(outside, 'secret.txt'), 'secret');
});
afterAll(() => rm(outside, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

describe('app:// scheme', () => {
  it('is registered as standard, secure and fetch-capable', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    serveAppProtocol(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('sends the same CSP as the renderer build', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(RENDERER_CSP);
  });
});

describe('resolveAppPath', () => {
  it('maps app URLs into the root', () => {
    expect(resolveAppPath(root, 'app://partnerscape/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://partnerscape/assets/app.js?x=1')).toBe(join(root, 'assets', 'app.js'));
  });

  it('lets the URL parser collapse dot segments, which cannot climb above the root', () => {
    expect(resolveAppPath(root, 'app://partnerscape/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppPath(root, 'app://partnerscape/../../secret.txt')).toBe(join(root, 'secret.txt'));
  });

  it.each([
    'app://partnerscape/..%2fsecret.txt',
    'app://partnerscape/assets/..%2f..%2fsecret.txt',
    'app://partnerscape/..%5csecret.txt',
    'app://partnerscape/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://partnerscape/index.html%00.js',
    'app://partnerscape/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeUndefined();
  });
});

describe('protocol handler', () => {
  it('serves files with their MIME type and security headers', async () => {
    const response = await get('app://partnerscape/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('refuses path traversal with 403 and never returns the outside file', async () => {
    const response = await get('app://partnerscape/..%2fsecret.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
    expect((await get('app://partnerscape/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('answers 404 for missing assets, index.html for app routes, 405 for writes', async () => {
    expect((await get('app://partnerscape/assets/missing.js')).status).toBe(404);
    const route = await get('app://partnerscape/workshop/42');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get('app://partnerscape/index.html', 'POST')).status).toBe(405);
  });

  it('knows the common MIME types', () => {
    expect(mimeType('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.TTF')).toBe('font/ttf');
    expect(mimeType('a.svg')).toBe('image/svg+xml');
    expect(mimeType('a.bin')).toBe('application/octet-stream');
  });
});
