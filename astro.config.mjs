// Astro configuration: static output, the content pre-flight check, sitemap and search index.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import fs from 'node:fs';
import { parse } from 'yaml';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteStyles } from './src/integrations/styles.ts';
import { traceabilityPage } from './src/integrations/traceability.ts';

// The published URL lives in content/site.yaml so editors change it in one place.
const siteUrl = (() => {
  try {
    return parse(fs.readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8')).url;
  } catch {
    return 'http://localhost:4321';
  }
})();

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  // Highlighters emit inline styles, which a strict Content-Security-Policy forbids; plain code blocks read fine.
  markdown: { syntaxHighlight: false },
  integrations: [
    siteStyles(),
    contentCheck(),
    traceabilityPage(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/404') && !page.endsWith('/search/') }),
    searchIndex(),
  ],
  vite: {
    // Scripts stay in external files so a strict Content-Security-Policy needs no inline hashes.
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
