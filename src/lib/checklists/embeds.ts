// Finds <Checklist id="…" /> in MDX source, so a check can name the file and line of an unknown id before rendering.
import { issue, type ContentIssue } from '../shared/errors';
import { findMdxTags } from '../shared/mdx-tags';
import { unknownChecklistMessage } from './view';

export interface ChecklistEmbed {
  /** The id as written; undefined when the tag has no plain string id. */
  id?: string;
  line: number;
  column: number;
}

/** Every <Checklist> tag outside fenced code blocks, with its 1-based line and column. */
export function findChecklistEmbeds(text: string): ChecklistEmbed[] {
  return findMdxTags(text)
    .filter((t) => t.name === 'Checklist')
    .map((t) => ({ ...(t.props.id !== undefined ? { id: t.props.id } : {}), line: t.line, column: t.column }));
}

/** Issues for <Checklist> tags in `text` whose id is missing or unknown. */
export function checkChecklistEmbeds(file: string, text: string, known: ReadonlySet<string>): ContentIssue[] {
  return findChecklistEmbeds(text)
    .filter((e) => e.id === undefined || !known.has(e.id))
    .map((e) => issue(file, '<Checklist id>', unknownChecklistMessage(e.id, known), { line: e.line, column: e.column }));
}
