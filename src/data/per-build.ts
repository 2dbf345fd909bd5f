// One rule for every model the pages read: built once per production build, and in development rebuilt so editors
// see their changes without restarting the preview.

export function perBuild<T>(make: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => {
    if (import.meta.env.DEV) return make();
    cached ??= { value: make() };
    return cached.value;
  };
}

/**
 * Development's memo for models that are costly to rebuild (the handbook model indexes every page: about 0.2–0.5 s
 * per request at 2,000 pages): `make(input)` runs again only when `key` differs from the last call's, so browsing
 * the preview does not rebuild it on every request, while a saved page (its digest is in the key) rebuilds it at
 * once. The memo is kept on `globalThis` under `name`: Vite evaluates this module again whenever the content store
 * changes, and a module-level memo would be lost each time. Outside development it is not used: pass `make` to
 * `perBuild` there.
 */
export function devMemo<I, T>(name: string, key: string, input: I, make: (input: I) => T): T {
  const memos = ((globalThis as { [MEMOS]?: Map<string, { key: string; value: T }> })[MEMOS] ??= new Map());
  const hit = memos.get(name);
  if (hit && hit.key === key) return hit.value;
  const value = make(input);
  memos.set(name, { key, value });
  return value;
}

const MEMOS = Symbol.for('handbook.devMemos');
