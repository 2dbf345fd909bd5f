import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built site in dist/ (run `npm run build` first; `npm test` does).
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts', 'tests/support/fixtures-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
