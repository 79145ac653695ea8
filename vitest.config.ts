import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    // A limit, not a measure: on a busy 2-core machine a PDF or 100,000-note case can take more than vitest's 5 s.
    testTimeout: 20_000,
  },
});
