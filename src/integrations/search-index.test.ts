import { describe, expect, it } from 'vitest';
import { forcedBuild } from './search-index';

describe('forcedBuild', () => {
  it('reads --force as Astro does: an option before a "--", a name after it', () => {
    expect(forcedBuild(['node', 'astro', 'build', '--force'])).toBe(true);
    expect(forcedBuild(['node', 'astro', 'build'])).toBe(false);
    // `node scripts/build.mjs -- --force` once passed this on: Astro did not start clean, so neither may the index.
    expect(forcedBuild(['node', 'astro', 'build', '--', '--force'])).toBe(false);
    expect(forcedBuild(['node', 'astro', 'build', '--force', '--', 'x'])).toBe(true);
  });
});
