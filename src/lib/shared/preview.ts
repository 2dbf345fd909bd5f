// The preview-build setting: whether a build shows drafts (draft handbook pages, draft radar editions).
import { ContentError, issue } from './errors';

/** Environment variable that asks `astro build` for a preview build, e.g. `HANDBOOK_PREVIEW=1 npm run build`. */
export const PREVIEW_ENV = 'HANDBOOK_PREVIEW';

/**
 * True when `env` asks for a preview build: `HANDBOOK_PREVIEW` is `1` or `true`. Unset, empty, `0` or `false`
 * mean a published build. Any other value throws a ContentError naming the variable, so a typo never publishes
 * drafts nor silently hides them from a preview.
 */
export function isPreviewBuild(env: Record<string, string | undefined> = process.env): boolean {
  const v = env[PREVIEW_ENV]?.trim().toLowerCase() ?? '';
  if (v === '1' || v === 'true') return true;
  if (v === '' || v === '0' || v === 'false') return false;
  throw new ContentError([
    issue(`environment variable ${PREVIEW_ENV}`, '', `${JSON.stringify(env[PREVIEW_ENV])} is not 1, true, 0 or false: set ${PREVIEW_ENV}=1 for a preview build with drafts, or leave it unset`),
  ]);
}

/**
 * Whether drafts are built: always in `astro dev` (`dev` true), and in a build only when it is a preview build.
 * The published site, its feeds, exports and APIs never call this with a preview environment.
 */
export function showDrafts(dev: boolean, env: Record<string, string | undefined> = process.env): boolean {
  // Boolean(): Astro can hand `import.meta.env.DEV` over as the string "1" (when DEV is set in the environment).
  return Boolean(dev) || isPreviewBuild(env);
}
