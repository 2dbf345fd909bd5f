// "Last updated" dates from git history: empty where git or full history is unavailable, and missingHistory says why.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { londonDate } from './dates';
import { skippedFolder } from './walk';
import { closest } from './closest';

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

/** "Last updated" dates for the files under a folder, and whether git could date them at all. */
export interface CommitDates {
  /** Project-relative file → date of the last commit touching it ({@link lastCommitDates}). */
  dates: Map<string, string>;
  /**
   * Git has the folder's full history ({@link missingHistory} finds nothing wrong), so a file with no date in
   * `dates` is not committed yet. False outside a checkout, in a shallow clone and before the first commit, where
   * no file can be dated.
   */
  history: boolean;
}

/**
 * {@link lastCommitDates} for `dir` (relative to `root`) and whether its history is there: the handbook dates a page
 * git knows nothing about yet (a new file, not yet committed) by the build's "today", as
 * mkdocs-git-revision-date-localized-plugin does, instead of publishing it undated and leaving it out of the feed
 * (a new adopter's trial, 2 December 2026: an uncommitted handbook built an empty feed.xml).
 */
export function commitDates(root: string, dir: string): CommitDates {
  const dates = lastCommitDates(root, dir);
  return { dates, history: dates.size > 0 || missingHistory(root, dir) === undefined };
}

/**
 * Why git cannot date the files under `dir` (relative to `root`), as the end of a sentence about that folder, or
 * undefined when it can: `is not in a git repository (or git is not installed)`, `is a shallow clone: its history
 * starts at the last commit`, `has no commits yet`. {@link lastCommitDates} yields nothing in each case and pages fall
 * back to front matter `updated:`; the check says so in a note, since "Last updated" vanishing from every page
 * without a word was a dead end (an earlier session's note).
 */
export function missingHistory(root: string, dir: string): string | undefined {
  const cwd = path.resolve(root, dir);
  const git = (args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    if (git(['rev-parse', '--is-shallow-repository']) === 'true') return 'is a shallow clone: its history starts at the last commit';
  } catch {
    return 'is not in a git repository (or git is not installed)';
  }
  try {
    git(['rev-parse', '--verify', '--quiet', 'HEAD']);
  } catch {
    return 'has no commits yet';
  }
  return undefined;
}

/**
 * The commit git's HEAD names in the repository holding `dir` (relative to `root`), or '' where there is none (not a
 * git checkout, git missing, no commit yet). The development server keys its memo of {@link lastCommitDates} (a
 * `git log` over every file, hundreds of ms at 2,000 pages) on it, since those dates change only when a commit is
 * made, and asks on every request. So `git rev-parse` (13 ms a call here, about a third of a page request's time in
 * `astro dev` at 2,000 pages: CPU profile) runs only when what it reads has changed: the HEAD file, the branch's ref
 * file and packed-refs (their size and modification time). Outside a checkout (no `.git` in `dir` or above it) git
 * is not run at all, unless GIT_DIR points elsewhere.
 */
export function gitHead(root: string, dir = '.'): string {
  const cwd = path.resolve(root, dir);
  const stamp = process.env.GIT_DIR ? undefined : headStamp(cwd);
  if (stamp === '') return '';
  const known = heads.get(cwd);
  if (stamp !== undefined && known?.stamp === stamp) return known.head;
  let head = '';
  try {
    head = execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // No commit yet, or git missing.
  }
  if (stamp !== undefined) heads.set(cwd, { stamp, head });
  return head;
}

const heads = new Map<string, { stamp: string; head: string }>();

/**
 * What HEAD's commit depends on in the checkout holding `cwd`: the HEAD file's text and the size and modification
 * time of the ref it names and of packed-refs (a linked worktree's `.git` file and `commondir` are followed). ''
 * when no `.git` is found in `cwd` or above it; undefined when the layout is not one this reads (git decides then).
 */
function headStamp(cwd: string): string | undefined {
  let dotGit: string | undefined;
  for (let d = cwd; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) {
      dotGit = path.join(d, '.git');
      break;
    }
    if (path.dirname(d) === d) return '';
  }
  try {
    const gitDir = fs.statSync(dotGit).isDirectory()
      ? dotGit
      : path.resolve(path.dirname(dotGit), /^gitdir: (.*)$/m.exec(fs.readFileSync(dotGit, 'utf8'))![1].trim());
    const commonFile = path.join(gitDir, 'commondir');
    const commonDir = fs.existsSync(commonFile) ? path.resolve(gitDir, fs.readFileSync(commonFile, 'utf8').trim()) : gitDir;
    const headText = fs.readFileSync(path.join(gitDir, 'HEAD'), 'utf8');
    const ref = /^ref: (.*)$/m.exec(headText)?.[1].trim();
    const stat = (f: string) => {
      const s = fs.statSync(f, { throwIfNoEntry: false });
      return s ? `${s.size}:${s.mtimeMs}` : '-';
    };
    return JSON.stringify([headText, ref ? stat(path.join(commonDir, ref)) : null, stat(path.join(commonDir, 'packed-refs'))]);
  } catch {
    return undefined;
  }
}

