import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The bare React Flow page the map is compared with, built beside the app (out/bench-baseline). */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { target: 'chrome130', outDir: resolve(import.meta.dirname, '../../out/bench-baseline'), emptyOutDir: true },
});
