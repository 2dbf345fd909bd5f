// Landmarks: everything a page shows is inside one (banner, navigation, main, contentinfo), so a screen reader user
// who moves from landmark to landmark reaches all of it. axe's "region" rule is a best practice, outside the WCAG
// tags the other sweeps run, and it found the "Report a problem with this page" and "Back to top" links of every
// page outside all landmarks (3 December 2026). Served from the fixture with every area (tests/fixtures/every-area).
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { readablePages } from '../support/dist';
import { useServedFixture } from '../support/fixtures';

const site = useServedFixture('every-area');
const session = useBrowser();

describe('landmarks', () => {
  it('every page of a handbook with every area has all its content inside landmarks (axe "region")', async () => {
    const paths = readablePages(site.dist);
    expect(paths.length).toBeGreaterThan(10);
    const page = await session.ctx.newPage();
    const found: string[] = [];
    for (const p of paths) {
      await page.goto(site.baseUrl + p, { waitUntil: 'load' });
      const res = await new AxeBuilder({ page }).withRules(['region']).analyze();
      for (const v of res.violations) found.push(`${p}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    await page.close();
    expect(found).toEqual([]);
  }, 600_000);
});
