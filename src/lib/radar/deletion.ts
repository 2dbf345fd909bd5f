// A blip's file deleted in a change: what a published edition loses, and what to do instead.
import { parse as parseYaml } from 'yaml';
import { issue, type ContentIssue } from '../shared/errors';
import { splitFrontMatter } from '../shared/yaml-edit';
import { byCodePoint } from '../shared/sort';
import { blipIdFromFile } from './load';

/**
 * The check rule for blip files deleted since git `ref` (`deleted`: project-relative file → its text at the merge
 * base, as `filesGoneSince` gives it). A blip whose history, as it was, has an entry in an edition now published
 * (`published`: those editions' ids) is an error: a published edition is a frozen record of decisions, and deleting
 * the file rewrote it (its "what changed" page, its count of blips, the blip's page, bookmarked by others) without
 * a word (a new adopter's trial, 3 December 2026), where a shipped release's deletion was already refused. The way to
 * take a blip off the radar is to retire it in a draft edition. A blip only ever in draft editions may go. A file
 * whose earlier front matter does not parse is skipped (nothing was published from it). Sorted by file.
 */
export function checkDeletedBlips(deleted: ReadonlyMap<string, string>, ref: string, published: ReadonlySet<string>): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const [file, text] of [...deleted].sort(([a], [b]) => byCodePoint(a, b))) {
    if (!/\.mdx?$/.test(file)) continue;
    let history: unknown;
    try {
      const parts = splitFrontMatter(text);
      history = parts ? (parseYaml(parts.fm) as { history?: unknown } | null)?.history : undefined;
    } catch {
      continue;
    }
    if (!Array.isArray(history)) continue;
    const editions = [...new Set(history.map((h) => (h as { edition?: unknown } | null)?.edition).filter((e): e is string => typeof e === 'string' && published.has(e)))];
    if (!editions.length) continue;
    const id = blipIdFromFile(file);
    out.push(
      issue(
        file,
        '',
        `deleted since ${ref}, but blip "${id}" is in published edition${editions.length === 1 ? '' : 's'} ${editions.join(', ')}: a published edition stays as it was published — ` +
          `restore the file; to take the blip off the radar, retire it in a draft edition (npm run radar -- retire ${id} --edition <draft> --reason "…")`,
      ),
    );
  }
  return out;
}
