// Checks the components editors use in .mdx pages — names and the ids they refer to — before anything renders.
import { issue, type ContentIssue } from '../shared/errors';
import { closest } from '../shared/closest';
import { findLowerCaseTags, findMdxTags } from '../shared/mdx-tags';
import { importCandidates, packageImports, relativeImports } from '../shared/mdx-imports';
import { analyseMarkdown } from '../markdown/analyse';
import { isLocalPath } from '../markdown/local-images';
import { localImageProblem, type LinkTargets } from '../handbook/links';
import type { FrontmatterField } from '../markdown/analyse';

export interface MdxContext {
  /** Components available to editors (file names in src/components/mdx). */
  components: string[];
  /** Allowed values per component prop, e.g. { Kpi: { name: [...] } }; `required` props must be present. */
  /** `allowed: undefined` means the list is unknown (its content failed to load) and the value is not judged. */
  /** `pending`: values that will be allowed once something is published (a blip a draft radar edition adds), with what. */
  props: Record<string, Record<string, { allowed?: readonly string[]; pattern?: RegExp; hint?: string; required?: boolean; pending?: ReadonlyMap<string, string> }>>;
  /** Components whose area this handbook does not have, with the reason, e.g. { Kpi: 'there are no KPI pages …' }. */
  unavailable?: Record<string, string>;
}

/**
 * The components an .mdx page uses (`body`, starting on file line `bodyLine`), against the engine's MDX components
 * (`ctx`): names, props and the ids they refer to. A tag named by the page's own `import` or `export` (`esmNames`, e.g.
 * `import SupportHours from '../partials/support-hours.md'` then `<SupportHours />`, or `<Parts.Table />`) is the page's
 * own and not judged: it was refused as "not a component editors can use" although the import was accepted (a new
 * adopter's trial, 2 December 2026).
 */
export function checkMdxUsage(file: string, body: string, bodyLine: number, ctx: MdxContext, esmNames: readonly string[] = []): ContentIssue[] {
  const own = new Set(esmNames);
  const out: ContentIssue[] = [];
  // A component written without its capital (`<radarRing ring="adopt" />`) is taken for an HTML element, which no
  // browser knows: it shows nothing (a new adopter's trial, 2 December 2026).
  const byLowerName = new Map(ctx.components.map((c) => [c.toLowerCase(), c]));
  for (const tag of findLowerCaseTags(body, bodyLine)) {
    const meant = byLowerName.get(tag.name.toLowerCase());
    if (meant !== undefined)
      out.push(issue(file, `<${tag.name}>`, `is not an HTML element, and a component's name starts with a capital: write <${meant}>`, { line: tag.line, column: tag.column }));
  }
  for (const tag of findMdxTags(body, bodyLine)) {
    const at = { line: tag.line, column: tag.column };
    if (own.has(tag.name.split('.')[0])) continue;
    if (!ctx.components.includes(tag.name)) {
      // The likely intended name first (`<ReleaseSchedul />`), as for every other name that does not exist.
      const near = closest(tag.name, ctx.components);
      out.push(
        issue(
          file,
          `<${tag.name}>`,
          near !== undefined
            ? `is not a component editors can use: did you mean <${near}>? (expected one of ${ctx.components.join('|')}, or one this page imports: import ${tag.name} from './${tag.name}.astro')`
            : `is not a component editors can use: expected one of ${ctx.components.join('|')}, or one this page imports (import ${tag.name} from './${tag.name}.astro')`,
          at,
        ),
      );
      continue;
    }
    const missing = ctx.unavailable?.[tag.name];
    if (missing !== undefined) {
      out.push(issue(file, `<${tag.name}>`, `cannot be used here: ${missing}`, at));
      continue;
    }
    // A prop the component does not take is ignored when the page renders: `<LatestReleases compnent="payments" />`
    // would list every component's releases. Only components whose props are listed here are judged (an adopter's
    // own component in src/components/mdx is not).
    const rules = ctx.props[tag.name];
    // Props the unknown ones were likely meant to be: "is required" for such a prop would repeat the same slip.
    const meant = new Set<string>();
    if (rules) {
      for (const prop of Object.keys(tag.props)) {
        if (prop in rules) continue;
        const known = Object.keys(rules);
        const near = closest(prop, known);
        if (near) meant.add(near);
        out.push(issue(file, `<${tag.name} ${prop}>`, `is not a prop of <${tag.name}>: ${near ? `did you mean "${near}"? ` : ''}it takes ${known.join('|')}`, at));
      }
    }
    for (const [prop, rule] of Object.entries(rules ?? {})) {
      const field = `<${tag.name} ${prop}>`;
      if (!(prop in tag.props)) {
        if (rule.required && !meant.has(prop)) out.push(issue(file, field, `is required${rule.allowed ? `: one of ${rule.allowed.join('|')}` : ''}`, at));
        continue;
      }
      const v = tag.props[prop];
      if (v === undefined) continue; // an expression: checked when the page renders
      // One message per value: its form first, then whether that value exists.
      if (rule.pattern && !rule.pattern.test(v)) out.push(issue(file, field, `"${v}" is not valid: expected ${rule.hint ?? rule.pattern.source}`, at));
      else if (rule.allowed && !rule.allowed.includes(v) && rule.pending?.has(v))
        out.push(issue(file, field, `"${v}" is not published yet: ${rule.pending.get(v)}; use it once that is published, or see it now with npm run dev (which shows drafts)`, at));
      else if (rule.allowed && !rule.allowed.includes(v)) {
        const near = closest(v, rule.allowed);
        out.push(issue(file, field, `"${v}" is not one of ${rule.allowed.join('|')}${near ? `: did you mean "${near}"?` : ''}`, at));
      }
    }
  }
  return out;
}

