import { describe, expect, it } from 'vitest';
import { astroBuildAsync, REPO } from './project';

describe('astroBuildAsync', () => {
  it('kills a build that prints nothing for the quiet limit, and says where its JavaScript stood and what kept it alive', async () => {
    // Astro prints nothing in its first seconds (starting Node, loading the config), so a limit of half a second catches it
    // there: the same path a real hang takes, without waiting five minutes.
    const started = Date.now();
    const run = await astroBuildAsync(REPO, ['--outDir', '/dev/null/never-written'], { HANDBOOK_CONTENT_DIR: 'tests/fixtures/handbook-only', HANDBOOK_SKIP_SEARCH_INDEX: '1' }, { quietLimitMs: 500 });
    expect(run.status).toBeNull();
    expect(run.hung).toMatch(/^astro build printed nothing for 0\.5 s and was killed\.\nProcess \d+ \(.*astro.* build/);
    expect(run.hung).toContain('JavaScript stack:');
    expect(run.hung).toContain('Active handles keeping it alive:');
    expect(run.hung).toContain('Its last lines of output:');
    // Killed within the 5 s it is given to write its report, not left to finish the build.
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);
});
