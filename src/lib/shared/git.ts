// "Last updated" dates from git history; silently empty where git or full history is unavailable.
import { execFileSync } from 'node:child_process';
import { londonDate } from './dates';

/**
 * Map of project-relative file → date (Europe/London) of the last commit touching it.
 * A shallow clone would date every file to the clone's tip, which is wrong, so it yields nothing.
 */
export function lastCommitDates(root: string, dir: string): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (shallow === 'true') return out;
    const log = execFileSync('git', ['log', '--format=@%ct', '--name-only', '--', dir], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let current = 0;
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) current = Number(line.slice(1)) * 1000;
      else if (line && !out.has(line)) out.set(line, londonDate(current));
    }
  } catch {
    // Not a git checkout, or git missing: the caller falls back to front matter.
  }
  return out;
}
