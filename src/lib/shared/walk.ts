// Which folders a walk over the content (or the engine's own folders) never enters. One rule for every walk, so the
// check's cache key, the encoding check, the list of files a change added and the public files agree.
import path from 'node:path';

/**
 * Whether a walk skips the folder at `absFolder` (absolute) met inside a folder it walks, for the project at `root`:
 * git's own folder, installed packages (`node_modules`), and the engine's checkout itself. The README lets a
 * content repository hold the engine in a folder of its own (`engine/`, with `HANDBOOK_CONTENT_DIR=..`); walking the
 * content then walked the engine's packages, cache and built site too, 15,000 files that made every check slow and
 * its cached result never reused (a new adopter's trial, 2 December 2026).
 */
export function skippedFolder(root: string, absFolder: string): boolean {
  const name = path.basename(absFolder);
  return name === '.git' || name === 'node_modules' || path.resolve(absFolder) === path.resolve(root);
}
