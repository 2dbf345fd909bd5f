// Astro integration: after the site is written, adds the files hosts read (_headers, CNAME) and the pagefind index.
import type { AstroConfig, AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import * as pagefind from 'pagefind';
import { headersFile } from '../lib/shared/csp';

export function searchIndex(): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'mygov:search-index',
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
        if (process.env.MYGOV_SKIP_SEARCH_INDEX) return;
        logger.info('indexing the pages for search…');
        const t0 = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
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
