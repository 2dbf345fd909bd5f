// A plain pre-order walk of a syntax tree, for the Markdown steps that run on every page (see eachNode for why).

interface AnyNode {
  type: string;
  children?: AnyNode[];
}

/**
 * Calls `fn(node, parent)` for `tree` and every node under it, in the order unist-util-visit uses (pre-order,
 * children left to right, a node's children read after `fn` has seen the node, so `fn` may replace them). `fn`
 * must not add or remove its node's siblings. Why not unist-util-visit: it builds closures and ancestor arrays for
 * every node, and in the profile of the 2,000-page benchmark its walks cost more than the steps' own work; these
 * steps run twice per page (the check and the render).
 */
export function eachNode<T extends AnyNode>(tree: T, fn: (node: T, parent: T | undefined) => void): void {
  const go = (node: T, parent: T | undefined) => {
    fn(node, parent);
    const children = node.children as T[] | undefined;
    if (children) for (let i = 0; i < (node.children as T[]).length; i++) go((node.children as T[])[i], node);
  };
  go(tree, undefined);
}
