import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test; browser tests (tests/browser) run against a built site.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
