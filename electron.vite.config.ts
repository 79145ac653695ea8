import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config.ts';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The packaged app ships no node_modules: the live server's dependencies are bundled into live.js.
      externalizeDeps: { exclude: ['@hocuspocus/server', 'ws', 'yjs', 'y-protocols', 'lib0'] },
      // live.js: the live session server, run by main in a utilityProcess (plain Node, no Electron import).
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts'), live: resolve(import.meta.dirname, 'electron/live/process.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS.
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, outDir: resolve(import.meta.dirname, 'out/renderer') },
  },
});
