// What a traceability map may point at: the handbook pages the build makes (with their headings) and the site's routes.
import { analyseMarkdown } from '../markdown/analyse';
import type { Handbook, PageSource } from '../handbook/model';

export interface TracePage {
  /** Handbook page id, e.g. `strategy/vision` or `strategy/index`. */
  id: string;
  url: string;
  title: string;
  /** Heading text by anchor (the ids the renderer gives headings: src/lib/markdown/headings.ts). */
  headings: ReadonlyMap<string, string>;
  /** Every anchor on the page: heading ids and explicit ids in raw HTML, as the link check accepts them. */
  anchors: ReadonlySet<string>;
}

export interface TraceTargets {
  /** The built handbook page for `page` (a path under the handbook folder), or undefined. */
  page(page: string): TracePage | undefined;
  /** Every path the site builds, e.g. `/kpis/`, `/radar/` (with trailing slash for pages). */
  routes: ReadonlySet<string>;
}

/**
 * Targets from the handbook model and its sources (whose Markdown bodies give the headings). `page` accepts a page
 * id (`strategy/vision`) or a section (`strategy`, meaning `strategy/index`). Headings are worked out only for pages
 * a map names, once each, so a large handbook pays for the pages it uses.
 */
export function traceTargets(hb: Pick<Handbook, 'byId'>, sources: readonly (Pick<PageSource, 'id' | 'body' | 'bodyLine'> & { file?: string })[], routes: Iterable<string>): TraceTargets {
  const bodies = new Map(sources.map((s) => [s.id, s]));
  const memo = new Map<string, TracePage>();
  return {
    routes: new Set(routes),
    page(page) {
      const id = hb.byId.has(page) ? page : hb.byId.has(`${page}/index`) ? `${page}/index` : undefined;
      const p = id === undefined ? undefined : hb.byId.get(id);
      if (!p || id === undefined) return undefined;
      let out = memo.get(id);
      if (!out) {
        const s = bodies.get(id);
        const a = s?.body === undefined ? undefined : analyseMarkdown(s.body, { bodyLine: s.bodyLine, mdx: s.file?.endsWith('.mdx') });
        out = { id, url: p.url, title: p.title, headings: new Map(a?.headings.map((h) => [h.id, h.text]) ?? []), anchors: a?.anchors ?? new Set() };
        memo.set(id, out);
      }
      return out;
    },
  };
}
