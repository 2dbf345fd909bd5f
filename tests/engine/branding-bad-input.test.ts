// Bad branding in site.yaml: a logo file that does not exist or is not SVG, and a configured standard page that does
// not exist. Each build stops with a message naming site.yaml, the field, its line and what to do, and writes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../../scripts/lib/project';
import { buildContentDir, copyFixture, removeCopy, tempOutDir } from '../support/fixtures';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

/** A copy of the branded fixture, changed by `edit` (given the copy's absolute path). */
function broken(edit: (abs: string) => void): string {
  const copy = copyFixture('branded');
  copies.push(copy);
  edit(path.join(REPO, copy));
  return copy;
}
/** Replaces `from` with `to` in the copy's site.yaml. */
const editSite = (abs: string, from: string, to: string) => {
  const file = path.join(abs, 'site.yaml');
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`site.yaml has no "${from}"`);
  fs.writeFileSync(file, text.replace(from, to));
};
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectNothingBuilt(contentDir: string, message: string) {
  const out = path.join(tempOutDir('bad-brand'), 'dist');
  const res = await buildContentDir(contentDir, out);
  expect(res.status).not.toBe(0);
  expect(res.output).toMatch(new RegExp(esc(message)));
  expect(fs.existsSync(out), `${out} was written`).toBe(false);
}

const BUILD = 300_000;

describe('a build with bad branding in site.yaml writes nothing', () => {
  it('stops when the logo file does not exist', async () => {
    const c = broken((d) => fs.rmSync(path.join(d, 'brand/logo.svg')));
    await expectNothingBuilt(
      c,
      `${c}/site.yaml:14:3  logo.file  "brand/logo.svg" does not exist: expected an SVG file at ${c}/brand/logo.svg — add the file or correct the path (or leave logo out to show the title alone)`,
    );
  }, BUILD);

  it('stops when the logo is not an SVG file', async () => {
    const c = broken((d) => {
      // A PNG's first bytes, as a drawing tool's export would start.
      fs.writeFileSync(path.join(d, 'brand/logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
      editSite(d, 'file: brand/logo.svg', 'file: brand/logo.png');
    });
    await expectNothingBuilt(
      c,
      `${c}/site.yaml:14:3  logo.file  "brand/logo.png" is not an SVG file (its name ends in ".png", not ".svg"): the logo must be an SVG picture whose root element is <svg xmlns="http://www.w3.org/2000/svg"> — export it from your drawing tool as SVG`,
    );
  }, BUILD);

  it('stops when a standard page the footer would link to does not exist, instead of linking to nothing', async () => {
    const c = broken((d) => fs.rmSync(path.join(d, 'handbook/about/contributing.md')));
    await expectNothingBuilt(
      c,
      `${c}/site.yaml:28:3  pages.contributing  "about/contributing" is not a page: expected the path of a published page under handbook/ without its extension, e.g. "about/accessibility" — add the page or correct the path`,
    );
  }, BUILD);
});
