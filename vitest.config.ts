import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    // The hostile-input table (cases, clean, failing per input class) after the usual output.
    reporters: ['default', './tests/unit/hostile/table-reporter.ts'],
  },
});
