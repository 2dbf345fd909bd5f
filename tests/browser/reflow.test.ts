// Reflow (WCAG 1.4.10): every built page of the sample, at 320, 390 and 640 CSS px, neither scrolls sideways nor cuts text off.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { DIST, urlOfFile, walk } from '../support/dist';
import { countByWidth, sweepReflow } from '../support/reflow';

const base = inject('baseUrl');
const session = useBrowser();

describe('reflow of every built page of the sample', () => {
  it('no page scrolls sideways or cuts text off at 320, 390 or 640 CSS px', async () => {
    // REFLOW_PATHS=/a/,/b/ narrows the sweep while working on a layout.
    const only = process.env.REFLOW_PATHS ? process.env.REFLOW_PATHS.split(',') : undefined;
    const paths = walk(DIST).filter((f) => f.endsWith('.html')).map(urlOfFile).filter((p) => !only || only.includes(p));
    expect(paths.length).toBeGreaterThan(only ? 0 : 10);
    const findings = await sweepReflow(session.ctx, base, paths);
    if (process.env.REFLOW_REPORT) console.log(JSON.stringify({ pages: paths.length, counts: countByWidth(findings), findings }, null, 1));
    expect(findings.map((f) => `${f.width}px ${f.path}${f.scrollWidth ? ` scrollWidth ${f.scrollWidth}` : ''} ${f.clipped.join('; ')}`)).toEqual([]);
  }, 300_000);
});
