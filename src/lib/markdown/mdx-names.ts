// Names an MDX page's expressions use that nothing defines: `{Beaufort}` in prose parses, but the page then throws
// "Beaufort is not defined" while it renders — after the build has begun writing — so the check reports it first.
import type { Node as EsNode, Program } from 'estree';
import type { Root } from 'mdast';
import { createVisitors } from 'estree-util-scope';
import { walk } from 'estree-walker';
import { eachNode } from './walk';

/** A name an expression reads that the page does not define, and where the expression starts (body offsets). */
export interface UndefinedName {
  name: string;
  /** The expression as written, e.g. `{Beaufort}` or `name={limit}`. */
  source: string;
  offset: number;
  /** The expression is a component's or tag's attribute (`name={limit}`), not text. */
  inAttribute: boolean;
}

/** A read of one front-matter field (`frontmatter.reviewer` in `{frontmatter.reviewer.name}`), body offsets. */
export interface FrontmatterRead {
  key: string;
  source: string;
  offset: number;
}

/**
 * Names every MDX page can read without defining them: `props` (MDX's) and `frontmatter` (Astro's MDX integration
 * exports it: https://docs.astro.build/en/guides/integrations-guide/mdx/#using-exported-variables-in-mdx). Anything
 * on `globalThis` (Math, Date, JSON …) is defined too.
 */
const PROVIDED = new Set(['props', 'frontmatter']);

/** Whether the Identifier reached through `parent[key]` is read (not a property name, declaration or label). */
function isReference(parent: EsNode | null, key: string | number | symbol | null | undefined): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
      return key !== 'property' || parent.computed;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return key !== 'key' || parent.computed;
    case 'VariableDeclarator':
      return key !== 'id';
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return key !== 'id' && key !== 'params';
    case 'ClassDeclaration':
    case 'ClassExpression':
      return key !== 'id';
    case 'CatchClause':
      return key !== 'param';
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return false;
    default:
      return true;
  }
}

/** Top-level names the page's `import` and `export` statements define. */
export function esmNames(tree: Root): Set<string> {
  const names = new Set<string>();
  eachNode<{ type: string; data?: { estree?: Program } }>(tree as never, (n) => {
    if (n.type !== 'mdxjsEsm' || !n.data?.estree) return;
    const visitors = createVisitors();
    walk(n.data.estree as never, { enter: (node) => visitors.enter(node as never), leave: (node) => visitors.exit(node as never) });
    for (const name of visitors.scopes[0].defined) names.add(name);
  });
  return names;
}

/**
 * The first name `program` reads that is defined neither inside it, nor in `outer`, nor on every page; and the
 * front-matter fields it reads (`frontmatter.x` or `frontmatter["x"]`, where `frontmatter` is Astro's).
 */
function namesRead(program: Program, outer: Set<string>): { undefinedName?: string; fields: string[] } {
  const visitors = createVisitors();
  let found: string | undefined;
  const fields: string[] = [];
  const defined = (name: string) => outer.has(name) || visitors.scopes.some((s) => s.defined.includes(name));
  walk(program as never, {
    enter(node, parent, key) {
      visitors.enter(node as never);
      const n = node as EsNode;
      if (n.type === 'MemberExpression' && n.object.type === 'Identifier' && n.object.name === 'frontmatter' && !defined('frontmatter')) {
        const field = !n.computed && n.property.type === 'Identifier' ? n.property.name : n.property.type === 'Literal' && typeof n.property.value === 'string' ? n.property.value : undefined;
        if (field !== undefined) fields.push(field);
      }
      if (found || n.type !== 'Identifier' || !isReference(parent as EsNode | null, key)) return;
      const name = n.name;
      if (PROVIDED.has(name) || name in globalThis || defined(name)) return;
      found = name;
    },
    leave(node) {
      visitors.exit(node as never);
    },
  });
  return { undefinedName: found, fields };
}

/**
 * Every expression in a parsed MDX body (`{…}` in prose and attribute values `name={…}`, `{...spread}`) that reads
 * a name the page does not define, with the first such name; and every front-matter field an expression reads
 * (which fields the page sets is for the caller to judge: the front matter is not part of the body). `body` is the text `tree` was parsed from. Uses the
 * estree remark-mdx attaches to each expression (scopes by estree-util-scope); expressions without one are skipped.
 */
export function mdxNamesRead(tree: Root, body: string): { undefinedNames: UndefinedName[]; frontmatterReads: FrontmatterRead[]; defined: string[] } {
  const outer = esmNames(tree);
  const out: UndefinedName[] = [];
  const reads: FrontmatterRead[] = [];
  const check = (estree: Program | undefined | null, start: number | undefined, end: number | undefined, inAttribute = false) => {
    if (!estree || start === undefined) return;
    const { undefinedName, fields } = namesRead(estree, outer);
    const source = body.slice(start, end ?? start);
    if (undefinedName) out.push({ name: undefinedName, source, offset: start, inAttribute });
    for (const key of fields) reads.push({ key, source, offset: start });
  };
  type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };
  eachNode<{ type: string; data?: { estree?: Program }; attributes?: unknown[] } & Positioned>(tree as never, (n) => {
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') check(n.data?.estree, n.position?.start.offset, n.position?.end.offset);
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return;
    for (const a of (n.attributes ?? []) as ({ type: string; value?: unknown; data?: { estree?: Program } } & Positioned)[]) {
      if (a.type === 'mdxJsxExpressionAttribute') check(a.data?.estree, a.position?.start.offset, a.position?.end.offset, true);
      else if (a.value && typeof a.value === 'object') {
        const v = a.value as { data?: { estree?: Program } };
        check(v.data?.estree, a.position?.start.offset, a.position?.end.offset, true);
      }
    }
  });
  return { undefinedNames: out, frontmatterReads: reads, defined: [...outer].sort() };
}
