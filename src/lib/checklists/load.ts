// Loads every <content>/checklists/*.md into the checklist model, collecting all problems rather than the first.
import { readdir } from 'node:fs/promises';
import { byCodePoint } from '../shared/sort';
import path from 'node:path';
import { frontMatterSyntaxIssue, indicatorIssue } from '../shared/frontmatter';
import matter from 'gray-matter';
import { issue, type ContentIssue } from '../shared/errors';
import { FRONTMATTER_LINE_OFFSET } from '../shared/source-lines';
import { validate } from '../shared/validate';
import { ITEM_ID_RE, parseChecklistBody, toChecklist, toKebab, type Checklist } from './parse';
import { checklistFrontmatterSchema } from './schema';
import { contentPaths } from '../shared/content-dir';
import { readContent } from '../shared/read';


export interface SourceFile {
  /** Project-relative path with forward slashes, e.g. `content/checklists/go-no-go.md`. */
  path: string;
  text: string;
}

export interface LoadedChecklists {
  /** Valid checklists, sorted by id. Files with errors are left out. */
  checklists: Checklist[];
  issues: ContentIssue[];
}

interface YamlError {
  name: string;
  reason?: string;
  message: string;
  mark?: { line: number; column: number };
}

function isYamlError(e: unknown): e is YamlError {
  return e instanceof Error && e.name === 'YAMLException';
}

/** Code-unit order: the same on every machine, unlike locale collation. */
const cmp = byCodePoint;

/** Parses one checklist file; `checklist` is absent when the file has errors. */
export function loadChecklistFile(file: SourceFile): { checklist?: Checklist; issues: ContentIssue[] } {
  const id = path.posix.basename(file.path, '.md');
  const issues: ContentIssue[] = [];
  if (!ITEM_ID_RE.test(id)) {
    issues.push(
      issue(file.path, '', `file name ${JSON.stringify(id)} is not a valid checklist id: expected kebab-case, e.g. ${toKebab(id) || 'go-no-go'}.md`),
    );
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's global cache, which would otherwise keep every file in memory.
    parsed = matter(file.text, {});
  } catch (e) {
    if (!isYamlError(e)) throw e;
    // gray-matter's YAML starts right after the opening `---`, so its 0-based line is the file's 1-based line.
    const line = e.mark ? e.mark.line + 1 : 1;
    issues.push(frontMatterSyntaxIssue(file.path, file.text, () => issue(file.path, 'front matter', `is not valid YAML: ${e.reason ?? e.message}`, { line })));
    return { issues };
  }
  if (!file.text.startsWith('---')) {
    issues.push(issue(file.path, 'front matter', 'is missing: start the file with a --- block holding title, description, owner, review_by and effective_from', { line: 1 }));
    return { issues };
  }
  // The raw YAML begins with the line break after `---`; drop it so its line 1 is the file's line 2.
  const yamlText = parsed.matter.replace(/^\r?\n/, '');
  const marked = indicatorIssue(file.path, yamlText, FRONTMATTER_LINE_OFFSET);
  if (marked) return { issues: [...issues, marked] };
  const fm = validate(checklistFrontmatterSchema, parsed.data, {
    file: file.path,
    text: yamlText,
    lineOffset: FRONTMATTER_LINE_OFFSET,
  });
  if (!fm.ok) issues.push(...fm.issues);

  const bodyStart = file.text.endsWith(parsed.content) ? file.text.length - parsed.content.length : 0;
  const lineOffset = file.text.slice(0, bodyStart).split('\n').length - 1;
  const title = fm.ok ? fm.value.title : id;
  const body = parseChecklistBody(parsed.content, title, { file: file.path, lineOffset });
  issues.push(...body.issues);

  if (!fm.ok || issues.some((i) => i.severity === 'error')) return { issues };
  return { checklist: toChecklist(id, file.path, fm.value, body.groups), issues };
}

/** In-memory variant: the same rules over given files (used by tests and by anything that already has the text). */
export function loadChecklistsFromFiles(files: SourceFile[]): LoadedChecklists {
  const checklists: Checklist[] = [];
  const issues: ContentIssue[] = [];
  for (const f of [...files].sort((a, b) => cmp(a.path, b.path))) {
    const r = loadChecklistFile(f);
    issues.push(...r.issues);
    if (r.checklist) checklists.push(r.checklist);
  }
  checklists.sort((a, b) => cmp(a.id, b.id));
  return { checklists, issues };
}

/** Reads `<content>/checklists/*.md` in the content directory under `root` (the project directory). */
export async function loadChecklists(root: string = process.cwd()): Promise<LoadedChecklists> {
  const rel = contentPaths(root).checklists;
  const dir = path.join(root, rel);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { checklists: [], issues: [] };
    throw e;
  }
  const files = await Promise.all(
    names
      .filter((n) => n.endsWith('.md'))
      .sort()
      .map(async (n) => ({ path: `${rel}/${n}`, text: readContent(path.join(dir, n), `${rel}/${n}`) })),
  );
  return loadChecklistsFromFiles(files);
}

/** Display order for the index: `order` first (missing last), then title. */
export function byDisplayOrder(a: Checklist, b: Checklist): number {
  return (a.order ?? Infinity) - (b.order ?? Infinity) || cmp(a.title, b.title) || cmp(a.id, b.id);
}
