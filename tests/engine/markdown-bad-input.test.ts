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
  // An MDX page an editor converted from Markdown: a less-than sign MDX reads as a tag. Astro's MDX compiler would stop
  // the build only once it had started writing (and removed dist/); the check stops it first.
  fs.writeFileSync(
    path.join(REPO, copy, 'handbook/guides/timings.mdx'),
    ['---', 'title: Timings', 'description: How long steps take.', 'owner: Digital team', 'last_reviewed: 2026-10-01', 'review_in: 6 months', '---', '', 'A deploy takes <5 minutes.', ''].join('\n'),
  );
  // Braces that parse but read a name nothing defines: Astro would throw "Beaufort is not defined" mid-build.
  fs.writeFileSync(
    path.join(REPO, copy, 'handbook/guides/scales.mdx'),
    ['---', 'title: Scales', 'description: Wind scales.', 'owner: Digital team', 'last_reviewed: 2026-10-01', 'review_in: 6 months', '---', '', 'Use the {Beaufort} scale.', '', 'Reviewed by {frontmatter.reviewer.name} for {frontmatter.owner}.', ''].join('\n'),
  );
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
  expect(build.output).toContain(
    `${copy}/handbook/guides/timings.mdx:9:16  mdx  the page is not valid MDX: Unexpected character \`5\` (U+0035) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`; ` +
      'in an .mdx page "<" starts a component or HTML tag: write &lt; for a less-than sign',
  );
  expect(build.output).toContain(
    `${copy}/handbook/guides/scales.mdx:9:9  mdx  {Beaufort} reads "Beaufort", which this page does not define, so the page would fail while it is built: ` +
      'in an .mdx page "{" starts a JavaScript expression; write &#123; and &#125; for braces in text',
  );
  // A field the page's front matter does not set: "Cannot read properties of undefined (reading 'name')" mid-build.
  expect(build.output).toContain(
    `${copy}/handbook/guides/scales.mdx:11:13  mdx  {frontmatter.reviewer.name} reads frontmatter.reviewer, which this page's front matter does not set, ` +
      'so it would show nothing or stop the build: use a field the page sets (title, description, owner, last_reviewed, review_in), or remove the expression',
  );
  expect(build.output).not.toContain('frontmatter.owner');
  expect(build.output).toContain('Nothing was built.');
  expect(fs.existsSync(path.join(build.dist, 'index.html'))).toBe(false);
});
