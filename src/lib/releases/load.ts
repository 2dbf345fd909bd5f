// Reads components.yaml and every release file, validates them (schema, then rules) and collects every issue.
import { readdirSync, statSync } from 'node:fs';
import { byCodePoint } from '../shared/sort';
import { join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { issue, type ContentIssue } from '../shared/errors';
import { validate } from '../shared/validate';
import { yamlSyntaxIssue } from '../shared/yaml-errors';
import { contentPaths, type ContentPaths } from '../shared/content-dir';
import { releaseKey } from './paths';
import { checkAcrossReleases, checkComponents, checkReleaseFields, checkReleaseIdentity, type ParsedRelease } from './rules';
import { componentsFileSchema, releaseSchema, type Component, type Release } from './schema';
import { isValidVersion } from './version';
import { readContent } from '../shared/read';
import { parseJsonStrict } from '../shared/json-errors';

/** A file's project-relative path (forward slashes) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface ReleaseData {
  /** In the order of components.yaml. */
  components: Component[];
  /** Releases that passed the schema and have a valid version, in file-path order. */
  releases: Release[];
  /** Every problem found, errors and warnings, sorted by file then line. */
  issues: ContentIssue[];
  /** Release key (`payments@2.4.0`) → project-relative file, for "edit this release" links. */
  files: Record<string, string>;
}

function byPath(a: SourceFile, b: SourceFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function parseComponents(file: SourceFile | undefined, paths: ContentPaths): { components: Component[]; issues: ContentIssue[] } {
  if (!file) {
    return {
      components: [],
      issues: [issue(paths.components, '', 'is missing: list the components (id, name, description, owner, repository)')],
    };
  }
  const doc = parseDocument(file.text);
  if (doc.errors.length > 0) {
    const plain = yamlSyntaxIssue(file.path, file.text);
    return {
      components: [],
      issues: plain
        ? [plain]
        : doc.errors.map((err) =>
            issue(file.path, '', `is not valid YAML: ${err.message.split('\n')[0]}`, {
              line: err.linePos?.[0].line,
              column: err.linePos?.[0].col,
            }),
          ),
    };
  }
  const src = { file: file.path, text: file.text };
  const res = validate(componentsFileSchema, doc.toJS() as unknown, src);
  if (!res.ok) return { components: [], issues: res.issues };
  return { components: res.value, issues: checkComponents(res.value, src) };
}

/**
 * Validates release data held in memory: `<content>/components.yaml` and `<content>/releases/**\/*.json`
 * among `files` (others are ignored; `paths` says where they are, by default the configured content directory).
 * Never throws; every problem is in `issues`.
 */
export function parseReleaseData(files: readonly SourceFile[], paths: ContentPaths = contentPaths()): ReleaseData {
  const sorted = [...files].sort(byPath);
  const issues: ContentIssue[] = [];

  const comps = parseComponents(sorted.find((f) => f.path === paths.components), paths);
  issues.push(...comps.issues);
  const componentIds = new Set(comps.components.map((c) => c.id));

  const parsed: ParsedRelease[] = [];
  // Release files that could not be read (their own errors say why): rules across releases do not judge what they hold.
  const unreadable = new Set<string>();
  for (const f of sorted) {
    if (!f.path.startsWith(`${paths.releases}/`) || !f.path.endsWith('.json')) continue;
    const json = parseJsonStrict(f.path, f.text);
    if (!json.ok) {
      issues.push(json.issue);
      unreadable.add(f.path);
      continue;
    }
    const src = { file: f.path, text: f.text };
    // Unknown components are only reported once components.yaml itself is readable.
    const identity = checkReleaseIdentity(src, json.data, comps.issues.length === 0 ? componentIds : undefined, paths);
    issues.push(...identity);
    const res = validate(releaseSchema, json.data, src);
    if (!res.ok) {
      issues.push(...res.issues);
      unreadable.add(f.path);
      continue;
    }
    const p: ParsedRelease = { file: f.path, text: f.text, release: res.value };
    issues.push(...checkReleaseFields(p));
    parsed.push(p);
    // A release whose component or version disagrees with its place is not judged against the others, nor they
    // against it: which release it is, the editor's fix decides. Its rollback target, and another release's rollback
    // to it, were reported too (a new adopter's trial, 2 December 2026: an error in a file no one had touched).
    if (identity.length) unreadable.add(f.path);
  }
  issues.push(...checkAcrossReleases(parsed.filter((p) => !unreadable.has(p.file)), { unreadable, paths }));

  const usable = parsed.filter((p) => isValidVersion(p.release.version));
  const filesByKey: Record<string, string> = {};
  for (const p of usable) filesByKey[releaseKey(p.release)] ??= p.file;
  return {
    components: comps.components,
    releases: usable.map((p) => p.release),
    issues: sortIssuesStable(issues),
    files: filesByKey,
  };
}

/** Sorted by file, line, field and message with code-point comparison so no locale changes the order. */
function sortIssuesStable(list: ContentIssue[]): ContentIssue[] {
  const cmp = byCodePoint;
  return [...list].sort(
    (a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.field, b.field) || cmp(a.message, b.message),
  );
}

function walkJson(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of entries) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walkJson(full));
    else if (name.endsWith('.json')) out.push(full);
  }
  return out;
}

/** Reads and validates the release data in the content directory under `rootDir` (the project root). */
export function loadReleaseData(rootDir: string): ReleaseData {
  return parseReleaseData(readReleaseFiles(rootDir), contentPaths(rootDir));
}

/**
 * components.yaml and every release file in the content directory under `rootDir`, as parseReleaseData takes them
 * (a missing file is left out).
 */
export function readReleaseFiles(rootDir: string): SourceFile[] {
  const paths = contentPaths(rootDir);
  const files: SourceFile[] = [];
  const rel = (full: string) => relative(rootDir, full).split(sep).join('/');
  try {
    files.push({ path: paths.components, text: readContent(join(rootDir, paths.components), paths.components) });
  } catch {
    // parseReleaseData reports the missing file.
  }
  for (const full of walkJson(join(rootDir, paths.releases))) {
    files.push({ path: rel(full), text: readContent(full) });
  }
  return files;
}
