// Astro configuration: static output, the content pre-flight check, sitemap and search index.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, contentPaths, DEFAULT_CONTENT_DIR } from './src/lib/shared/content-dir.ts';
import { configSiteUrl } from './src/lib/site/load.ts';
import { contentCheck, movedPaths } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentPublic } from './src/integrations/content-public.ts';
import { outputDir } from './src/integrations/output-dir.ts';
import { siteStyles } from './src/integrations/styles.ts';
import { markdownConfig } from './src/lib/markdown/pipeline.ts';
import { handbookProcessor } from './src/lib/markdown/processor.ts';
import { optionalAreas } from './src/integrations/areas.ts';
import { traceabilityPage } from './src/integrations/traceability.ts';
import { imageTwinImports } from './src/integrations/image-twins.ts';

// The project root; the content directory (HANDBOOK_CONTENT_DIR, default content/) is resolved against it.
const root = fileURLToPath(new URL('.', import.meta.url));

// The published URL lives in site.yaml in the content directory so editors change it in one place. A missing or
// broken one is reported by the content check with its file and line; a placeholder only lets Astro's config load.
const siteUrl = configSiteUrl(root);

// Astro's cache (the content store, the incremental build's pages, the output manifest) lives in .cache/, outside
// node_modules so project copies that share one install (tests, the benchmark) never share it, and each content
// directory has its own, so builds of different handbooks (the sample and the test fixtures) never read each other's
// stored entries or pages. (Until 1 December 2026 a second `cacheDir` below overrode this one, and a fixture copy was
// built with pages reused from another copy, their "Edit this page" links naming the other folder.)
const contentRel = path.relative(root, contentDir(root));
const slug = (p) => p.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+/, '');
// A content directory above the engine (`..`, the engine in a folder of the content's repository) is named by its
// own folder: the relative path alone made `.cache/astro-`.
const cacheDir =
  contentRel === DEFAULT_CONTENT_DIR ? './.cache/astro' : `./.cache/astro-${slug(contentRel) || slug(path.basename(contentDir(root))) || 'content'}`;

export default defineConfig({
  site: siteUrl,
  cacheDir,
  trailingSlash: 'always',
  // Four pages at a time: writing a page (and its copy in the incremental cache) waits on the disk, and one page at a
  // time left the build idle for about half of page generation (CPU profile, 2,000 pages). Output is the same bytes:
  // nothing a page shows depends on the order pages finish in (the reproducibility and incremental tests prove it).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  // Astro's unified processor with our remark/rehype steps, parsing .md natively (src/lib/markdown/pipeline.ts, which
  // the content check reads too). Shiki output is turned into classes there (the CSP forbids inline styles).
  // SmartyPants is one of those steps (src/lib/markdown/smartypants.ts), so Astro's own is off.
  markdown: { processor: handbookProcessor(), ...markdownConfig },
  integrations: [
    siteStyles(),
    await contentCheck(root),
    await outputDir(root),
    optionalAreas(),
    traceabilityPage(),
    // Pictures with the same bytes are imported from one of their files, chosen by name, so their published name is
    // the same in every build (src/integrations/image-twins.ts).
    imageTwinImports(root),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/404') && !page.endsWith('/search/') && !movedPaths.has(new URL(page).pathname) }),
    // Before the search index, which reads the finished dist/.
    contentPublic(root),
    searchIndex(),
  ],
  vite: {
    // Scripts stay in external files so a strict Content-Security-Policy needs no inline hashes.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX output carries a "use astro:head-inject" directive that the bundler warns about once per .mdx
        // page; Astro handles it itself and an editor can do nothing about it, so it is left out of the build log.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Incremental builds: a page whose cacheKey (src/data/cache-keys.ts) and code are unchanged is copied from the
  // previous build (in `cacheDir` above) instead of rendered. `npm run build -- --force` (or deleting .cache/) starts
  // clean.
  experimental: { incrementalBuild: true },
});
