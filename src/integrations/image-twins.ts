// Pictures with the same bytes under different names are one picture to the build, imported from one file. Astro
// writes such pictures once and names the file after whichever it meets first (for SVG, Astro keeps the first
// file's name itself, astro/dist/assets/utils/node.js; for other formats the bundler does), and which it meets
// first depends on which page's modules finish loading first: two builds of the same content named a logo shown
// from three folders `aaa-logo.V57Dj1Gu.svg` once and `nss-logo.V57Dj1Gu.svg` the next time, and every page
// showing it differed (a new adopter's trial, 2 December 2026: about 4 builds in 40, clean and incremental alike).
// Here every import of such a picture, from any page or partial, is resolved to one of its files, chosen by name:
// the same file, and so the same name, in every build.
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { imageTwins } from '../lib/shared/cache-key';
import { contentPaths } from '../lib/shared/content-dir';
import { IMAGE_EXTENSIONS } from '../lib/markdown/local-images';
import { byCodePoint } from '../lib/shared/sort';

/**
 * For each picture file in the content directory under `root` that has byte-identical twins, the twin every import
 * is resolved to (absolute paths): the one whose file name comes first in code-point order, then its path. Pictures
 * without twins are not in the map.
 */
export function twinTargets(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string[]>();
  for (const group of imageTwins(root, contentPaths(root).dir).values()) {
    if (group.length < 2 || seen.has(group)) continue;
    seen.add(group);
    const chosen = [...group].sort((a, b) => byCodePoint(path.posix.basename(a), path.posix.basename(b)) || byCodePoint(a, b))[0];
    for (const f of group) if (f !== chosen) out.set(path.resolve(root, f), path.resolve(root, chosen));
  }
  return out;
}

/** An import of a picture Astro's image pipeline reads (IMAGE_EXTENSIONS), with or without a query. */
const PICTURE = new RegExp(`\\.(?:${IMAGE_EXTENSIONS.join('|')})(?:\\?.*)?$`, 'i');

/** The integration: in a build (not `astro dev`, where files change under it), resolves twins' imports to one file. */
export function imageTwinImports(root: string): AstroIntegration {
  return {
    name: 'handbook:image-twins',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        let targets: Map<string, string> | undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook:image-twins',
                enforce: 'pre',
                async resolveId(source, importer, options) {
                  // Only picture imports: every other module is left to the resolvers after this one untouched.
                  if (!PICTURE.test(source)) return null;
                  targets ??= twinTargets(root);
                  if (targets.size === 0) return null;
                  const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
                  if (!resolved || resolved.external) return resolved;
                  const q = resolved.id.indexOf('?');
                  const file = q < 0 ? resolved.id : resolved.id.slice(0, q);
                  const to = targets.get(file);
                  return to === undefined ? resolved : { ...resolved, id: to + (q < 0 ? '' : resolved.id.slice(q)) };
                },
              },
            ],
          },
        });
      },
    },
  };
}
