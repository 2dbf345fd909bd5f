// Content collections: each uses the zod schema from src/lib, the single source of truth for its content type.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { handbookPageSchema } from './lib/handbook/schema';

const handbook = defineCollection({
  loader: glob({
    pattern: '**/[^_]*.{md,mdx}',
    base: './content/handbook',
    // Keep ids equal to the path (no slugging) so src/lib/handbook and Astro agree on them.
    generateId: ({ entry }) => entry.replace(/\.(md|mdx)$/, ''),
  }),
  schema: handbookPageSchema,
});

export const collections = { handbook };
