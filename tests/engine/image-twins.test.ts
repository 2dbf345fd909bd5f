// Pictures with the same bytes under different names, shown by pages in different folders: published under one
// name, the same in every build. A new adopter's trial (2 December 2026) found the name following whichever page
// loaded first, so two builds of the same content differed in every page that showed the picture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildContentDir, copyFixture, removeCopy, tempOutDir, type BuildResult } from '../support/fixtures';
import { REPO } from '../../scripts/lib/project';
import { twinTargets } from '../../src/integrations/image-twins';
import { CONTENT_DIR_ENV } from '../../src/lib/shared/content-dir';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n';
let copy: string;
let build: BuildResult;

beforeAll(async () => {
  copy = copyFixture('handbook-only');
  const at = (rel: string) => path.join(REPO, copy, rel);
  // The page that loads first (guides/) shows zzz-logo.svg; a later one shows the same bytes as aaa-logo.svg, and a
  // third copy sits unshown in another folder.
  fs.writeFileSync(at('handbook/guides/zzz-logo.svg'), SVG);
  fs.mkdirSync(at('handbook/zed'));
  fs.writeFileSync(at('handbook/zed/aaa-logo.svg'), SVG);
  fs.writeFileSync(at('handbook/zed/index.md'), '---\ntitle: Zed\ndescription: Zed section.\nowner: Ops\nlast_reviewed: 2026-10-01\nreview_in: 1 year\n---\n\n![Logo](aaa-logo.svg)\n');
  fs.appendFileSync(at('handbook/guides/on-call.md'), '\n![Logo](zzz-logo.svg)\n');
  fs.appendFileSync(at('handbook/guides/deploying.md'), '\n![Logo](zzz-logo.svg)\n');
  build = await buildContentDir(copy, path.join(tempOutDir('twins'), 'dist'));
}, 300_000);

afterAll(() => copy && removeCopy(copy));

describe('byte-identical pictures', () => {
  it('are imported from the twin whose file name comes first', () => {
    const before = process.env[CONTENT_DIR_ENV];
    process.env[CONTENT_DIR_ENV] = copy;
    try {
      expect([...twinTargets(REPO)].map(([from, to]) => [path.relative(REPO, from), path.relative(REPO, to)])).toEqual([[`${copy}/handbook/guides/zzz-logo.svg`, `${copy}/handbook/zed/aaa-logo.svg`]]);
    } finally {
      if (before === undefined) delete process.env[CONTENT_DIR_ENV];
      else process.env[CONTENT_DIR_ENV] = before;
    }
  });

  it('are published once, under that name, on every page that shows them', () => {
    expect(build.status, build.output).toBe(0);
    const assets = fs.readdirSync(path.join(build.dist, '_astro')).filter((f) => f.endsWith('.svg'));
    expect(assets.filter((f) => f.includes('logo')).every((f) => f.startsWith('aaa-logo.')), assets.join(', ')).toBe(true);
    for (const page of ['handbook/guides/on-call', 'handbook/guides/deploying', 'handbook/zed']) {
      const html = fs.readFileSync(path.join(build.dist, page, 'index.html'), 'utf8');
      expect(html, page).toMatch(/src="\/_astro\/aaa-logo\.[^"]+\.svg"/);
      expect(html, page).not.toContain('zzz-logo');
    }
  });
});
