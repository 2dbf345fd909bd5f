// Astro integration: routes each optional area's pages (src/areas/<area>/, laid out like src/pages/) only when the
// handbook has that area, so an absent area has no pages, feeds or APIs at all.
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREAS, detectAreas, type Area } from '../lib/site/areas';
import { loadSite } from '../lib/site/load';

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
        logger.info(`areas: handbook${on.map((a) => `, ${a}`).join('')}`);
      },
    },
  };
}
