// `astro dev` renders a .md page's body from its file (src/data/page-body.ts) and builds the handbook model from the
// pages' files (src/data/dev-handbook.ts) rather than from Astro's content store: every page of the Markdown fixture
// must come out as the build makes it, and a saved edit — body or title — must show on the very next request. A real
// dev server and a real build of one fixture copy; minutes of timeout.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../../scripts/lib/project';
import { startDevServer, type DevServer } from '../support/dev-server';
import { buildContentDir, copyFixture, removeCopy, tempOutDir, type BuildResult } from '../support/fixtures';
import { walk } from '../support/dist';

let copy: string;
let built: BuildResult;
let dev: DevServer;

/**
 * The page's `<main>` element, which holds everything the body renders into (text, contents list, code buttons), with
 * each script's address left out: Vite serves a page's scripts from other URLs in dev than the build's bundles.
 * Whether a script is there (the copy button loads only on pages with code) is still compared.
 */
function main(html: string): string {
  const m = /<main[\s\S]*<\/main>/.exec(html);
  if (!m) throw new Error(`no <main> in:\n${html.slice(0, 500)}`);
  return m[0].replace(/<script\b[^>]*><\/script>/g, '<script></script>');
}

beforeAll(async () => {
  copy = copyFixture('markdown');
  // .mdx pages keep Astro's store in dev as in a build. The copy leaves its MDX page out because a dev server records a
  // content directory's MDX modules in the project's shared .astro/content-modules.mjs, and a later build of another
  // content directory then failed to resolve the deleted copy's page (seen running this file twice).
  fs.rmSync(path.resolve(REPO, copy, 'handbook/constructs/mdx-page.mdx'));
  built = await buildContentDir(copy, tempOutDir('dev-render'));
  dev = await startDevServer(copy);
  await dev.served('/handbook/');
}, 400_000);

afterAll(async () => {
  await dev?.stop();
  if (copy) removeCopy(copy);
  if (built?.dist) fs.rmSync(built.dist, { recursive: true, force: true });
}, 60_000); // waits for the server to exit (SIGKILL after 10 s)

describe('astro dev renders Markdown bodies from their files', () => {
  it('serves every handbook page of the Markdown fixture with the <main> the build writes', async () => {
    expect(built.status, built.output).toBe(0);
    const pages = walk(path.join(built.dist, 'handbook')).filter((f) => f.endsWith('index.html'));
    // The handbook's index, the constructs section and its five .md pages.
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const file of pages) {
      const url = '/' + path.relative(built.dist, path.dirname(file)).split(path.sep).join('/') + '/';
      const served = await dev.get(url);
      expect(served.status, `${url}\n${dev.log()}`).toBe(200);
      expect(main(served.body), url).toBe(main(fs.readFileSync(file, 'utf8')));
    }
  }, 300_000);

  it('shows a saved edit on the next request, without waiting for the content store', async () => {
    const file = path.resolve(REPO, copy, 'handbook/constructs/headings.md');
    fs.appendFileSync(file, '\nA paragraph saved just now: quokka-marker.\n');
    // Astro's store takes its watcher, a 500 ms debounce and a module reload to see the edit; the file is read at once.
    const first = await dev.get('/handbook/constructs/headings/');
    expect(first.body).toContain('quokka-marker');
  }, 120_000);

  it("shows a changed title on the page and in its siblings' navigation on the next request", async () => {
    const file = path.resolve(REPO, copy, 'handbook/constructs/headings.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Headings and anchors', 'title: Headings renamed (wombat)'));
    const page = await dev.get('/handbook/constructs/headings/');
    expect(main(page.body)).toMatch(/<h1[^>]*>Headings renamed \(wombat\)<\/h1>/);
    const sibling = await dev.get('/handbook/constructs/links/');
    expect(sibling.status).toBe(200);
    expect(sibling.body).toContain('Headings renamed (wombat)');
  }, 120_000);

  it('keeps the preview working while a superseded_by names a page not written yet', async () => {
    const file = path.resolve(REPO, copy, 'handbook/constructs/tables-and-code.md');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace(/^---\n/, '---\nstatus: superseded\nsuperseded_by: constructs/not-written-yet\n'));
    try {
      const other = await dev.get('/handbook/constructs/headings/');
      expect(other.status, dev.log()).toBe(200);
    } finally {
      fs.writeFileSync(file, good);
    }
  }, 120_000);

  it('answers 404 for a page deleted a moment ago, not another page', async () => {
    const file = path.resolve(REPO, copy, 'handbook/constructs/bom-crlf.md');
    fs.rmSync(file);
    const gone = await dev.get('/handbook/constructs/bom-crlf/');
    expect(gone.status).toBe(404);
    // The site's 404 page, with its navigation and search, not a line of plain text.
    expect(gone.body).toContain('<h1 class="ds_page-header__title">Page not found</h1>');
  }, 120_000);

  it('keeps serving a page whose front matter is broken mid-edit, with its last good title, and recovers when it is fixed', async () => {
    const file = path.resolve(REPO, copy, 'handbook/constructs/links.md');
    const good = fs.readFileSync(file, 'utf8');
    const before = main((await dev.get('/handbook/constructs/links/')).body);
    // An unclosed quote: the YAML does not parse. The check beside the server names the file and line.
    fs.writeFileSync(file, good.replace(/^title: .*$/m, 'title: "Links half-typed'));
    // While Astro's store re-reads the file a request can get a 503 notice for a moment (never another page): the
    // test waits for the page, as a reload would.
    const broken = await dev.answers('/handbook/constructs/headings/', (st) => st === 200, 60_000);
    expect(broken.status, dev.log()).toBe(200);
    expect(broken.body).toContain(/^title: (.*)$/m.exec(good)![1]);
    // The page itself keeps its last good body too (from the store), not a half-edited or blank one.
    fs.writeFileSync(file, good.replace(/^---\n([\s\S]*?)\n---\n/, '---\n$1\n') + '\nHalf-typed text (bilby).\n');
    const unclosed = await dev.answers('/handbook/constructs/links/', (st) => st === 200, 60_000);
    expect(unclosed.status, dev.log()).toBe(200);
    expect(main(unclosed.body)).toBe(before);
    fs.writeFileSync(file, good.replace(/^title: .*$/m, 'title: Links fixed (numbat)'));
    expect((await dev.get('/handbook/constructs/headings/')).body).toContain('Links fixed (numbat)');
  }, 120_000);
});
