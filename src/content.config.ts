// Content collections: each uses the zod schema from src/lib, the single source of truth for its content type.
import { defineCollection } from 'astro:content';
import { markdownGlob } from './loaders/markdown-glob';
import { z } from 'astro/zod';
import { handbookPageSchema } from './lib/handbook/schema';
import { contentDir } from './lib/shared/content-dir';
import path from 'node:path';

// The content directory is a setting (HANDBOOK_CONTENT_DIR); the glob bases follow it. The build runs from the
// project root, so the working directory is the root every other reader resolves against too.
const dir = contentDir(process.cwd());

const handbook = defineCollection({
  loader: markdownGlob({
    pattern: '**/[^_]*.{md,mdx}',
    base: path.join(dir, 'handbook'),
    // Bodies stay out of Astro's data store; the few readers that need one read it (src/data/entry-body.ts).
    retainBody: false,
    // Nor are most rendered bodies: a build renders a .md body without images while generating its page
    // (src/data/page-body.ts).
    renderInPages: true,
    // Keep ids equal to the path (no slugging) so src/lib/handbook and Astro agree on them.
    generateId: ({ entry }) => entry.replace(/\.(md|mdx)$/, ''),
    // `astro dev` starts even when a page's front matter is broken (src/loaders/markdown-glob.ts): the page is stored
    // as an unpublished stand-in until it is fixed.
    devStart: {
      accepts: (data) => handbookPageSchema.safeParse(data).success,
      standIn: (entry) => ({ title: entry, status: 'draft', review_in: '6 months' }),
    },
  }),
  schema: handbookPageSchema,
});

// Radar blips: only here so their Markdown bodies are rendered by Astro. Every fact about a blip comes from the
// src/lib/radar model, which has already validated the front matter (build pre-flight), so the schema here is open.
const radar = defineCollection({
  loader: markdownGlob({
    pattern: '*.{md,mdx}',
    base: path.join(dir, 'radar', 'blips'),
    optional: true,
    retainBody: false,
    generateId: ({ entry }) => entry.replace(/\.(md|mdx)$/, ''),
    devStart: { accepts: () => true, standIn: () => ({}) },
  }),
  schema: z.object({}).passthrough(),
});

export const collections = { handbook, radar };
