// GitHub-style alerts (`> [!NOTE]` …) become the design system's inset text or warning text, with a label.
import type { Blockquote, Paragraph, Parent, Root, RootContent } from 'mdast';

/** The five GitHub alert types (docs.github.com, "Basic writing and formatting syntax" → Alerts) and their labels. */
export const ALERT_TYPES = {
  note: { label: 'Note', look: 'inset' },
  tip: { label: 'Tip', look: 'inset' },
  important: { label: 'Important', look: 'inset' },
  warning: { label: 'Warning', look: 'warning' },
  caution: { label: 'Caution', look: 'warning' },
} as const;
export type AlertType = keyof typeof ALERT_TYPES;

const MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i;

/** The alert type a blockquote starts with (`[!NOTE]` alone on its first line), or undefined. */
export function alertTypeOf(node: Blockquote): AlertType | undefined {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = first.children[0];
  if (text?.type !== 'text') return undefined;
  const m = MARKER.exec(text.value);
  return m ? (m[1].toLowerCase() as AlertType) : undefined;
}

const el = (tag: string, props: Record<string, unknown>, children: RootContent[] = []) =>
  ({ type: 'paragraph', data: { hName: tag, hProperties: props }, children }) as unknown as Paragraph;

/**
 * remark plugin. Inset types render as
 * `<div class="ds_inset-text mh_alert mh_alert--note" role="note" aria-label="Note"><p class="mh_alert__label" aria-hidden="true">Note</p><div class="ds_inset-text__text">…</div></div>`;
 * warning and caution as the design system's warning text (icon, then the text), labelled the same way.
 * The label is visible and is also the note's accessible name, so a screen reader hears it once, first.
 */
export function remarkAlerts() {
  return (tree: Root) => {
    eachBlockquote(tree, (node, index, parent) => {
      const type = alertTypeOf(node);
      if (!type) return;
      const { label, look } = ALERT_TYPES[type];
      const first = node.children[0] as Paragraph;
      const text = first.children[0] as { value: string };
      text.value = text.value.replace(MARKER, '');
      if (!text.value) first.children.shift();
      // Two spaces after the marker made a hard line break, which then opened the alert's text with an empty line (a
      // new adopter's trial, 2 December 2026).
      if (first.children[0]?.type === 'break') first.children.shift();
      const body = first.children.length ? node.children : node.children.slice(1);
      const labelEl = el('p', { className: ['mh_alert__label'], ariaHidden: 'true' }, [{ type: 'text', value: label }]);
      const children =
        look === 'inset'
          ? [labelEl, el('div', { className: ['ds_inset-text__text'] }, body)]
          : [el('strong', { className: ['ds_warning-text__icon'], ariaHidden: 'true' }), el('div', { className: ['ds_warning-text__text'] }, [labelEl, ...body])];
      const box = el('div', { className: [look === 'inset' ? 'ds_inset-text' : 'ds_warning-text', 'mh_alert', `mh_alert--${type}`], role: 'note', ariaLabel: label }, children);
      box.position = node.position;
      parent.children[index] = box as unknown as Blockquote;
    });
  };
}

// Where a blockquote can stand in mdast: flow content, whose parents are these. Walking only them skips every
// paragraph, heading and table cell (most of a page's nodes); unist-util-visit over the whole tree was about a fifth
// of the render's time at 2,000 pages.
const FLOW_PARENTS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/** Calls `fn` for every blockquote, outer before inner, with its index in its parent; `fn` may replace it there. */
function eachBlockquote(parent: Parent, fn: (node: Blockquote, index: number, parent: Parent) => void): void {
  for (let i = 0; i < parent.children.length; i++) {
    const node = parent.children[i];
    if (node.type === 'blockquote') fn(node, i, parent);
    if (FLOW_PARENTS.has(node.type)) eachBlockquote(node as Parent, fn);
  }
}
