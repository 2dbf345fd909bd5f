// Links inside a raw HTML <a> (e.g. `<a href="mailto:x@example.org">x@example.org</a>`) stay plain text, so the
// page gets one link, not a second <a> nested inside the first (invalid HTML) from GFM's autolinking.
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { eachNode } from './walk';

const OPEN_A = /<a(?:\s[^>]*)?>/gi;
const CLOSE_A = /<\/a\s*>/gi;

/** remark plugin: inside an open raw `<a>…</a>` in one paragraph, a Markdown link is replaced by its text. */
export function remarkNoLinksInRawLinks() {
  return (tree: Root) => {
    eachNode<Nodes>(tree, (node) => {
      if (!('children' in node) || node.type === 'root') return;
      const parent = node as Parent;
      if (!parent.children.some((c) => c.type === 'html')) return;
      let open = 0;
      const out: RootContent[] = [];
      for (const c of parent.children) {
        if (c.type === 'html') {
          open += (c.value.match(OPEN_A)?.length ?? 0) - (c.value.match(CLOSE_A)?.length ?? 0);
          if (open < 0) open = 0;
          out.push(c);
        } else if (open > 0 && c.type === 'link') out.push(...(c.children as RootContent[]));
        else out.push(c);
      }
      parent.children = out;
    });
  };
}
