import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test; engine tests (tests/engine) build fixture handbooks
// (tests/fixtures/README.md); browser tests (tests/browser, tests/dist) have their own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/engine/**/*.test.ts', 'tests/sample/**/*.test.ts'],
    globalSetup: ['tests/support/fixtures-setup.ts'],
    testTimeout: 20_000,
    // Engine and unit tests build their own fixture handbooks and must not follow an adopter's content setting
    // (README: export HANDBOOK_CONTENT_DIR for every npm command); '' means the default, content/.
    env: { HANDBOOK_CONTENT_DIR: '' },
  },
});
