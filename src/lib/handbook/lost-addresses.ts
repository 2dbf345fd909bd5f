// Addresses a change takes off the site: a handbook page published at the base of a pull request whose file is gone
// (deleted, moved or renamed) and whose address no page has or keeps. Partner bodies bookmark and link to handbook
// pages (issue 14), so such a change should keep the address with `redirect_from` on the page's new file.
import { issue, type ContentIssue } from '../shared/errors';
import { parseMarkdown } from '../shared/frontmatter';
import { landingNodes, pageUrlOf, type Handbook } from './model';
import { redirectsOf } from './redirects';

/**
 * Warnings for handbook page files gone since git `ref`. `gone` maps project-relative file → its text at the merge
 * base (see `filesGoneSince`); `handbookDir` is the handbook folder, project-relative (e.g. `content/handbook`);
 * `hb` is the handbook as it is now. A gone file is reported when, at the base, it was a page (`.md`/`.mdx`, not a
 * `_partial`) whose front matter parsed with a published status, and its address is now neither a page, a
 * generated folder landing page, nor an old address some page keeps with `redirect_from`. One warning per file, on
 * its old path, field `redirect_from`. A page whose front matter did not parse at the base was not published, so it
 * is not reported.
 */
export function lostAddresses(gone: ReadonlyMap<string, string>, handbookDir: string, hb: Handbook, ref: string): ContentIssue[] {
  const kept = new Set<string>([...hb.pages.map((p) => p.url), ...landingNodes(hb).map((n) => n.url), ...redirectsOf(hb).map((r) => r.from)]);
  const out: ContentIssue[] = [];
  for (const [file, text] of [...gone].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!file.startsWith(`${handbookDir}/`) || !/\.mdx?$/.test(file) || /(^|\/)[_.][^/]*$/.test(file)) continue;
    const parsed = parseMarkdown(file, text);
    if (!parsed.ok) continue;
    const status = String(parsed.value.data.status ?? 'published');
    if (status === 'draft' || status === 'retired') continue;
    const url = pageUrlOf(file.slice(handbookDir.length + 1).replace(/\.mdx?$/, ''));
    if (kept.has(url)) continue;
    out.push(
      issue(
        file,
        'redirect_from',
        `this page was published at ${url} in ${ref}, and no page has or keeps that address now, so links and bookmarks to it will break: ` +
          `if the page moved, add \`redirect_from: ${url}\` to the front matter of its new file`,
        { severity: 'warning' },
      ),
    );
  }
  return out;
}
