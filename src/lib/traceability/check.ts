// Cross-reference rules for a traceability map: every page, anchor and feature it names exists; every item has a page.
import { issue, type ContentIssue } from '../shared/errors';
import { lineOf } from '../shared/validate';
import type { Traceability } from './schema';
import type { TraceTargets } from './targets';
import { urlOf } from '../handbook/model';

/** How many anchors an error lists before "…", so a long page does not flood the terminal. */
const ANCHORS_SHOWN = 8;

/**
 * Problems with a validated map (`file`/`text` locate each field's line):
 * - error: an item or group id used twice;
 * - error: `pages[].page` is not a handbook page this build makes (a draft counts only when drafts are shown; a page
 *   whose file exists but is invalid is left to the handbook's own error, listed in `t.routes`);
 * - error: `pages[].anchor` is not a heading (or explicit id) on that page;
 * - error: `features[].path` is not a page of the site (any `#fragment` is not checked: those pages come from templates);
 * - warning: an item lists no handbook page.
 * Messages follow the shape of the handbook link check (what was found, what to do).
 */
export function checkTraceability(map: Traceability, src: { file: string; text: string }, t: TraceTargets): ContentIssue[] {
  const out: ContentIssue[] = [];
  const at = (path: PropertyKey[]) => lineOf(src, path);
  const field = (g: number, i: number, rest = '') => `groups[${g}].items[${i}]${rest}`;
  const seenGroups = new Map<string, number>();
  const seenItems = new Map<string, string>();

  map.groups.forEach((group, g) => {
    const prior = seenGroups.get(group.id);
    if (prior !== undefined)
      out.push(issue(src.file, `groups[${g}].id`, `"${group.id}" is already the id of groups[${prior}]: give each group its own id`, at(['groups', g, 'id'])));
    else seenGroups.set(group.id, g);

    group.items.forEach((item, i) => {
      const base = ['groups', g, 'items', i];
      const first = seenItems.get(item.id);
      if (first !== undefined)
        out.push(issue(src.file, field(g, i, '.id'), `"${item.id}" is already the id of ${first}: give each item its own id`, at([...base, 'id'])));
      else seenItems.set(item.id, field(g, i));

      item.pages.forEach((ref, p) => {
        const page = t.page(ref.page);
        // A page whose file exists but failed validation is already reported with its own line; not again here.
        if (!page && t.routes.has(urlOf(ref.page.replace(/(^|\/)index$/, '')))) return;
        if (!page) {
          out.push(
            issue(src.file, field(g, i, `.pages[${p}].page`), `"${ref.page}" is not a page of this handbook: write its path under the handbook folder without the extension, e.g. "strategy/vision"`, at([...base, 'pages', p, 'page'])),
          );
          return;
        }
        if (ref.anchor !== undefined && !page.anchors.has(ref.anchor)) {
          const known = [...page.headings.keys()];
          const list = known.length === 0 ? 'it has no headings' : `its headings are ${known.slice(0, ANCHORS_SHOWN).map((a) => `#${a}`).join(', ')}${known.length > ANCHORS_SHOWN ? ', …' : ''}`;
          out.push(issue(src.file, field(g, i, `.pages[${p}].anchor`), `"${ref.anchor}" is not a heading on ${page.url}: ${list}`, at([...base, 'pages', p, 'anchor'])));
        }
      });

      item.features.forEach((f, n) => {
        const route = f.path.replace(/[?#].*$/, '');
        if (t.routes.has(route)) return;
        const hint = !route.endsWith('/') && t.routes.has(`${route}/`) ? `: add the trailing slash ("${route}/")` : ': no page has that address';
        out.push(issue(src.file, field(g, i, `.features[${n}].path`), `"${f.path}" is not a page on this site${hint}`, at([...base, 'features', n, 'path'])));
      });

      if (item.pages.length === 0) {
        const where = at([...base, 'pages']);
        out.push(
          issue(src.file, field(g, i, '.pages'), `"${item.id}" has no handbook page: list the pages that cover it, or write one`, {
            ...(where.line ? where : at(base)),
            severity: 'warning',
          }),
        );
      }
    });
  });
  return out;
}
