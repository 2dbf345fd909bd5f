// Fills in the front matter a handbook page may leave out — description from its first paragraph, owner and
// last_reviewed from site.yaml `defaults:` — for the check and the pages alike, and says which pages relied on that.
import type { Processor } from 'unified';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Paragraph, Root } from 'mdast';
import { issue, type ContentIssue } from '../shared/errors';
import type { IsoDate } from '../shared/dates';
import { SMARTYPANTS } from '../markdown/pipeline';
import { remarkSmartypantsFast } from '../markdown/smartypants';
import { bodyParser } from '../markdown/parse';
import { eachNode } from '../markdown/walk';
import type { DefaultableField, HandbookFrontmatter, HandbookPageData } from './schema';

/** site.yaml `defaults:` (src/lib/site/schema.ts): values for pages that leave a field out. */
export interface PageDefaults {
  owner?: string;
  last_reviewed?: IsoDate;
}

/**
 * Longest derived description, in characters (ellipsis included). 160 is where search engines commonly cut a
 * snippet and fits a section landing page's list without wrapping into a paragraph of its own.
 */
export const DESCRIPTION_MAX = 160;

// The same parse and typography as the page (its parser, SmartyPants), so the description reads as the page does.
const parser = (mdx: boolean) => bodyParser(mdx).use(remarkSmartypantsFast, SMARTYPANTS) as unknown as Processor<Root, Root, Root>;
const parsers = { md: parser(false), mdx: parser(true) };

/** `text` cut to at most `max` characters at the last word boundary, with "…" when anything was cut. */
export function trimAtWord(text: string, max = DESCRIPTION_MAX): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max); // leaves one character for the ellipsis after the trailing space is dropped
  const cut = room.lastIndexOf(' ');
  // One word longer than the limit: cut inside it rather than returning nothing.
  const head = (cut > 0 ? room.slice(0, cut) : room.slice(0, max - 1)).replace(/[\s,;:–—-]+$/u, '');
  return `${head}…`;
}

/** Whether an MDX paragraph holds an expression or a component, whose text on the page is not its source. */
function showsData(node: Paragraph): boolean {
  let found = false;
  eachNode<Nodes>(node, (n) => {
    if (n.type === 'mdxTextExpression' || (n.type === 'mdxJsxTextElement' && /^[A-Z]/.test(n.name ?? ''))) found = true;
  });
  return found;
}

/**
 * A description from a Markdown/MDX body: the plain text of its first top-level paragraph that has any text
 * (headings, lists, code, tables, raw HTML, MDX components and paragraphs showing data are skipped), whitespace
 * collapsed, then
 * `trimAtWord` to DESCRIPTION_MAX. `undefined` when the body has no such paragraph. Deterministic: the same body
 * always gives the same text.
 */
export function descriptionFromBody(body: string, opts: { mdx?: boolean } = {}): string | undefined {
  const proc = opts.mdx ? parsers.mdx : parsers.md;
  let tree: Root;
  try {
    tree = proc.runSync(proc.parse(body)) as Root;
  } catch {
    // MDX that does not parse is reported by the check with its line; there is no paragraph to take here.
    return undefined;
  }
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    // A paragraph whose words come from data (`Lead: {team.lead}`, `<Kpi name="lead-time" />`) reads as its source
    // here, "Lead: team.lead" (a new adopter's trial, 2 December 2026): the next paragraph is taken instead.
    if (showsData(node)) continue;
    const text = toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
    if (text) return trimAtWord(text);
  }
  return undefined;
}

export interface ResolvedPageData {
  data: HandbookFrontmatter;
  /** Fields not written in the page: `description` came from its first paragraph, the others from site.yaml. */
  defaulted: DefaultableField[];
}

/**
 * The page's front matter with `description`, `owner` and `last_reviewed` filled in: the page's own value, else
 * (description) its first paragraph or (owner, last_reviewed) site.yaml `defaults:`. When a field has neither,
 * returns the issues instead, each saying what to add (`file` names the page in them). The check
 * (src/lib/handbook/load.ts) and the pages (src/data/site.ts) both call this, so they see the same values.
 */
export function resolvePageData(
  raw: HandbookPageData,
  opts: { file: string; body: string; defaults?: PageDefaults },
): { ok: true; value: ResolvedPageData } | { ok: false; issues: ContentIssue[] } {
  const defaulted: DefaultableField[] = [];
  const issues: ContentIssue[] = [];
  let description = raw.description;
  if (description === undefined) {
    description = descriptionFromBody(opts.body, { mdx: opts.file.endsWith('.mdx') });
    if (description !== undefined) defaulted.push('description');
    else
      issues.push(
        issue(
          opts.file,
          'description',
          // In MDX a paragraph that shows data (`{…}`, a component) cannot be the description: said, since a page that
          // starts with one does start with a paragraph (a new adopter's trial, 2 December 2026, was told to add one).
          opts.file.endsWith('.mdx')
            ? 'is required: add `description: …` (text), or start the page with a paragraph of plain text to take it from (a paragraph with `{…}` or a component in it shows data, so it is not used)'
            : 'is required: add `description: …` (text), or start the page with a paragraph to take it from',
          // On the front matter's opening line, as a missing field is (src/lib/shared/validate.ts): a PR annotation needs a line.
          { line: 1 },
        ),
      );
  }
  const fromSite = <K extends 'owner' | 'last_reviewed'>(key: K, example: string): PageDefaults[K] => {
    if (raw[key] !== undefined) return raw[key] as PageDefaults[K];
    const d = opts.defaults?.[key];
    if (d !== undefined) {
      defaulted.push(key);
      return d;
    }
    issues.push(issue(opts.file, key, `is required: add \`${key}: …\` (${example}), or set one for every page in site.yaml under \`defaults:\``, { line: 1 }));
    return undefined;
  };
  const owner = fromSite('owner', 'text');
  const lastReviewed = fromSite('last_reviewed', 'a date, YYYY-MM-DD');
  if (issues.length || description === undefined || owner === undefined || lastReviewed === undefined) return { ok: false, issues };
  return { ok: true, value: { data: { ...raw, description, owner, last_reviewed: lastReviewed }, defaulted } };
}

/** How many files to name in a note before "and N more". */
const NAMED = 10;

/**
 * One-line notes for the check's output, one per defaultable field some page left out, naming the pages:
 * `Front matter: 2 pages take owner from site.yaml defaults: content/handbook/a.md, content/handbook/b.md`.
 * Empty when every page writes all three fields.
 */
export function defaultsNotes(pages: { file: string; defaulted?: readonly DefaultableField[] }[]): string[] {
  const notes: string[] = [];
  // [one page, several pages]
  const what: Record<DefaultableField, [string, string]> = {
    description: ['takes its description from its first paragraph', 'take their description from their first paragraph'],
    owner: ['takes owner from site.yaml defaults', 'take owner from site.yaml defaults'],
    last_reviewed: ['takes last_reviewed from site.yaml defaults', 'take last_reviewed from site.yaml defaults'],
  };
  for (const field of ['description', 'owner', 'last_reviewed'] as const) {
    const files = pages.filter((p) => p.defaulted?.includes(field)).map((p) => p.file);
    if (!files.length) continue;
    const named = files.slice(0, NAMED).join(', ') + (files.length > NAMED ? ` and ${files.length - NAMED} more` : '');
    notes.push(`Front matter: ${files.length} page${files.length === 1 ? '' : 's'} ${what[field][files.length === 1 ? 0 : 1]}: ${named}`);
  }
  return notes;
}
