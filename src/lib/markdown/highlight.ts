// Shiki's highlighted code as classes, never inline styles: the site's CSP is `style-src 'self'`.
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';

/**
 * The Shiki theme we ask Astro for: `css-variables` colours every token with `var(--astro-code-token-<kind>)`,
 * a small fixed set of kinds (keyword, string, comment, constant, function, parameter, punctuation, link,
 * string-expression), which `styleToClasses` turns into `mh_tok-<kind>` classes that src/styles/_markdown.scss
 * colours with design-system colours.
 */
export const SHIKI_THEME = 'css-variables';

const DECLARATION_CLASSES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^color:\s*var\(--astro-code-(?:token-)?([a-z-]+)\)$/, (m) => `mh_tok-${m[1]}`],
  [/^font-style:\s*italic$/, () => 'mh_tok-italic'],
  [/^font-weight:\s*(?:bold|[6-9]00)$/, () => 'mh_tok-bold'],
  [/^text-decoration:\s*underline$/, () => 'mh_tok-underline'],
  [/^user-select:\s*none$/, () => 'mh_tok-nosel'],
];

/** Classes for one `style` attribute value; declarations with no class (background, overflow) are dropped. */
export function styleToClasses(style: string): string[] {
  const out: string[] = [];
  for (const decl of style.split(';').map((d) => d.trim().toLowerCase()).filter(Boolean)) {
    for (const [re, cls] of DECLARATION_CLASSES) {
      const m = re.exec(decl);
      if (m) {
        const c = cls(m);
        if (!out.includes(c) && c !== 'mh_tok-foreground' && c !== 'mh_tok-background') out.push(c);
        break;
      }
    }
  }
  return out;
}

function moveStyle(node: Element): void {
  const style = node.properties?.style;
  if (style === undefined) return;
  delete node.properties.style;
  const add = styleToClasses(String(style));
  if (!add.length) return;
  const cls = node.properties.className;
  const list = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? (cls as string).split(/\s+/) : [];
  node.properties.className = [...list, ...add];
}

function walk(node: Element | ElementContent): void {
  if (node.type !== 'element') return;
  moveStyle(node);
  for (const c of node.children) walk(c);
}

/** Shiki transformer (runs after Astro's own): every `style` in the highlighted block becomes classes. */
export const classHighlighting: ShikiTransformer = {
  name: 'mygov:style-to-class',
  pre(node) {
    walk(node);
  },
};
