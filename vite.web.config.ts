import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { liveSessionPlugin } from './electron/live/vitePlugin.ts';
import { rendererConfig } from './vite.renderer.config.ts';

/** The same renderer, served or built as a plain web app (no Electron), with the live session server beside it. */
export default defineConfig({
  ...rendererConfig,
  plugins: [...(rendererConfig.plugins ?? []), liveSessionPlugin({ participantDir: resolve(import.meta.dirname, 'out/participant') })],
  build: { ...rendererConfig.build, outDir: resolve(import.meta.dirname, 'out/web') },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
