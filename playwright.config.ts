import { defineConfig } from '@playwright/test';

// The e2e suite drives Debian's Chromium with the built extension (`npm run build:e2e`).
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
});
