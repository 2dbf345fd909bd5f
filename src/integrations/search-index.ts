// Astro integration: after the site is written, builds the pagefind search index and the _headers file.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import * as pagefind from 'pagefind';
import { headersFile } from '../lib/shared/csp';

export function searchIndex(): AstroIntegration {
  return {
    name: 'mygov:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Hosts that read _headers get the same CSP as the <meta> tag, plus frame-ancestors.
        fs.writeFileSync(path.join(out, '_headers'), headersFile());
        // The benchmark times pagefind as its own phase.
        if (process.env.MYGOV_SKIP_SEARCH_INDEX) return;
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
