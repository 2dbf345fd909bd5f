// One rule for every model the pages read: built once per production build, rebuilt on each call in development
// so editors see their changes without restarting the preview.

export function perBuild<T>(make: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => {
    if (import.meta.env.DEV) return make();
    cached ??= { value: make() };
    return cached.value;
  };
}
