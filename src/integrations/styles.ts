// Astro integration: compiles the design system's Sass once, outside Vite, into src/styles/generated/.
// Vite's Sass pipeline took ~10 s a build for the design-system partials; compiling directly takes ~2 s, and the
// result is reused until a .scss file, the design system or Sass changes.
import type { AstroIntegration } from 'astro';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported eagerly although fresh stylesheets do not need it: loading Sass only to compile saved ~0.2 s of a rebuild
// but raised a full build's peak memory at 2,000 pages from 1,080-1,100 MB to about 1,260 MB in most builds
// (measured side by side, four builds each; why the garbage collector behaves so is not known).
import * as sass from 'sass';

/** Stylesheets compiled to `src/styles/generated/<name>.css`; the rest stay as Sass partials. */
export const STYLE_ENTRIES = ['main', '_releases', '_radar', '_kpis', '_checklists'];

function packageVersion(root: string, name: string): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** `onStart` is called only when the stylesheets are stale, before the (seconds-long) compile: progress for the log. */
export function compileStyles(root: string, onStart?: () => void): { compiled: boolean; ms: number } {
  const t0 = performance.now();
  const dir = path.join(root, 'src/styles');
  const out = path.join(dir, 'generated');
  const sources = fs.readdirSync(dir).filter((f) => f.endsWith('.scss')).sort();
  const hash = crypto.createHash('sha256');
  for (const f of sources) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
  hash.update(packageVersion(root, '@scottish-government/design-system')).update(packageVersion(root, 'sass'));
  const stamp = hash.digest('hex');
  const stampFile = path.join(out, '.stamp');
  const fresh = fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp &&
    STYLE_ENTRIES.every((e) => fs.existsSync(path.join(out, `${e.replace(/^_/, '')}.css`)));
  if (fresh) return { compiled: false, ms: Math.round(performance.now() - t0) };
  onStart?.();
  fs.mkdirSync(out, { recursive: true });
  for (const entry of STYLE_ENTRIES) {
    const res = sass.compile(path.join(dir, `${entry}.scss`), {
      loadPaths: [path.join(root, 'node_modules')],
      style: 'compressed',
      quietDeps: true,
    });
    fs.writeFileSync(path.join(out, `${entry.replace(/^_/, '')}.css`), res.css + '\n');
  }
  fs.writeFileSync(stampFile, stamp);
  return { compiled: true, ms: Math.round(performance.now() - t0) };
}

export function siteStyles(): AstroIntegration {
  return {
    name: 'handbook:styles',
    hooks: {
      'astro:config:setup': ({ config, logger, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        const res = compileStyles(root, () => logger.info('compiling the stylesheets (once, until a .scss file changes)…'));
        if (res.compiled) logger.info(`compiled the stylesheets in ${res.ms} ms`);
        // The dev server restarts (and recompiles) when a stylesheet changes.
        const dir = path.join(root, 'src/styles');
        for (const f of fs.readdirSync(dir)) if (f.endsWith('.scss')) addWatchFile(path.join(dir, f));
      },
    },
  };
}
