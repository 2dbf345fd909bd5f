// Checks the components editors use in .mdx pages — names and the ids they refer to — before anything renders.
import { issue, type ContentIssue } from '../shared/errors';
import { findMdxTags } from '../shared/mdx-tags';
import type { FrontmatterField } from '../markdown/analyse';

export interface MdxContext {
  /** Components available to editors (file names in src/components/mdx). */
  components: string[];
  /** Allowed values per component prop, e.g. { Kpi: { name: [...] } }; `required` props must be present. */
  /** `allowed: undefined` means the list is unknown (its content failed to load) and the value is not judged. */
  props: Record<string, Record<string, { allowed?: readonly string[]; pattern?: RegExp; hint?: string; required?: boolean }>>;
  /** Components whose area this handbook does not have, with the reason, e.g. { Kpi: 'there are no KPI pages …' }. */
  unavailable?: Record<string, string>;
}

export function checkMdxUsage(file: string, body: string, bodyLine: number, ctx: MdxContext): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const tag of findMdxTags(body, bodyLine)) {
    const at = { line: tag.line, column: tag.column };
    if (!ctx.components.includes(tag.name)) {
      out.push(issue(file, `<${tag.name}>`, `is not a component editors can use: expected one of ${ctx.components.join('|')}`, at));
      continue;
    }
    const missing = ctx.unavailable?.[tag.name];
    if (missing !== undefined) {
      out.push(issue(file, `<${tag.name}>`, `cannot be used here: ${missing}`, at));
      continue;
    }
    for (const [prop, rule] of Object.entries(ctx.props[tag.name] ?? {})) {
      const field = `<${tag.name} ${prop}>`;
      if (!(prop in tag.props)) {
        if (rule.required) out.push(issue(file, field, `is required${rule.allowed ? `: one of ${rule.allowed.join('|')}` : ''}`, at));
        continue;
      }
      const v = tag.props[prop];
      if (v === undefined) continue; // an expression: checked when the page renders
      // One message per value: its form first, then whether that value exists.
      if (rule.pattern && !rule.pattern.test(v)) out.push(issue(file, field, `"${v}" is not valid: expected ${rule.hint ?? rule.pattern.source}`, at));
      else if (rule.allowed && !rule.allowed.includes(v)) out.push(issue(file, field, `"${v}" is not one of ${rule.allowed.join('|')}`, at));
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
