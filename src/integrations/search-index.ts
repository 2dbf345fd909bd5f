// Astro integration: after the site is written, adds the files hosts read (_headers, CNAME) and the pagefind index.
import type { AstroConfig, AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import { writeSearchIndex } from '../lib/search/pagefind-index';
import { SEARCH_JOB_ENV, searchIndexMessage, searchStartMessage, writeSearchJob } from '../lib/search/search-job';
import { headersFile } from '../lib/shared/csp';

export { SEARCH_EXCLUDED } from '../lib/search/pagefind-index';

/**
 * Whether `astro build` was asked to start clean (`--force`), read from its command line (`argv`: process.argv) as
 * Astro reads it: an option only before a `--`, after which words are names. Astro gives integrations no flag for it.
 */
export function forcedBuild(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--force');
}

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
        // Builds that do not need search (the incremental-build tests) skip the index.
        if (process.env.HANDBOOK_SKIP_SEARCH_INDEX) return;
        const root = config ? fileURLToPath(config.root) : process.cwd();
        // Kept beside Astro's incremental cache, keyed by every page's HTML, so it cannot go stale.
        // `astro build --force` (`npm run build -- --force`) renders every page afresh: the index too.
        const job = { out, root, cacheDir: path.join(root, '.cache', 'search-index'), fresh: forcedBuild(process.argv) };
        // Under `npm run build` the index is made by a process of its own once this one has ended
        // (src/lib/search/search-job.ts says why); run as `astro build`, it is made here.
        const jobFile = process.env[SEARCH_JOB_ENV];
        if (jobFile) return writeSearchJob(jobFile, job);
        logger.info(searchStartMessage(job));
        const res = await writeSearchIndex(job.out, job.root, job.cacheDir, { fresh: job.fresh });
        logger.info(searchIndexMessage(res));
      },
    },
  };
}
