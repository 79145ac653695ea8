import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/shared/csp.ts';

export { CONTENT_SECURITY_POLICY };

/** The dev server needs inline scripts for React refresh, so the CSP goes into the built page only. */
function cspMetaTag(): Plugin {
  return {
    name: 'partnerscape-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

export const rendererConfig: UserConfig = {
  define: { __APP_VERSION__: JSON.stringify(version) },
  root: resolve(import.meta.dirname, 'src'),
  base: './',
  plugins: [react(), cspMetaTag()],
  build: {
    target: 'chrome130',
    emptyOutDir: true,
    rolldownOptions: { input: resolve(import.meta.dirname, 'src/index.html') },
  },
};
