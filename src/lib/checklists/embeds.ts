// Finds <Checklist id="…" /> in MDX source, so a check can name the file and line of an unknown id before rendering.
import { issue, type ContentIssue } from '../shared/errors';
import { unknownChecklistMessage } from './view';

export interface ChecklistEmbed {
  /** The id as written; undefined when the tag has no plain string id. */
  id?: string;
  line: number;
  column: number;
}

const TAG_RE = /<Checklist\b([^>]*)>/g;
const ID_RE = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*"([^"]*)"\s*\}|\{\s*'([^']*)'\s*\})/;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;

/** Every <Checklist> tag outside fenced code blocks, with its 1-based line and column. */
export function findChecklistEmbeds(text: string): ChecklistEmbed[] {
  const out: ChecklistEmbed[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((line, i) => {
    const f = FENCE_RE.exec(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      return;
    }
    if (fence) return;
    for (const m of line.matchAll(TAG_RE)) {
      const id = ID_RE.exec(m[1]);
      const value = id ? (id[1] ?? id[2] ?? id[3] ?? id[4]) : undefined;
      out.push({ ...(value !== undefined ? { id: value } : {}), line: i + 1, column: (m.index ?? 0) + 1 });
    }
  });
  return out;
}

/** Issues for <Checklist> tags in `text` whose id is missing or unknown. */
export function checkChecklistEmbeds(file: string, text: string, known: ReadonlySet<string>): ContentIssue[] {
  return findChecklistEmbeds(text)
    .filter((e) => e.id === undefined || !known.has(e.id))
    .map((e) => issue(file, '<Checklist id>', unknownChecklistMessage(e.id, known), { line: e.line, column: e.column }));
}
