// Where a content file lives in the handbook's repository, for "Edit this page" links: one rule for every area.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../shared/content-dir';

/** The site settings the rule reads (site.yaml `repository`, `branch`, `repository_path`). */
export interface RepositorySettings {
  repository: string;
  branch: string;
  /** The content directory's folder inside the repository ('' = its root); see `repositoryPath`. */
  repository_path?: string;
}

/**
 * The path of a content file inside the repository, with `/`. `file` is a path relative to the project root (as
 * the loaders name files, e.g. `content/handbook/a.md` or `../our-handbook/handbook/a.md`). The content directory's
 * own place in the repository is `site.repository_path` when set; otherwise its path inside the project when it is
 * inside (the engine and content share one repository, as the sample does), else the repository's root: for a
 * content directory kept outside the project (usually a repository of its own) and for one inside it that has a
 * `.git` of its own (a repository or submodule).
 */
export function repositoryPath(site: RepositorySettings, file: string, root: string = process.cwd()): string {
  const content = contentDir(root);
  const inContent = path.relative(content, path.resolve(root, file));
  const fromRoot = path.relative(root, content);
  const insideProject = fromRoot !== '' && !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot);
  // A content directory with a `.git` of its own (a repository, or a submodule, inside the project) is its
  // repository's root (a new adopter's trial, 2 December 2026: links named the engine's folder for it).
  const ownRepository = fs.existsSync(path.join(content, '.git'));
  const base = site.repository_path ?? (insideProject && !ownRepository ? fromRoot : '');
  return path.posix.join(...[base, inContent].filter(Boolean).map((p) => p.split(path.sep).join('/'))).replace(/^\/+/, '');
}

/** The repository's edit page for a content file: `<repository>/edit/<branch>/<path in the repository>`. */
export function editFileUrl(site: RepositorySettings, file: string, root: string = process.cwd()): string {
  const inRepo = repositoryPath(site, file, root).split('/').map(encodeURIComponent).join('/');
  return `${site.repository.replace(/\/+$/, '')}/edit/${site.branch}/${inRepo}`;
}

/**
 * The repository's page showing a content file, `<repository>/blob/<branch>/<path in the repository>`, and that path,
 * for lists that name files (the review issue): `file` as the loaders name it (project-relative), which for a
 * content directory outside the project starts with `../` and made links like `…/blob/main/../handbook/a.md`.
 */
export function viewFile(site: RepositorySettings, file: string, root: string = process.cwd()): { path: string; url: string } {
  const inRepo = repositoryPath(site, file, root);
  return { path: inRepo, url: `${site.repository.replace(/\/+$/, '')}/blob/${site.branch}/${inRepo.split('/').map(encodeURIComponent).join('/')}` };
}
