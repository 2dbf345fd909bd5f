// Checklists are an optional area of their own: a handbook with pages and a checklist but no releases builds, and the
// checklist's pages say no release has recorded results. Until 1 December 2026 `npm run check` passed such a handbook
// and the build then stopped while writing pages ("components.yaml is missing"), removing dist/ (an adopter's trial).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../../scripts/lib/project';
import { buildContentDir, copyFixture, removeCopy, tempOutDir, type BuildResult } from '../support/fixtures';

let copy: string;
let build: BuildResult;

beforeAll(async () => {
  copy = copyFixture('handbook-only');
  fs.mkdirSync(path.join(REPO, copy, 'checklists'));
  fs.writeFileSync(
    path.join(REPO, copy, 'checklists/go-live.md'),
    [
      '---',
      'title: Go-live readiness',
      'description: What a service must have before it goes live.',
      'owner: Digital team',
      'review_by: 2027-05-31',
      'effective_from: 2026-01-01',
      '---',
      '',
      '## Before go-live',
      '',
      '- [ ] The on-call rota covers the first week {#rota-covers-first-week required}',
      '',
      '  See the [on-call rota](/handbook/guides/on-call/).',
      '',
      '- [ ] The deployment steps were rehearsed {#deploy-rehearsed}',
      '',
    ].join('\n'),
  );
  build = await buildContentDir(copy, tempOutDir('checklists-only'));
}, 300_000);

afterAll(() => {
  if (copy) removeCopy(copy);
});

describe('a handbook with checklists and no releases', () => {
  it('builds, with the checklist page and index, and no release pages', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
    expect(fs.existsSync(path.join(build.dist, 'checklists/index.html'))).toBe(true);
    const page = fs.readFileSync(path.join(build.dist, 'checklists/go-live/index.html'), 'utf8');
    expect(page).toContain('Go-live readiness');
    expect(page).toContain('The on-call rota covers the first week');
    expect(fs.existsSync(path.join(build.dist, 'releases'))).toBe(false);
  });
});
