import { describe, expect, it } from 'vitest';
import { generationSummary, isFrameworkNoise, routeLine } from './build-log.mjs';

// Lines as `astro build` printed them through a pipe with build.concurrency 4 (2,000-page benchmark, 1 December 2026).
const LOG = [
  '10:27:05 [build] ✓ Completed in 4.52s.',
  '',
  ' generating static routes ',
  '10:27:09   ├─ /404.html10:27:09   ├─ /api/kpis.json10:27:09   ├─ /api/radar.json10:27:09   ├─ /api/releases.json (+131ms) ',
  '10:27:09   ├─ /checklists/go-no-go/index.html (cached)',
  '10:27:09   ├─ /checklists/retrospective/index.html (restored)10:27:09   ├─ /feed.xml (+11ms) ',
  '10:27:16   └─ /index.html (+22ms) ',
  ' (+15ms) ',
  ' (+18ms) ',
  ' (+8ms) ',
  '10:27:16 ✓ Completed in 8.49s.',
];

describe('routeLine', () => {
  it('counts every route on a line where concurrent routes ran together, and the reused ones among them', () => {
    const total = LOG.map(routeLine).reduce((a, r) => ({ routes: a.routes + r.routes, reused: a.reused + r.reused, restored: a.restored + r.restored }), { routes: 0, reused: 0, restored: 0 });
    expect(total).toEqual({ routes: 8, reused: 2, restored: 1 });
    expect(routeLine(LOG[3])).toEqual({ routes: 4, reused: 0, restored: 0, timeOnly: false });
  });

  it("tells a route's time left on its own line from everything else", () => {
    expect(LOG.filter((l) => routeLine(l).timeOnly)).toEqual([' (+15ms) ', ' (+18ms) ', ' (+8ms) ']);
    for (const l of ['10:27:16 ✓ Completed in 8.49s.', '', ' generating static routes ', '[WARN] a page took (+5ms) to render'])
      expect(routeLine(l)).toEqual({ routes: 0, reused: 0, restored: 0, timeOnly: false });
  });
});

describe('generationSummary', () => {
  it('says how many pages were written and how many were reused, and how', () => {
    expect(generationSummary(236, 0, 0, 2.71)).toBe('236 pages and files written in 2.7 s');
    expect(generationSummary(632, 624, 0, 0.12)).toBe('632 pages and files in 0.1 s: 8 written, 624 unchanged (left as they were)');
    expect(generationSummary(632, 624, 624, 0.4)).toBe('632 pages and files in 0.4 s: 8 written, 624 unchanged, put back from the incremental cache');
    expect(generationSummary(632, 630, 10, 0.3)).toBe(
      '632 pages and files in 0.3 s: 2 written, 620 unchanged (left as they were), 10 unchanged, put back from the incremental cache',
    );
  });
});

describe('isFrameworkNoise', () => {
  it('leaves out the lines an editor can do nothing about, as Astro and Vite print them, and never a warning', () => {
    const noise = [
      '18:37:49 [vite] Re-optimizing dependencies because vite config has changed',
      '18:37:49 [vite] Re-optimizing dependencies because lockfile has changed',
      '18:37:26 [build] 215 page(s) built in 4.71s',
      '18:37:26 [build] Pruned 1 stale file(s) from the incremental cache.',
    ];
    expect(noise.filter(isFrameworkNoise)).toEqual(noise);
    const kept = [
      '18:37:26 [build] 237 pages and files written in 1.3 s',
      '18:37:27 [handbook:search-index] indexed 180 pages for search in 470 ms',
      '18:37:27 [build] Complete!',
      '18:37:26 [WARN] [build] 215 page(s) built in 4.71s',
      '18:37:23 [WARN] [handbook:content-check] content/radar/blips/jenkins.md',
    ];
    expect(kept.filter(isFrameworkNoise)).toEqual([]);
  });
});
