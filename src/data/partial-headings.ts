// An MDX handbook page's Contents headings with those of the partials it shows (src/lib/markdown/partial-contents.ts),
// read from the files under the project root (the build's working directory, as src/data/page-body.ts reads pages).
import path from 'node:path';
import { headingsWithPartials } from '../lib/markdown/partial-contents';
import type { RenderedHeading } from '../lib/markdown/contents';
import { parseMarkdown } from '../lib/shared/frontmatter';
import { readContent } from '../lib/shared/read';

/**
 * `rendered` (Astro's headings of the page `file`, project-relative) with the headings of the partials an `.mdx` page
 * shows, where it shows them; `rendered` as it is for a `.md` page, or when the page's file cannot be read or parsed
 * (a build never gets here with such a page: the content check stops it first).
 */
export function pageHeadings(file: string, rendered: readonly RenderedHeading[]): RenderedHeading[] {
  if (!file.endsWith('.mdx')) return [...rendered];
  const read = (rel: string): string | undefined => {
    try {
      return readContent(path.resolve(process.cwd(), rel), rel);
    } catch {
      return undefined;
    }
  };
  const text = read(file);
  const parsed = text === undefined ? undefined : parseMarkdown(file, text);
  if (!parsed?.ok) return [...rendered];
  return headingsWithPartials(file, parsed.value.body, rendered, read);
}
