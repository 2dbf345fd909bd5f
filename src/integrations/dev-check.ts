// The content check as `astro dev` runs it: in a child process, so a check of a large handbook never holds up the
// page the editor just saved (run in the server's own thread, a 2,000-page check blocked every response for seconds).
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { summaryLine, type ContentIssue, type IssueReport } from '../lib/shared/errors';
import { logIssues } from './log-issues';
import { tsNodeArgs } from '../lib/shared/ts-child.mjs';

/**
 * Runs `scripts/check.ts --drafts --format json` (the same check and cache as `npm run check`) for the project at
 * `root` in a child process and logs its report as the build does (./log-issues.ts): each problem at its own level,
 * grouped by file, the notes (reviews due …) as info and one summary line. Output that is not a report (the check
 * could not run) is logged as errors as it is. Calls while a check runs are folded into one more run after it, so a
 * burst of saves costs at most two checks. Returns a function that starts a check.
 */
export function backgroundChecker(root: string, logger: AstroIntegrationLogger): () => void {
  const script = path.join(root, 'scripts/check.ts');
  let running: ChildProcess | undefined;
  let again = false;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    let out = '';
    let errText = '';
    const t0 = performance.now();
    const child = spawn(process.execPath, tsNodeArgs(root, script, ['--root', root, '--drafts', '--format', 'json']), {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running = child;
    // Below the server's priority: on a small machine a 2,000-page check must not take the CPU the page render needs.
    if (child.pid) {
      try {
        os.setPriority(child.pid, 15);
      } catch {
        /* not permitted here: the check still runs, at normal priority */
      }
    }
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (errText += d));
    child.on('error', (err) => logger.error(`the content check could not start: ${err.message}`));
    child.on('close', () => {
      running = undefined;
      report(out, errText, Math.round(performance.now() - t0), logger);
      if (again) {
        again = false;
        start();
      }
    });
  };
  return start;
}

/** The JSON report `scripts/check.ts --format json` prints: an {@link IssueReport} and the check's notes. */
type CheckReport = IssueReport & { notes: string[] };

function report(stdout: string, stderr: string, ms: number, logger: AstroIntegrationLogger): void {
  let parsed: CheckReport | undefined;
  try {
    parsed = JSON.parse(stdout) as CheckReport;
  } catch {
    // Not a report: the check itself failed (a syntax error in the project's code, a missing module). Show why.
  }
  if (!parsed?.issues) {
    for (const l of (stdout + '\n' + stderr).split('\n').filter((x) => x.trim())) logger.error(l);
    logger.error('the content check could not run: the lines above say why');
    return;
  }
  const issues: ContentIssue[] = parsed.issues.map((i) => ({ ...i, line: i.line ?? undefined, column: i.column ?? undefined }));
  const errors = logIssues(issues, logger);
  for (const n of parsed.notes) logger.info(n);
  const summary = `${summaryLine(issues)} (checked in ${ms} ms)`;
  if (errors > 0) logger.error(summary);
  else logger.info(`content check: ${summary}`);
}
