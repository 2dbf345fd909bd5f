// The point a build waits at for its content check (src/integrations/content-check.ts starts the check in a child
// process; the build's start waits here before anything is written, and the content loader before passing on
// Astro's own error for a page, so the check's report comes first).
// Kept on globalThis: the integration is loaded by Astro's config loader and the loader by Vite, as separate module
// instances, and both must see the one gate.

const GATE = Symbol.for('handbook.buildCheckGate');
type Holder = { [GATE]?: Promise<void> };

/** Sets the promise that settles once the build's content check has passed (it ends the process when it fails). */
export function setBuildCheckGate(passed: Promise<void>): void {
  (globalThis as Holder)[GATE] = passed;
}

/** Resolves once the build's content check has passed; at once when no check is pending (`astro dev`, a cache hit). */
export function buildCheckPassed(): Promise<void> {
  return (globalThis as Holder)[GATE] ?? Promise.resolve();
}
