// Paths in what the tools print, as the reader who gets them needs them. The loaders name every file by its path from
// the engine's folder (the project root), which is where `npm run` works; for a handbook in a repository of its own
// (the engine checked out inside it, HANDBOOK_CONTENT_DIR=..), that path is `../handbook/a.md`, which means nothing
// on GitHub, where a path is read from the checked-out repository's root (a new adopter's trial, 2 December 2026:
// annotations were placed right, but their messages, the job summary's list of problems and the review issue named
// files as `../handbook/…`).
import path from 'node:path';
import { contentPaths } from './content-dir';

/** How a path is shown: a file's own path (`file`), and every path the engine wrote into a message (`text`). */
export interface PathView {
  file(file: string): string;
  text(text: string): string;
}

/** Paths shown as the loaders name them. */
export const AS_LOADED: PathView = { file: (f) => f, text: (t) => t };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Paths from `base` (an absolute folder: GitHub's `GITHUB_WORKSPACE`) instead of from `root`, for files inside
 * `base`; a file outside it keeps its path from `root`. `contentDir` is the content directory as the loaders name it
 * (`contentPaths(root).dir`: `content`, `..`, `../our-handbook`): in message text, only a path that starts with it,
 * at the start of the text or after a space, `(`, `[` or a backtick, is rewritten. A path the editor wrote is quoted
 * in messages (`"../guides/a.md" links to …`), so it is left as written.
 */
export function pathsFrom(base: string, root: string, contentDir: string): PathView {
  const file = (f: string): string => {
    if (!f) return f;
    const rel = path.relative(base, path.resolve(root, f));
    return rel.startsWith('..') || path.isAbsolute(rel) ? f : rel.split(path.sep).join('/');
  };
  const to = file(contentDir);
  if (to === contentDir) return { file, text: (t) => t };
  // The content directory at the base itself is '': its files are then named without a prefix, and it is ".". A path
  // that goes on up (`../../elsewhere/x.md` for contentDir `..`) is not in the content directory, so it is left.
  const shown = to === '' ? '' : `${to}/`;
  const re = new RegExp(`(^|[\\s(\\[\`])${escapeRegExp(contentDir)}(?:(/)(?!\\.\\.(?:/|$))|(?=$|[\\s),;:]|\\.(?:\\s|$)))`, 'g');
  return { file, text: (t) => t.replace(re, (_, before: string, slash?: string) => before + (slash ? shown : to || '.')) };
}

/**
 * How the tools show paths in this environment: under GitHub Actions (`GITHUB_WORKSPACE` set), from the workspace,
 * the repository the workflow checked out ({@link pathsFrom}); elsewhere as the loaders name them. One rule for
 * `npm run check` and the build's own report of the check: under Actions the build named files `../handbook/…` while
 * the check named them `handbook/…` (a pull-request trial, 3 December 2026).
 */
export function workspaceView(root: string, env: Record<string, string | undefined> = process.env): PathView {
  const workspace = env.GITHUB_WORKSPACE;
  return workspace ? pathsFrom(path.resolve(workspace), root, contentPaths(root, env).dir) : AS_LOADED;
}
