// Astro integration: publishes the content directory's public/ folder beside the engine's own (Astro has one
// publicDir), so a handbook in a folder or repository of its own can ship files (PDFs, templates) without editing
// the engine. The build copies them in after the pages are written; `astro dev` serves them from where they are.
// The content check refuses a file that would take the place of a page or of something the build writes
// (checkContentPublic in src/lib/site/public-files.ts), so nothing is overwritten here. A robots.txt is written last
// when neither public/ folder has one (src/lib/site/robots.ts).
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mediaType } from '../lib/shared/media-types.mjs';
import { contentPaths } from '../lib/shared/content-dir';
import { urlPathsUnder } from '../lib/site/public-files';
import { robotsTxt } from '../lib/site/robots';
import { isPreviewBuild } from '../lib/shared/preview';

/** `url` (a request's path, e.g. `/files/rota%20v2.pdf`) as a file under `dir`, or undefined when there is none. */
export function fileFor(dir: string, url: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(url.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  const file = path.join(dir, rel);
  // Never outside the folder (`/../site.yaml`).
  if (!file.startsWith(dir + path.sep)) return undefined;
  try {
    return fs.statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export function contentPublic(root: string): AstroIntegration {
  const dir = () => path.resolve(root, contentPaths(root).public);
  let site = '';
  return {
    name: 'handbook:content-public',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(dir(), req.url ?? '/') : undefined;
          if (!file) return next();
          res.setHeader('Content-Type', mediaType(file));
          if (req.method === 'HEAD') return res.end();
          fs.createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir: outUrl, logger }) => {
        const from = dir();
        const files = urlPathsUnder(root, contentPaths(root).public);
        const out = fileURLToPath(outUrl);
        // After the copies, so a handbook's own robots.txt (in its public/ or the engine's) is the one published.
        const robots = () => {
          const file = path.join(out, 'robots.txt');
          if (site && !fs.existsSync(file)) fs.writeFileSync(file, robotsTxt(site, isPreviewBuild()));
        };
        if (files.length === 0) return robots();
        // Never over something the build wrote: a page kept from the last build is a hard link into Astro's cache,
        // and copying over it changed the cached copy too, so the next builds kept the wrong file (a new adopter's
        // trial, 2 December 2026). The check refuses the clashes it can see; this catches any other, and fails the
        // build (which then removes its output) rather than publish over it.
        const clashes = files.filter((url) => fs.existsSync(path.join(out, url)) || fs.existsSync(path.dirname(path.join(out, url))) && !fs.statSync(path.dirname(path.join(out, url))).isDirectory());
        if (clashes.length)
          throw new Error(
            clashes.map((url) => `${contentPaths(root).public}${url}  would replace ${url}, which the build writes: move it to another folder, e.g. public/files${url}`).join('\n'),
          );
        for (const url of files) {
          const dest = path.join(out, url);
          fs.mkdirSync(path.dirname(dest), { recursive: true });
          // COPYFILE_EXCL: a new file, never written through a link.
          fs.copyFileSync(path.join(from, url), dest, fs.constants.COPYFILE_EXCL);
        }
        logger.info(`published ${files.length === 1 ? '1 file' : `${files.length} files`} from ${contentPaths(root).public}/`);
        robots();
      },
    },
  };
}
