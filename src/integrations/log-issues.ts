// The content check's problems in Astro's log, grouped under their files as `npm run check` prints them.
import type { AstroIntegrationLogger } from 'astro';
import { formatIssue, sortIssues, type ContentIssue } from '../lib/shared/errors';

/**
 * Logs `issues` sorted and grouped by file: the file's name on a line of its own, then each problem indented, at its
 * own level (an error with `logger.error`, a warning with `logger.warn`), and the file's name at the level of its
 * worst problem — so a file with only warnings is never printed as an error. Returns the number of errors.
 */
export function logIssues(issues: readonly ContentIssue[], logger: AstroIntegrationLogger): number {
  const withErrors = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.file));
  let last: string | undefined;
  for (const i of sortIssues([...issues])) {
    if (i.file !== last) {
      (withErrors.has(i.file) ? logger.error : logger.warn).call(logger, i.file);
      last = i.file;
    }
    (i.severity === 'error' ? logger.error : logger.warn).call(logger, '  ' + formatIssue(i));
  }
  return issues.filter((i) => i.severity === 'error').length;
}
