import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (tests/e2e-firefox), apart from the unit tests: it drives a real
// Firefox ESR with the built extension (`npm run build:e2e:firefox` first), one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