/** Runs git in `root` and returns its output; throws when git fails (not a checkout, unknown ref). */
function gitIn(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}

/**
 * Why `--since <ref>` cannot be compared for the content in `dir` (project-relative), with what to do, or undefined
 * when it can: `dir` is not in a git repository (or git is missing), `ref` is not a commit in that repository, or it
 * shares no history with HEAD. Every rule that compares with `ref` needs the merge base of the two (see
 * {@link filesGoneSince}), and names what it compares in `rules` ("moved pages, …") for the message.
 */
export function sinceProblem(root: string, dir: string, ref: string, rules: string): string | undefined {
  const abs = path.resolve(root, dir);
  const git = (args: string[]) => gitIn(abs, args);
  const cannot = `so nothing this change does can be compared with it (${rules})`;
  const fetch = 'fetch it first (actions/checkout with fetch-depth: 0) or name a branch, tag or commit that exists there';
  try {
    git(['rev-parse', '--show-toplevel']);
  } catch {
    return `${dir} is not in a git repository (or git is not installed), ${cannot.replace(' with it ', ` with "${ref}" `)}: run the check in a clone of the content's repository, or leave out --since`;
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    // The branches there, so a local mistake (main for master) is not sent looking at CI's fetch settings (a new
    // adopter's trial, 3 December 2026).
    let branches: string[] = [];
    try {
      branches = git(['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes']).split('\n').filter((b) => b && !b.endsWith('/HEAD'));
    } catch {
      // No branch list: the message goes without it.
    }
    const near = closest(ref, branches);
    const listed = branches.length ? `; branches there: ${branches.slice(0, 8).join(', ')}${branches.length > 8 ? ', …' : ''}${near ? ` (did you mean "${near}"?)` : ''}` : '';
    return `"${ref}" is not a git commit in the repository that holds ${dir}, ${cannot}: ${fetch}${listed}`;
  }
  try {
    git(['merge-base', ref, 'HEAD']);
  } catch {
    return `"${ref}" shares no history with the checked-out commit in the repository that holds ${dir}, ${cannot}: ${fetch} (a shallow clone has no merge base)`;
  }
  return undefined;
}

/**
 * The earlier text of files under `dir` (project-relative) that differ between the merge base of git `ref` and HEAD
 * and the working tree: Map of project-relative path → text at that base. Files new since then are left out. Undefined when `root` is not
 * in a git checkout or `ref` does not exist (e.g. a shallow clone without the target branch), so callers can
 * skip history rules and say so.
 */
export function filesChangedSince(root: string, ref: string, dir: string): Map<string, string> | undefined {
  // Git runs in `dir` itself, so a content directory that is a repository of its own (outside the engine's, as the
  // README allows) is compared in its own history; paths are made project-relative again (a new adopter's trial,
  // 1 December 2026: the rule compared the engine's repository and found nothing).
  const abs = path.resolve(root, dir);
  if (!fs.existsSync(abs)) return undefined;
  const git = (args: string[]) => gitIn(abs, args);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    return undefined;
  }
  const out = new Map<string, string>();
  try {
    // From the merge base, as filesGoneSince: a release the target branch changed after this branch left it is not
    // this branch's change (a new adopter's trial, 2 December 2026: main's raised sequence was reported on a branch
    // that never touched the file, and raising it there would have made a merge conflict).
    const base = git(['merge-base', ref, 'HEAD']).trim();
    const names = git(['diff', '--name-only', '--relative', '--diff-filter=MR', base, '--', '.']).split('\n').filter(Boolean);
    for (const name of names) {
      try {
        out.set(path.relative(root, path.join(abs, name)).split(path.sep).join('/'), git(['show', `${base}:./${name}`]));
      } catch {
        // Renamed from another path: there is no earlier version under this name.
      }
    }
  } catch {
    return undefined;
  }
  return out;
}

/** One line of `git diff --name-status -M`: A(dded), M(odified), D(eleted) or R(enamed, with the old path). */
export interface FileChange {
  status: 'A' | 'M' | 'D' | 'R';
  path: string;
  oldPath?: string;
}

/**
 * Parses `git diff --name-status -M -z` output (NUL-separated, so any file name is safe). Copies (C) count as
 * added files and type changes (T) as modified; other statuses are ignored.
 */
export function parseNameStatus(z: string): FileChange[] {
  const parts = z.split('\0').filter((p) => p !== '');
  const out: FileChange[] = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (code.startsWith('R')) {
      const oldPath = parts[i++];
      out.push({ status: 'R', path: parts[i++], oldPath });
    } else if (code.startsWith('C')) {
      i++;
      out.push({ status: 'A', path: parts[i++] });
    } else if (code === 'A' || code === 'M' || code === 'D' || code === 'T') {
      out.push({ status: code === 'T' ? 'M' : code, path: parts[i++] });
    } else i++;
  }
  return out;
}

