import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { PARTICIPANT_CONTENT_SECURITY_POLICY } from './electron/shared/csp.ts';

/** Its own CSP as a <meta> too, so the policy holds even where a proxy drops the server's header. */
function cspMetaTag(): Plugin {
  return {
    name: 'partnerscape-participant-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: PARTICIPANT_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * The participant app of a live session: its own small build (budget < 150 KB gzip of JavaScript), served by
 * the live server to phones on plain http. Targets the phones in the room, not only the facilitator's Chromium.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/participant'),
  base: './',
  plugins: [react(), cspMetaTag()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/participant'),
    emptyOutDir: true,
    target: ['es2020', 'safari14', 'chrome90', 'firefox90'],
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
