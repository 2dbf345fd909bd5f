// The content-directory setting: which directory of handbook content the engine builds, and where each area lives in it.
import path from 'node:path';

/** Environment variable naming the content directory (absolute, or relative to the project root). */
export const CONTENT_DIR_ENV = 'HANDBOOK_CONTENT_DIR';
/** The content directory when the setting is absent: the bundled sample. */
export const DEFAULT_CONTENT_DIR = 'content';

/**
 * Where every content area lives, as paths relative to the project root with forward slashes (the form error
 * messages name files by, e.g. `tests/fixtures/minimal/handbook/a.md`). A directory outside the project is
 * reached with `../` segments, so messages still read as paths an editor can open.
 */
export interface ContentPaths {
  /** The content directory itself, e.g. `content`. */
  dir: string;
  site: string;
  handbook: string;
  releases: string;
  components: string;
  radar: string;
  radarConfig: string;
  blips: string;
  checklists: string;
  kpis: string;
  doraBands: string;
  /** The optional traceability map (role items → pages); no file, no map page. */
  traceability: string;
  /** Files published as they are (PDFs, templates), at the same path under the site's root: `public/files/a.pdf` → `/files/a.pdf`. */
  public: string;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * The content directory as an absolute path: `$HANDBOOK_CONTENT_DIR` resolved against `root` (the project root,
 * where astro.config.mjs is), or `<root>/content`. An empty or blank setting counts as unset.
 */
export function contentDir(root: string = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  const setting = env[CONTENT_DIR_ENV]?.trim() || DEFAULT_CONTENT_DIR;
  return path.resolve(root, setting);
}

/** The paths of every content area under a project-relative directory `dir` (forward slashes). */
export function pathsUnder(dir: string): ContentPaths {
  const d = toPosix(dir).replace(/\/+$/, '') || '.';
  const j = (...parts: string[]) => (d === '.' ? parts.join('/') : [d, ...parts].join('/'));
  return {
    dir: d,
    site: j('site.yaml'),
    handbook: j('handbook'),
    releases: j('releases'),
    components: j('components.yaml'),
    radar: j('radar'),
    radarConfig: j('radar', 'radar.yaml'),
    blips: j('radar', 'blips'),
    checklists: j('checklists'),
    kpis: j('kpis'),
    doraBands: j('kpis', 'dora-bands.yaml'),
    traceability: j('traceability.yaml'),
    public: j('public'),
  };
}

/**
 * Every content area's path relative to `root` (default: the working directory, which is the project root for the
 * build, the dev server and the CLIs), following the content-directory setting in `env`. This is the ONE place
 * that decides where content is; loaders, the check, the content collections and the CLIs all call it.
 */
export function contentPaths(root: string = process.cwd(), env: Record<string, string | undefined> = process.env): ContentPaths {
  return pathsUnder(path.relative(root, contentDir(root, env)) || '.');
}

/** The layout of the bundled sample (`content/…`), for tests that build content in memory. */
export const DEFAULT_PATHS: ContentPaths = pathsUnder(DEFAULT_CONTENT_DIR);
