import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.config.ts';

/** The same renderer, served or built as a plain web app (no Electron). */
export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: resolve(import.meta.dirname, 'out/web') },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
