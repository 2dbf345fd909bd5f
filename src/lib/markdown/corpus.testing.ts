// Test helper: the Markdown the parity tests compare on (the renderer, the parser and SmartyPants are each checked
// against the library they replace on the same inputs).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** The repository's root. */
export const REPO = path.resolve(import.meta.dirname, '../../..');

/**
 * Every `.md` file (and `.mdx` with `mdx: true`) in the repository, outside node_modules, dist/ and dot folders
 * (caches, the helpers' scratch space), as absolute paths in directory order.
 */
export function repositoryMarkdownFiles(opts: { mdx?: boolean } = {}, dir = REPO, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.') || e.name === 'dist') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) repositoryMarkdownFiles(opts, p, out);
    else if (e.name.endsWith('.md') || (opts.mdx && e.name.endsWith('.mdx'))) out.push(p);
  }
  return out;
}

/** A file's text without its front matter (the body a page renders). */
export const withoutFrontMatter = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

/** The 652 examples of the CommonMark 0.31.2 specification, with the spec's → written as the tab it stands for. */
export function commonmarkExamples(): { markdown: string; number: number }[] {
  const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: { markdown: string; number: number }[] };
  return spec.tests.map((t) => ({ markdown: t.markdown.replace(/→/g, '\t'), number: t.number }));
}
