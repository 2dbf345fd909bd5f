// Markdown that would ship broken or hidden (issue 16) stops a real build with the file and line, and nothing is written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildContentDir, copyFixture, removeCopy, tempOutDir, type BuildResult } from '../support/fixtures';
import { REPO } from '../../scripts/lib/project';

let copy: string;
let build: BuildResult;

beforeAll(async () => {
  copy = copyFixture('handbook-only');
  const page = path.join(REPO, copy, 'handbook/guides/photos.md');
  fs.writeFileSync(
    page,
    [
      '---',
      'title: Photos',
      'description: Pictures of the team.',
      'owner: Digital team',
      'last_reviewed: 2026-10-01',
      'review_in: 6 months',
      '---',
      '![The team](team)',
      '',
      '![The office][office]',
      '',
      '[office]: ./office.png',
      '',
      '<iframe src="https://example.org/embed"></iframe>',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(REPO, copy, 'handbook/guides/team'), 'not an image file name');
  build = await buildContentDir(copy, tempOutDir('markdown-bad-input'));
}, 300_000);

afterAll(() => {
  if (copy) removeCopy(copy);
});

it('stops the build at the check, naming each problem by file and line, and writes nothing', () => {
  const file = `${copy}/handbook/guides/photos.md`;
  expect(build.status).not.toBe(0);
  expect(build.output).toContain(
    `${file}:8:1  image  "team": a local image needs one of the image file extensions jpeg, jpg, png, apng, tiff, webp, gif, svg, avif; rename the file and the path`,
  );
  expect(build.output).toContain(`${file}:12:1  image  "./office.png": file not found: expected ${copy}/handbook/guides/office.png (the path is relative to the page's file)`);
  expect(build.output).toContain(
    `${file}:14:1  html  raw HTML <iframe>: GitHub's tag filter disallows it (it can hide or take over the rest of the page), so the page would show it as text; remove it, or write it in \`code\``,
  );
  expect(build.output).toContain('Nothing was built.');
  expect(fs.existsSync(path.join(build.dist, 'index.html'))).toBe(false);
});
