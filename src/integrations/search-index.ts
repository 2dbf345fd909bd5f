// Astro integration: after the site is written, adds the files hosts read (_headers, CNAME) and the pagefind index.
import type { AstroConfig, AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import * as pagefind from 'pagefind';
import { headersFile } from '../lib/shared/csp';

/**
 * Page furniture kept out of the index, so excerpts are prose and words in navigation do not rank a page: navigation
 * (breadcrumbs, side and contents navigation, previous/next), page metadata lists, table column headers (whose words
 * ran together into excerpts like "Planned forReleaseStatusCode freeze") and pictures' text (axis ticks, blip
 * numbers). Selectors rather than per-template attributes, so a new template cannot forget them; content that is
 * furniture on one page only carries `data-pagefind-ignore` itself.
 */
export const SEARCH_EXCLUDED = ['nav', '.ds_metadata', 'thead', 'svg', '.mh_back-to-top', '.mh_page-feedback'];

export function searchIndex(): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'handbook:search-index',
    hooks: {
      'astro:config:done': ({ config: c }) => {
        config = c;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Hosts that read _headers get the same CSP as the <meta> tag, plus frame-ancestors.
        fs.writeFileSync(path.join(out, '_headers'), headersFile());
        // GitHub Pages serves the site at its own domain (site.yaml's url) when dist/ carries a CNAME file;
        // every link is root-relative, so the site must be served from a domain root.
        const host = config ? new URL(config.site ?? 'http://localhost').hostname : 'localhost';
        if (host !== 'localhost' && !host.endsWith('.github.io')) fs.writeFileSync(path.join(out, 'CNAME'), host + '\n');
        // The benchmark times pagefind as its own phase.
        if (process.env.HANDBOOK_SKIP_SEARCH_INDEX) return;
        logger.info('indexing the pages for search…');
        const t0 = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: SEARCH_EXCLUDED });
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages for search in ${Math.round(performance.now() - t0)} ms`);
      },
    },
  };
}