/**
 * `{frontmatter.x}` in an .mdx page shows field `x` as written in that page's front matter (Astro's MDX export, not
 * the handbook's defaults): a field the page does not set shows nothing, and reading a property of it
 * (`{frontmatter.reviewer.name}`) stops the build while the page renders. Each read of a field not written in
 * `frontmatterText` (the YAML between the `---` lines) is an error at the expression.
 */
export function checkFrontmatterReads(file: string, reads: readonly FrontmatterField[], frontmatterText: string): ContentIssue[] {
  // Top-level keys of a YAML mapping start a line, unindented.
  const written = new Set([...frontmatterText.matchAll(/^([^\s#:][^:\n]*?)\s*:(?:\s|$)/gm)].map((m) => m[1].replace(/^["']|["']$/g, '')));
  return reads
    .filter((r) => !written.has(r.key))
    .map((r) =>
      issue(
        file,
        'mdx',
        `${r.source} reads frontmatter.${r.key}, which this page's front matter does not set, so it would show nothing or stop the build: ` +
          `use a field the page sets${written.size ? ` (${[...written].join(', ')})` : ''}, or remove the expression`,
        { line: r.line, column: r.column },
      ),
    );
}

/**
 * Relative imports in an .mdx page (`import Diagram from './diagram.astro'`, `import './x.css'`) that name no file:
 * Astro's bundler stopped the build on one with "Could not resolve", after the check had passed (a new adopter's
 * trial, 2 December 2026). `file` is project-relative; `exists(projectPath)` says whether a file is there. A path
 * without an extension is looked up as Vite does (IMPORT_EXTENSIONS in ../shared/mdx-imports.ts, then `index.*`). With
 * `resolves(spec)` (../shared/mdx-imports.ts packageResolves), a package import (`import Tabs from '@theme/Tabs'`) that
 * does not resolve is an error too. One error per import, at its line.
 */
export function checkMdxImports(
  file: string,
  body: string,
  bodyLine: number,
  exists: (projectPath: string) => boolean,
  resolves?: (spec: string) => boolean,
): ContentIssue[] {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
  // A package the project does not have (`@theme/Tabs` from Docusaurus, `@astrojs/starlight/components`) passed the
  // check and stopped the build with the bundler's "failed to resolve import", naming an engine file (a migration
  // trial, 3 December 2026).
  const packages = resolves
    ? packageImports(body)
        .filter((imp) => !resolves(imp.spec))
        .map((imp) =>
          issue(
            file,
            'import',
            `"${imp.spec}" is not a package this handbook has, so the build would stop: an .mdx page imports its partials and files by a relative path ` +
              `(import Contact from '../../partials/contact.md'), and uses the handbook's components (<Kpi />, <Checklist /> …) without an import; ` +
              'remove the import and write what it showed in Markdown',
            { line: bodyLine + imp.line, column: 1 },
          ),
        )
    : [];
  return packages.concat(relativeImports(body).flatMap((imp) => {
    const candidates = importCandidates(dir, imp.spec);
    if (candidates.some(exists)) return [];
    return [
      issue(file, 'import', `"${imp.spec}" names no file (looked for ${candidates[0]}${candidates.length > 1 ? ' and the usual extensions' : ''}): correct the path, or remove the import`, {
        line: bodyLine + imp.line,
        column: 1,
      }),
    ];
  })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * A Markdown or MDX partial (`file`, project-relative, with its `text`) that the page `importedBy` imports: the
 * pictures it shows, by the rule for a page's own (`localImageProblem`: the file is there, has an image extension and
 * is a picture, relative to the partial's folder), and, for MDX, the files it imports. A partial is not a page, so
 * nothing looked at it: a missing picture in one passed the check and stopped the build with the bundler's error,
 * its import chain running through an engine route (a new adopter's trial, 2 December 2026).
 */
export function checkPartial(file: string, text: string, importedBy: string, targets: Pick<LinkTargets, 'exists' | 'isImage' | 'filesIn'>): ContentIssue[] {
  const mdx = file.endsWith('.mdx');
  const out: ContentIssue[] = [];
  for (const l of analyseMarkdown(text, { bodyLine: 1, mdx }).links) {
    if (l.kind !== 'image' || !isLocalPath(l.url)) continue;
    const problem = localImageProblem(file, l, targets, `this file, which ${importedBy} imports`);
    if (problem) out.push(issue(file, 'image', problem, { line: l.line, column: l.column }));
  }
  if (mdx && targets.exists) out.push(...checkMdxImports(file, text, 1, targets.exists));
  return out;
}
