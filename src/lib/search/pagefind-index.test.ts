import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INDEX_DIR, searchInputKey, writeSearchIndex } from './pagefind-index';

const REPO = path.resolve(import.meta.dirname, '../../..');

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu words</nav><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

function site(pages: Record<string, string>): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'search-site-'));
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.writeFileSync(path.join(out, file), html);
  }
  return out;
}

/** Every file of the index as relative path → bytes (base64), for comparing two indexes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, f);
    if (fs.statSync(full).isFile()) out[f.split(path.sep).join('/')] = fs.readFileSync(full).toString('base64');
  }
  return out;
}

describe('writeSearchIndex', () => {
  it('counts the pages in the index, not the HTML files it read (a redirect page has no data-pagefind-body)', async () => {
    const redirect = '<!doctype html><html lang="en"><head><title>Moved</title><meta http-equiv="refresh" content="0; url=/a/"></head><body><p><a href="/a/">Moved</a></p></body></html>';
    const out = site({ 'index.html': page('Home', 'Welcome.'), 'a/index.html': page('A', 'Text.'), 'old/index.html': redirect });
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ pages: 2, reused: false });
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ pages: 2, reused: true });
  });

  it('reuses the last index when no page changed, and indexes again, as from clean, when one did', async () => {
    const pages = { 'index.html': page('Home', 'Welcome to the handbook.'), 'guides/deploy/index.html': page('Deploying', 'How to deploy a release.') };
    const out = site(pages);
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
    const first = await writeSearchIndex(out, REPO, cache);
    expect(first).toMatchObject({ pages: 2, reused: false });
    const made = snapshot(path.join(out, INDEX_DIR));
    expect(Object.keys(made).some((f) => f.startsWith('fragment/'))).toBe(true);

    // A rebuild: the site's other files are rewritten, the index folder is gone (the build empties what it did not write).
    fs.rmSync(path.join(out, INDEX_DIR), { recursive: true });
    const again = await writeSearchIndex(out, REPO, cache);
    expect(again).toMatchObject({ pages: 2, reused: true });
    expect(snapshot(path.join(out, INDEX_DIR))).toEqual(made);

    // One page's text changes: indexed again, and the same bytes as a clean index of the edited site.
    fs.writeFileSync(path.join(out, 'guides/deploy/index.html'), page('Deploying', 'How to roll back a release.'));
    const edited = await writeSearchIndex(out, REPO, cache);
    expect(edited).toMatchObject({ pages: 2, reused: false });
    const clean = site({ ...pages, 'guides/deploy/index.html': page('Deploying', 'How to roll back a release.') });
    await writeSearchIndex(clean, REPO, fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-')));
    expect(snapshot(path.join(out, INDEX_DIR))).toEqual(snapshot(path.join(clean, INDEX_DIR)));
    expect(snapshot(path.join(out, INDEX_DIR))).not.toEqual(made);

    // A page added or removed changes the key too.
    fs.writeFileSync(path.join(out, 'extra.html'), page('Extra', 'Another page.'));
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ pages: 3, reused: false });
    fs.rmSync(path.join(out, 'extra.html'));
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ pages: 2, reused: false });
  }, 120_000);

  it('decides by the pages\' bytes, not their times: a page written again unchanged reuses, an edit dated in the past indexes', async () => {
    const out = site({ 'index.html': page('Home', 'Welcome.'), 'a/index.html': page('A', 'Text.') });
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
    await writeSearchIndex(out, REPO, cache);
    const made = snapshot(path.join(out, INDEX_DIR));
    // Written again after the index was kept, same bytes: reused.
    const future = new Date(Date.now() + 60_000);
    fs.writeFileSync(path.join(out, 'a/index.html'), page('A', 'Text.'));
    fs.utimesSync(path.join(out, 'a/index.html'), future, future);
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ pages: 2, reused: true });
    expect(snapshot(path.join(out, INDEX_DIR))).toEqual(made);
    // Changed, with a time from before the index was kept (a file copied with its times): indexed all the same.
    const past = new Date(Date.now() - 86_400_000);
    fs.writeFileSync(path.join(out, 'a/index.html'), page('A', 'Other text.'));
    fs.utimesSync(path.join(out, 'a/index.html'), past, past);
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ pages: 2, reused: false });
    expect(snapshot(path.join(out, INDEX_DIR))).not.toEqual(made);
  }, 120_000);

  it('an edit that keeps the page\'s size is indexed (its time changed), and a page whose size, time and inode are the recorded ones is not read again', async () => {
    const out = site({ 'index.html': page('Home', 'Welcome.'), 'a/index.html': page('A', 'Text.') });
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
    await writeSearchIndex(out, REPO, cache);
    const made = snapshot(path.join(out, INDEX_DIR));
    fs.writeFileSync(path.join(out, 'a/index.html'), page('A', 'Taxt.'));
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ pages: 2, reused: false });
    expect(snapshot(path.join(out, INDEX_DIR))).not.toEqual(made);

    // The pages' times, set back a minute: a record taken now trusts them.
    const earlier = new Date(Date.now() - 60_000);
    for (const f of ['index.html', 'a/index.html']) fs.utimesSync(path.join(out, f), earlier, earlier);
    const { key, files, at } = searchInputKey(out, REPO);
    expect(searchInputKey(out, REPO, files, at).key).toBe(key);
    // A recorded digest is taken on trust while the file's stat matches: the shortcut, shown with a false digest.
    const trusted = { ...files, 'a/index.html': { ...files['a/index.html']!, sha256: 'not the digest' } };
    expect(searchInputKey(out, REPO, trusted, at).key).not.toBe(key);
    // Not when the file was modified less than two seconds before the record was taken (coarse file times).
    expect(searchInputKey(out, REPO, trusted, String(BigInt(earlier.getTime() + 1000) * 1_000_000n)).key).toBe(key);
    // Touched (same bytes, another time): read again, and the key is the bytes' key.
    const later = new Date(Date.now() - 30_000);
    fs.utimesSync(path.join(out, 'a/index.html'), later, later);
    expect(searchInputKey(out, REPO, trusted, at).key).toBe(key);
  }, 120_000);

  it('indexes afresh when asked to, even with nothing changed', async () => {
    const out = site({ 'index.html': page('Home', 'Welcome.') });
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
    await writeSearchIndex(out, REPO, cache);
    expect(await writeSearchIndex(out, REPO, cache, { fresh: true })).toMatchObject({ reused: false });
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ reused: true });
  }, 120_000);

  it('indexes when the kept index is incomplete (no key written)', async () => {
    const out = site({ 'index.html': page('Home', 'Welcome.') });
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
    await writeSearchIndex(out, REPO, cache);
    fs.rmSync(path.join(cache, 'key'));
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ reused: false });
  }, 120_000);

  it('does not reuse a kept index that was altered, even through the built site\'s link to it', async () => {
    const out = site({ 'index.html': page('Home', 'Welcome.'), 'a.html': page('A', 'First page.') });
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
    await writeSearchIndex(out, REPO, cache);
    const made = snapshot(path.join(out, INDEX_DIR));
    // A deploy step that rewrites a file of the built site's index in place (the same inode as the kept copy's).
    fs.writeFileSync(path.join(out, INDEX_DIR, 'pagefind-entry.json'), '{}');
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ reused: false });
    expect(snapshot(path.join(out, INDEX_DIR))).toEqual(made);
    // A kept file removed: the copy is incomplete.
    const fragment = (fs.readdirSync(path.join(cache, INDEX_DIR, 'fragment')) as string[])[0];
    fs.rmSync(path.join(cache, INDEX_DIR, 'fragment', fragment));
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ reused: false });
    expect(snapshot(path.join(out, INDEX_DIR))).toEqual(made);
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ reused: true });
    expect(snapshot(path.join(out, INDEX_DIR))).toEqual(made);
  }, 120_000);

  it('after a one-page edit writes only the index files that changed, and drops the ones no longer made', async () => {
    const pages: Record<string, string> = { 'index.html': page('Home', 'Welcome.') };
    for (let i = 0; i < 20; i++) pages[`p${i}/index.html`] = page(`Page ${i}`, `Text of page number ${i} about releases.`);
    const out = site(pages);
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
    await writeSearchIndex(out, REPO, cache);
    const kept = path.join(cache, INDEX_DIR);
    // Every kept file is dated 2001, so a file written by the next run is the one with a new date.
    const keptFiles = () => (fs.readdirSync(kept, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(kept, f)).isFile());
    const old = new Date('2001-01-01T00:00:00Z');
    for (const f of keptFiles()) fs.utimesSync(path.join(kept, f), old, old);
    const before = new Set(keptFiles());

    fs.writeFileSync(path.join(out, 'p3/index.html'), page('Page 3', 'Rolling back a release.'));
    expect(await writeSearchIndex(out, REPO, cache)).toMatchObject({ reused: false, pages: 21 });
    const after = new Set(keptFiles());
    const rewritten = [...after].filter((f) => fs.statSync(path.join(kept, f)).mtimeMs !== old.getTime());
    // The edited page's fragment is new; the other 20 fragments are the same files as before, not written again.
    const fragments = [...after].filter((f) => f.startsWith('fragment'));
    expect(fragments).toHaveLength(21);
    expect(rewritten.filter((f) => f.startsWith('fragment'))).toHaveLength(1);
    expect(rewritten.length).toBeLessThan(after.size / 2);
    // The old fragment of the edited page is gone from the kept copy.
    expect([...before].filter((f) => f.startsWith('fragment') && !after.has(f))).toHaveLength(1);
    // And the result is the index a clean run makes of the edited site.
    const clean = site({ ...pages, 'p3/index.html': page('Page 3', 'Rolling back a release.') });
    await writeSearchIndex(clean, REPO, fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-')));
    expect(snapshot(path.join(out, INDEX_DIR))).toEqual(snapshot(path.join(clean, INDEX_DIR)));
    expect(snapshot(kept)).toEqual(snapshot(path.join(clean, INDEX_DIR)));
  }, 120_000);

  it('writes the index from memory when the cache cannot be written', async () => {
    const out = site({ 'index.html': page('Home', 'Welcome.') });
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-')), 'file');
    fs.writeFileSync(blocker, 'not a folder');
    const res = await writeSearchIndex(out, REPO, path.join(blocker, 'cache'));
    expect(res).toMatchObject({ reused: false, pages: 1 });
    const clean = site({ 'index.html': page('Home', 'Welcome.') });
    await writeSearchIndex(clean, REPO, fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-')));
    expect(snapshot(path.join(out, INDEX_DIR))).toEqual(snapshot(path.join(clean, INDEX_DIR)));
  }, 120_000);
});
