// The built site has no broken internal links or anchors, valid HTML, and no script or request to another origin.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DIST, readHtml, resolveUrlPath, walk, type HtmlFacts } from '../support/dist';

let pages: HtmlFacts[] = [];
const idsByFile = new Map<string, Set<string>>();

beforeAll(() => {
  const files = walk(DIST).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`));
  pages = files.map(readHtml);
  for (const p of pages) idsByFile.set(p.file, p.ids);
});

describe('built site integrity', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it('every internal href/src resolves to a file, and every #fragment to an element id', () => {
    const broken: string[] = [];
    for (const p of pages) {
      for (const r of p.refs) {
        const v = r.value.trim();
        if (!v || /^(https?:|mailto:|data:)/i.test(v) || v.startsWith('//')) continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(v)) {
          broken.push(`${p.url}: ${r.attr}="${v}" uses a scheme that is not allowed`);
          continue;
        }
        const abs = new URL(v, `http://site${p.url}`);
        const target = abs.pathname === p.url && v.startsWith('#') ? p.file : resolveUrlPath(abs.pathname);
        if (!target) {
          broken.push(`${p.url}: ${r.attr}="${v}" does not resolve to a file`);
          continue;
        }
        const frag = abs.hash.slice(1);
        if (frag && target.endsWith('.html')) {
          const ids = idsByFile.get(target) ?? readHtml(target).ids;
          if (!ids.has(decodeURIComponent(frag))) broken.push(`${p.url}: ${r.attr}="${v}" has no element with id "${frag}"`);
        }
      }
    }
    expect([...new Set(broken)]).toEqual([]);
  });

  it('loads no script from another origin and has no inline scripts', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const s of p.scripts) {
        if (s.src && /^(https?:)?\/\//.test(s.src)) bad.push(`${p.url}: script from ${s.src}`);
        if (!s.src && s.inline.trim()) bad.push(`${p.url}: inline script`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('is valid HTML (html-validate, recommended rules) on every page', async () => {
    const htmlvalidate = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // HTML5 allows ids that start with a digit; GitHub-style heading slugs ("1-small-releases") do.
        'valid-id': ['error', { relaxed: true }],
        // A search-engine length heuristic, not validity: page titles are the editors' own words.
        'long-title': 'off',
      },
    });
    const errors: string[] = [];
    for (const p of pages) {
      const report = await htmlvalidate.validateString(fs.readFileSync(p.file, 'utf8'), p.file);
      for (const r of report.results) for (const m of r.messages) errors.push(`${p.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors.slice(0, 40)).toEqual([]);
    // Every page of the site in one test: minutes on a loaded two-core machine, never the 60 s default.
  }, 300_000);
});
