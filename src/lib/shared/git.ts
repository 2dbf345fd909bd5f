// "Last updated" dates from git history; silently empty where git or full history is unavailable.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { londonDate } from './dates';

/**
 * Map of project-relative file (`dir/…`, forward slashes) → date (Europe/London) of the last commit touching it,
 * for the files under `dir` (relative to `root`, the project root). Git runs inside `dir`, so a content directory
 * that is its own repository (or lives outside the project) is dated by its own history.
 * A shallow clone would date every file to the clone's tip, which is wrong, so it yields nothing.
 */
export function lastCommitDates(root: string, dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const cwd = path.resolve(root, dir);
  const prefix = dir.replace(/\/+$/, '');
  try {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (shallow === 'true') return out;
    // --relative: names relative to `dir`, and only files under it.
    const log = execFileSync('git', ['log', '--format=@%ct', '--name-only', '--relative', '--', '.'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let current = 0;
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) current = Number(line.slice(1)) * 1000;
      else if (line && !out.has(`${prefix}/${line}`)) out.set(`${prefix}/${line}`, londonDate(current));
    }
  } catch {
    // Not a git checkout, or git missing: the caller falls back to front matter.
  }
  return out;
}

/**
 * The commit git's HEAD names in the repository holding `dir` (relative to `root`), or '' where there is none (not a
 * git checkout, git missing, no commit yet). One `git rev-parse` (a few ms): the development server keys its
 * memo of {@link lastCommitDates} (a `git log` over every file, hundreds of ms at 2,000 pages) on it, since those
 * dates change only when a commit is made.
 */
export function gitHead(root: string, dir = '.'): string {
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: path.resolve(root, dir), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/**
 * The earlier text of files under `dir` (project-relative) that differ between git `ref` and the working tree:
 * Map of project-relative path → text at `ref`. Files new since `ref` are left out. Undefined when `root` is not
 * in a git checkout or `ref` does not exist (e.g. a shallow clone without the target branch), so callers can
 * skip history rules and say so.
 */
export function filesChangedSince(root: string, ref: string, dir: string): Map<string, string> | undefined {
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    return undefined;
  }
  const out = new Map<string, string>();
  try {
    const names = git(['diff', '--name-only', '--relative', '--diff-filter=MR', ref, '--', dir]).split('\n').filter(Boolean);
    for (const name of names) {
      try {
        out.set(name, git(['show', `${ref}:./${name}`]));
      } catch {
        // Renamed from another path: there is no earlier version under this name.
      }
    }
  } catch {
    return undefined;
  }
  return out;
}
