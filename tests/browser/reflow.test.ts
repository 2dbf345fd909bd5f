// Reflow (WCAG 1.4.10): every built page of the configured content (dist/) and of every fixture handbook, at 320, 390 and 640 CSS px,
// neither scrolls sideways nor cuts text off.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { DIST, readablePages } from '../support/dist';
import { buildFixture, FIXTURES_DIR, serveDist } from '../support/fixtures';
import { countByWidth, sweepReflow, type ReflowFinding } from '../support/reflow';

const base = inject('baseUrl');
const session = useBrowser();

/** Every page of a built site a reader reads, as a URL path; REFLOW_PATHS=/a/,/b/ narrows the sweep while working on a layout. */
function pagesOf(root: string): string[] {
  const only = process.env.REFLOW_PATHS ? process.env.REFLOW_PATHS.split(',') : undefined;
  return readablePages(root).filter((p) => !only || only.includes(p));
}

const describeFinding = (f: ReflowFinding) => `${f.width}px ${f.path}${f.scrollWidth ? ` scrollWidth ${f.scrollWidth}` : ''} ${f.clipped.join('; ')}`;

describe('reflow of every built page', () => {
  it('the configured content (dist/): no page scrolls sideways or cuts text off at 320, 390 or 640 CSS px', async () => {
    const paths = pagesOf(DIST);
    expect(paths.length).toBeGreaterThan(process.env.REFLOW_PATHS ? 0 : 10);
    const findings = await sweepReflow(session.ctx, base, paths);
    if (process.env.REFLOW_REPORT) console.log(JSON.stringify({ pages: paths.length, counts: countByWidth(findings), findings }, null, 1));
    expect(findings.map(describeFinding)).toEqual([]);
  }, 300_000);

  const fixtures = fs.readdirSync(FIXTURES_DIR).filter((d) => fs.existsSync(path.join(FIXTURES_DIR, d, 'site.yaml'))).sort();
  it.each(fixtures)('fixture %s: no page scrolls sideways or cuts text off at 320, 390 or 640 CSS px', async (name) => {
    const build = await buildFixture(name);
    expect(build.status, build.output).toBe(0);
    const server = await serveDist(build.dist);
    try {
      const findings = await sweepReflow(session.ctx, server.baseUrl, pagesOf(build.dist));
      expect(findings.map(describeFinding)).toEqual([]);
    } finally {
      await server.close();
    }
  }, 600_000);
});