/** The merge base of git `ref` and HEAD in the repository holding `abs`, and the files under `abs` there (paths relative to it). */
function atMergeBase(abs: string, ref: string): { base: string; names: string[] } {
  const git = (args: string[]) => gitIn(abs, args);
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const base = git(['merge-base', ref, 'HEAD']).trim();
  // ls-tree names paths relative to the folder git runs in, like `diff --relative`.
  return { base, names: git(['ls-tree', '-r', '-z', '--name-only', base, '--', '.']).split('\0').filter(Boolean) };
}

/** Of `names` (relative to `abs`) at `base`, those not on disk now: project-relative path → text at `base`. */
function goneFrom(root: string, abs: string, base: string, names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of names)
    if (!fs.existsSync(path.join(abs, name))) out.set(path.relative(root, path.join(abs, name)).split(path.sep).join('/'), gitIn(abs, ['show', `${base}:./${name}`]));
  return out;
}

/**
 * The files under `dir` that existed at the merge base of git `ref` and HEAD and are not on disk now, whether the
 * deletion or move is committed or not: Map of project-relative path → text at that base. The merge base, not
 * `ref` itself, so a file added on the target branch after this branch forked is not taken for one this branch
 * removed; in a pull request's merge commit (GitHub's checkout) the merge base is the target branch. Undefined when
 * `dir` is not in a git checkout or `ref` does not exist.
 */
export function filesGoneSince(root: string, ref: string, dir: string): Map<string, string> | undefined {
  const abs = path.resolve(root, dir);
  if (!fs.existsSync(abs)) return undefined;
  try {
    const { base, names } = atMergeBase(abs, ref);
    return goneFrom(root, abs, base, names);
  } catch {
    return undefined;
  }
}

/** Files under a folder that a change since the merge base with a ref removed, renamed or added (see {@link filesMovedSince}). */
export interface FileMoves {
  /** Files at the merge base that are not on disk now: project-relative path → text at the base. */
  gone: Map<string, string>;
  /** Renames git detects (committed, staged or in the working tree of tracked files): old path → new path. */
  renamed: Map<string, string>;
  /** Files on disk now that were not at the merge base (committed, staged or untracked). */
  added: Set<string>;
}

/**
 * What a change since the merge base of git `ref` and HEAD did to the files under `dir` (project-relative): those
 * gone, those git sees renamed and those added, each project-relative. The merge base, as in
 * {@link filesGoneSince}. Undefined when `dir` is not in a git checkout or `ref` does not exist.
 */
export function filesMovedSince(root: string, ref: string, dir: string): FileMoves | undefined {
  const abs = path.resolve(root, dir);
  if (!fs.existsSync(abs)) return undefined;
  const project = (rel: string) => path.relative(root, path.join(abs, rel)).split(path.sep).join('/');
  try {
    const { base, names } = atMergeBase(abs, ref);
    const renamed = new Map<string, string>();
    for (const f of parseNameStatus(gitIn(abs, ['diff', '--name-status', '-M', '-z', '--relative', base, '--', '.'])))
      if (f.status === 'R') renamed.set(project(f.oldPath!), project(f.path));
    const atBase = new Set(names);
    const added = new Set<string>();
    const walk = (rel: string) => {
      for (const e of fs.readdirSync(path.join(abs, rel), { withFileTypes: true })) {
        const name = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!skippedFolder(root, path.join(abs, name))) walk(name);
        } else if (!atBase.has(name)) added.add(project(name));
      }
    };
    walk('');
    return { gone: goneFrom(root, abs, base, names), renamed, added };
  } catch {
    return undefined;
  }
}

/**
 * The files (absolute paths) a change from git `ref` touches in this checkout: those that differ between the merge
 * base of `ref` and HEAD and the working tree (committed or not), and untracked files not ignored. For a pull
 * request checked out with its base branch, `ref` is that branch (`origin/main`). Undefined when `root` is not in
 * a git checkout or `ref` does not exist.
 */
export function pathsChangedSince(root: string, ref: string): Set<string> | undefined {
  const git = (args: string[]) => gitIn(root, args);
  try {
    const top = git(['rev-parse', '--show-toplevel']).trim();
    let base: string;
    try {
      base = git(['merge-base', ref, 'HEAD']).trim();
    } catch {
      // No common history (or no HEAD yet): compare with the ref itself.
      base = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
    }
    const names = [...git(['diff', '--name-only', '-z', base]).split('\0'), ...git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name']).split('\0')];
    return new Set(names.filter(Boolean).map((n) => path.join(top, n)));
  } catch {
    return undefined;
  }
}
