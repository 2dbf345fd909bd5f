// The headings an MDX page shows from the Markdown files it imports (partials), for its Contents list.
import { analyseMarkdown } from './analyse';
import type { RenderedHeading } from './contents';
import { normalisePath, relativeImports } from '../shared/mdx-imports';
import { fencedLines } from './fences';

/**
 * Where an MDX `body` shows each partial: the 1-based body line of every `<Name …>` or `<Name />` that starts a line
 * (outside fenced code), for each default import of a `.md` or `.mdx` file, with the import's path as written.
 */
export function partialUsages(body: string): { line: number; spec: string }[] {
  // One reading of an MDX page's imports (src/lib/shared/mdx-imports.ts), with their local names.
  const names = new Map(relativeImports(body, { names: true }).flatMap((imp) => (imp.name && /\.mdx?$/.test(imp.spec) ? [[imp.name, imp.spec] as const] : [])));
  if (!names.size) return [];
  const lines = body.split(/\r?\n/);
  const inCode = fencedLines(lines);
  const out: { line: number; spec: string }[] = [];
  lines.forEach((l, i) => {
    if (inCode[i]) return;
    const m = /^\s*<([A-Z][\w$]*)[\s/>]/.exec(l);
    const spec = m && names.get(m[1]);
    if (spec) out.push({ line: i + 1, spec });
  });
  return out;
}

/**
 * The headings of an MDX page (`file`, project-relative, whose body is `body`) as its Contents list should give them:
 * `rendered` (Astro's headings of the page's own text, in page order) with the headings of each partial it shows put
 * where the partial is shown, after the last heading of the page's own above it. Astro collects an MDX page's headings
 * from its own file only, so a partial's "## Contact the platform team" was an anchor of the page but missing from
 * its Contents (an adopter's trial, 3 December 2026). `read` gives a project-relative file's text, or undefined
 * when it cannot be read (that partial is left out; the content check reports the import). The partial's ids are the
 * ones it renders with: each file is given its heading ids alone (the check warns when one repeats the page's).
 * A `.md` page, or a page that shows no partial, gets `rendered` back.
 */
export function headingsWithPartials(
  file: string,
  body: string,
  rendered: readonly RenderedHeading[],
  read: (projectPath: string) => string | undefined,
): RenderedHeading[] {
  if (!file.endsWith('.mdx')) return [...rendered];
  const usages = partialUsages(body);
  if (!usages.length) return [...rendered];
  const own = analyseMarkdown(body, { mdx: true }).headings;
  const dir = file.slice(0, file.lastIndexOf('/'));
  // After which of the page's own headings (by id; undefined: before the first) each partial's headings go.
  const inserts = new Map<string | undefined, RenderedHeading[]>();
  for (const u of usages) {
    const partial = normalisePath(`${dir}/${u.spec}`);
    const text = read(partial);
    if (text === undefined) continue;
    const headings = analyseMarkdown(text, { mdx: partial.endsWith('.mdx') }).headings.map((h) => ({ depth: h.depth, slug: h.id, text: h.text }));
    const after = own.filter((h) => h.line < u.line).at(-1)?.id;
    inserts.set(after, [...(inserts.get(after) ?? []), ...headings]);
  }
  const out: RenderedHeading[] = [...(inserts.get(undefined) ?? [])];
  for (const h of rendered) out.push(h, ...(inserts.get(h.slug) ?? []));
  return out;
}
