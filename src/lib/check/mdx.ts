// Checks the components editors use in .mdx pages — names and the ids they refer to — before anything renders.
import { issue, type ContentIssue } from '../shared/errors';
import { findMdxTags } from '../shared/mdx-tags';

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
