// A content entry's Markdown body, read from its file when a page needs it. The content collections do not keep
// bodies in Astro's data store (`retainBody: false` in src/content.config.ts): stored, they were a third of the store
// and about 235 MB of a 2,000-page build's peak memory, for two readers that need few of them (a description taken
// from the body when the front matter has none, and the traceability page). The body is split off by the same
// front-matter reader the loader and the content check use, so all three see the same text.
import path from 'node:path';
import { markdownBody } from '../lib/shared/frontmatter';
import { readContent } from '../lib/shared/read';

const root = process.cwd();

/**
 * The body of the entry stored from `filePath` (relative to the project root, as Astro records it; `file` names it
 * in errors): everything after the line that closes the front matter. The empty string when the file has no valid
 * front matter, which the content check has already reported (and stopped the build for). The YAML is not parsed
 * again: Astro's loader has read it.
 */
export function entryBody(filePath: string, file = filePath): string {
  const text = readContent(path.resolve(root, filePath), file);
  return markdownBody(text) ?? '';
}
