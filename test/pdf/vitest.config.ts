import { defineConfig } from 'vitest/config';

/** Node-side PDF generation checked with poppler (pdftotext, pdffonts, pdfinfo): `npm run test:pdf`. */
export default defineConfig({
  test: { include: ['test/pdf/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 },
});
