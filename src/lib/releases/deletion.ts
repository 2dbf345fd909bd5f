// A release's file deleted in a change: what readers and calendar subscribers lose, and what to do instead.
import { issue, showValue, type ContentIssue } from '../shared/errors';
import { SHIPPED_STATUSES } from './enums';

/**
 * The check rule for release files deleted since git `ref`. `deleted` maps project-relative file → its text at
 * the merge base (see `filesGoneSince`). A release's file is named by its component and version
 * (releases/<component>/<version>.json), so a deleted file is a deleted release. Per release whose earlier version parses:
 * - one that shipped (status in SHIPPED_STATUSES) is an error: a released version is history (Keep a Changelog
 *   1.1 keeps yanked releases, marked [YANKED]); its changelog entry, page and calendar event would vanish;
 * - one not shipped is a warning: calendars that imported its event keep it unless the feed says it is cancelled
 *   (RFC 5545 §3.8.1.11 STATUS:CANCELLED with a raised SEQUENCE, §3.8.7.4);
 * - one already cancelled is not reported: calendars have been told, and nothing shipped.
 * Returns issues sorted by file; a file whose earlier text is not a release (broken JSON, no component) is skipped.
 */
export function checkDeletedReleases(deleted: ReadonlyMap<string, string>, ref: string): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const [file, text] of [...deleted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!file.endsWith('.json')) continue;
    let before: { component?: unknown; version?: unknown; status?: unknown };
    try {
      before = JSON.parse(text);
    } catch {
      continue; // It was broken at `ref`: nothing was published from it.
    }
    if (!before || typeof before.component !== 'string' || typeof before.version !== 'string') continue;
    const status = typeof before.status === 'string' ? before.status : undefined;
    if (status === 'cancelled') continue;
    const name = `${before.component} ${before.version}`;
    if (status && (SHIPPED_STATUSES as readonly string[]).includes(status)) {
      out.push(
        issue(
          file,
          'status',
          `deleted since ${ref}, but ${name} shipped (status ${showValue(status)}): a released version stays in the changelog, the release pages and the calendar — ` +
            'restore the file; if the version must not be used, set its status to "yanked"',
        ),
      );
    } else {
      out.push(
        issue(
          file,
          'status',
          `deleted since ${ref}: calendars that imported ${name} keep its event — restore the file and set its status to "cancelled" ` +
            '(raising revision.sequence), so subscribers see it cancelled',
          { severity: 'warning' },
        ),
      );
    }
  }
  return out;
}
