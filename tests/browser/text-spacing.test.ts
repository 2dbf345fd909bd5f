// Text spacing (WCAG 1.4.12) on the configured content's dist/: with the criterion's spacing forced on every element,
// no text is cut off or overlaps.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { DIST, urlOfFile, walk } from '../support/dist';
import { sweepTextSpacing } from '../support/reflow';

const base = inject('baseUrl');
const session = useBrowser();

/** One page of each kind: the first built page under each of the first two path segments (e.g. /releases/payments/). */
function onePerTemplate(): string[] {
  const seen = new Map<string, string>();
  for (const p of walk(DIST).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).map((f) => urlOfFile(f))) {
    const key = p.split('/').slice(0, 3).join('/').replace(/\.html$/, '');
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

describe('text spacing (WCAG 1.4.12)', () => {
  it('cuts off or overlaps no text on one page of every kind, at 320 and 1280 CSS px', async () => {
    const ctx = await session.browser.newContext({ bypassCSP: true });
    const paths = onePerTemplate();
    // Whatever the content: at least the home page, the handbook, search, the site map, reviews and the 404 page.
    expect(paths.length).toBeGreaterThanOrEqual(6);
    const findings = await sweepTextSpacing(ctx, base, paths, [320, 1280]);
    await ctx.close();
    expect(findings.map((f) => `${f.width}px ${f.path}${f.scrollWidth ? ` scrollWidth ${f.scrollWidth}` : ''} ${f.clipped.join('; ')}`)).toEqual([]);
  }, 300_000);
});
