// Relative imports in .mdx pages (`import team from './team.json'`) and the files they name: one reading for the
// content check (an import that names no file) and the incremental build's page keys (a page shows what it imports).
import fs from 'node:fs';
import path from 'node:path';
import { isBuiltin } from 'node:module';
import { fencedLines } from '../markdown/fences';

/** What Vite tries after an import path without an extension, in order (then the same names under `<path>/index`). */
export const IMPORT_EXTENSIONS = ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

/** One relative import: the path as written (`./team.json`) and its 0-based line in the text. */
export interface RelativeImport {
  spec: string;
  line: number;
  /** The default import's local name (`team` in `import team from './team.json'`), when asked for and there is one. */
  name?: string;
}

/**
 * The relative imports (`./…`, `../…`) of an .mdx body or a module, outside fenced code: `import` and `export … from`
 * statements that start a line, as MDX requires of its ESM, however many lines they span (Prettier writes a long
 * `import { a, b } from '…'` over several, which the line-by-line reading this replaced did not see: the page kept
 * its old key when the imported data changed, and the check passed a path that named no file, a new adopter's
 * trial, 2 December 2026). With `module` (a `.js`, `.mjs` or `.ts` file an .mdx page imports), `import('./…')`
 * anywhere too. Each import's `line` is the 0-based line its path is on. Package imports are left out. With
 * `names`, a default import also gives its local `name` (an MDX page's partials are shown by it).
 */
export function relativeImports(text: string, opts: { module?: boolean; names?: boolean } = {}): RelativeImport[] {
  // Fenced code blanked (src/lib/markdown/fences.ts), line breaks kept, so positions still give lines.
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const code = lines.map((line, i) => (fenced[i] ? '' : line)).join('\n');
  const found: { spec: string; at: number; name?: string }[] = [];
  // `[^'";]*?` spans lines (a brace list of names) but never a string or the end of a statement.
  for (const m of code.matchAll(/^[ \t]*(?:import|export)\b(?:[^'";]*?\bfrom)?\s*(['"])(\.{1,2}\/[^'"\n]+)\1/gm)) {
    const name = opts.names ? /^[ \t]*import\s+([A-Za-z_$][\w$]*)\s*(?:,|from\b)/.exec(m[0])?.[1] : undefined;
    found.push({ spec: m[2], at: m.index + m[0].length - m[2].length - 1, ...(name ? { name } : {}) });
  }
  if (opts.module)
    for (const m of code.matchAll(/\bimport\s*\(\s*(['"])(\.{1,2}\/[^'"\n]+)\1\s*\)/g)) found.push({ spec: m[2], at: m.index + m[0].indexOf(m[2]) });
  const lineAt = (at: number) => code.slice(0, at).split('\n').length - 1;
  return found.sort((a, b) => a.at - b.at).map(({ at, ...f }) => ({ ...f, line: lineAt(at) }));
}

/**
 * The package imports of an .mdx body (`import Tabs from '@theme/Tabs'`): `import` and `export … from` statements
 * that start a line outside fenced code, as {@link relativeImports} reads them, whose path is neither relative
 * (`./`, `../`) nor absolute. Each with its 0-based line.
 */
export function packageImports(text: string): RelativeImport[] {
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const code = lines.map((line, i) => (fenced[i] ? '' : line)).join('\n');
  const out: RelativeImport[] = [];
  for (const m of code.matchAll(/^[ \t]*(?:import|export)\b(?:[^'";]*?\bfrom)?\s*(['"])([^'"\n./][^'"\n]*)\1/gm)) {
    const at = m.index + m[0].length - m[2].length - 1;
    out.push({ spec: m[2], line: code.slice(0, at).split('\n').length - 1 });
  }
  return out;
}

/**
 * Whether a package import resolves as Node and Vite look a package up: a built-in module (`node:fs`), Astro's own
 * virtual modules (`astro:content`), or a package folder (`node_modules/<name>`, `<name>` being `@scope/name` or
 * `name`) in `from` (a folder, absolute) or one of its parents, or in one of `roots` (the engine's folder, whose
 * packages a content folder outside it is built with).
 */
export function packageResolves(spec: string, from: string, roots: readonly string[] = []): boolean {
  if (spec.startsWith('astro:') || isBuiltin(spec)) return true;
  const name = spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
  const has = (dir: string): boolean => {
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
      if (fs.existsSync(path.join(d, 'node_modules', name, 'package.json'))) return true;
      if (path.dirname(d) === d) return false;
    }
  };
  return has(from) || roots.some(has);
}

/** `a/b/../c/./d` → `a/c/d`, keeping leading `../` that climbs out of the project. */
export function normalisePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return (p.startsWith('/') ? '/' : '') + out.join('/');
}

/**
 * The files an import of `spec` from the folder `dir` (both `/`-separated) may name, in the order Vite tries them:
 * the path itself when it has an extension, else the path with each of {@link IMPORT_EXTENSIONS}, then `index.*`.
 */
export function importCandidates(dir: string, spec: string): string[] {
  const clean = spec.replace(/[?#].*$/, '');
  const target = normalisePath(`${dir}/${clean}`);
  return /\.[A-Za-z0-9]+$/.test(clean)
    ? [target]
    : [...IMPORT_EXTENSIONS.map((e) => target + e), ...IMPORT_EXTENSIONS.map((e) => `${target}/index${e}`)];
}

/**
 * Every local file an .mdx page `file` (project-relative) imports, directly or through the modules it imports
 * (a `.js` that imports `./data.json`), project-relative and sorted; files are read under `root`. An import that
 * names no file is left out (the content check reports it).
 */
export function importedFiles(root: string, file: string): string[] {
  const seen = new Set<string>();
  const todo = [file];
  while (todo.length) {
    const from = todo.pop()!;
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(root, from), 'utf8');
    } catch {
      continue;
    }
    const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '.';
    for (const imp of relativeImports(text, { module: !from.endsWith('.mdx') })) {
      const found = importCandidates(dir, imp.spec).find((c) => fs.existsSync(path.resolve(root, c)) && fs.statSync(path.resolve(root, c)).isFile());
      if (found === undefined || seen.has(found)) continue;
      seen.add(found);
      // Only text modules import further; a picture or JSON does not.
      if (/\.(m?[jt]sx?|mdx?)$/.test(found)) todo.push(found);
    }
  }
  return [...seen].sort();
}
