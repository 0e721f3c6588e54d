// Unit, DOM and DB suites (fast, no browser). DOM suites opt into happy-dom per file.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // The bench-only code (User Timing marks) is compiled in, so its unit tests run it.
  define: { __BENCH__: 'true' },
});
