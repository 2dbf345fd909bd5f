// Astro integration: routes each optional area's pages (src/areas/<area>/, laid out like src/pages/) only when the
// handbook has that area, so an absent area has no pages, feeds or APIs at all.
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREAS, detectAreas, type Area } from '../lib/site/areas';
import { loadSite } from '../lib/site/load';
import { contentDir, CONTENT_DIR_ENV } from '../lib/shared/content-dir';

/** Where the pages of each optional area live, relative to the project root. */
export const AREAS_DIR = 'src/areas';

const ROUTE_FILE = /\.(astro|ts|js|mjs|md|mdx)$/;

/**
 * The routes of one area: every page or endpoint file under `src/areas/<area>/`, with the pattern Astro's file
 * routing would give it under src/pages (`radar/blips/[id].astro` → `/radar/blips/[id]`, `index.astro` → its
 * folder). Files and folders starting with `_` or `.`, and tests, are not routes.
 */
export function areaRoutes(root: string, area: Area): { pattern: string; entrypoint: string }[] {
  const base = path.join(root, AREAS_DIR, area);
  const out: { pattern: string; entrypoint: string }[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('_') || e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (ROUTE_FILE.test(e.name) && !/\.test\.[jt]s$/.test(e.name) && !e.name.endsWith('.d.ts')) {
        const rel = path.relative(base, full).split(path.sep).join('/');
        const pattern = '/' + rel.replace(ROUTE_FILE, '').replace(/(^|\/)index$/, '');
        out.push({ pattern: pattern === '/' ? '/' : pattern.replace(/\/$/, ''), entrypoint: `./${AREAS_DIR}/${area}/${rel}` });
      }
    }
  };
  walk(base);
  return out;
}

/**
 * A warning when the content-directory setting is unset (so `content/` is built) while the folder above the project
 * holds a handbook (site.yaml and handbook/): the layout of a content repository with the engine inside it, where the
 * setting was forgotten. Undefined otherwise. `env`: the environment (process.env).
 */
export function handbookAboveWarning(root: string, env: Record<string, string | undefined> = process.env): string | undefined {
  const parent = path.dirname(path.resolve(root));
  if (env[CONTENT_DIR_ENV]?.trim() || !fs.existsSync(path.join(parent, 'site.yaml')) || !fs.existsSync(path.join(parent, 'handbook'))) return undefined;
  return `building ${path.relative(root, contentDir(root, env))}/ while the folder above holds a handbook too (../site.yaml): to build that one, set ${CONTENT_DIR_ENV}=.. (e.g. ${CONTENT_DIR_ENV}=.. npm run build)`;
}

export function optionalAreas(): AstroIntegration {
  return {
    name: 'handbook:optional-areas',
    hooks: {
      'astro:config:setup': ({ config, injectRoute, logger }) => {
        const root = fileURLToPath(config.root);
        // A broken site.yaml is reported by the content check; the areas still follow the content.
        const areas = detectAreas(root, loadSite(root).site?.areas);
        const on = AREAS.filter((a) => areas[a]);
        for (const a of on) for (const r of areaRoutes(root, a)) injectRoute({ ...r, prerender: true });
        // Which handbook this is: building the bundled sample by mistake (the setting unset in an engine checked out
        // inside a content repository) gave no sign of it (a new adopter's trial, 2 December 2026).
        const dir = contentDir(root);
        logger.info(`content: ${path.relative(root, dir) || '.'} (${loadSite(root).site?.title ?? 'no site.yaml title'}); areas: handbook${on.map((a) => `, ${a}`).join('')}`);
        const other = handbookAboveWarning(root);
        if (other) logger.warn(other);
      },
    },
  };
}
