// Local images (a path relative to the page): which ones Astro's image pipeline can optimise, and a rehype step so
// that any other one keeps its src instead of becoming an <img> without one.
import type { Root } from 'hast';

/** File extensions Astro's image pipeline reads (astro/dist/assets/consts.js, VALID_INPUT_FORMATS). */
export const IMAGE_EXTENSIONS = ['jpeg', 'jpg', 'png', 'apng', 'tiff', 'webp', 'gif', 'svg', 'avif'] as const;

/** A path relative to the page (`photo.png`, `./img/a.jpg`, `../x.svg`): not a URL with a scheme, `//host`, `/root` or `#frag`. */
export function isLocalPath(url: string): boolean {
  return url !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url);
}

/** Whether Astro's image pipeline can import a local image path: its file name ends in one of IMAGE_EXTENSIONS. */
export function isOptimisable(localPath: string): boolean {
  const name = localPath.replace(/[?#].*$/, '').split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 && (IMAGE_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}

/**
 * rehype plugin (before Astro's rehype-images): Astro collects every local image path and replaces each <img> with a
 * placeholder that only an imported image fills in; a path it cannot import (no image extension, e.g. `![a](photo)`)
 * would ship as an <img> with no src at all. Such paths are taken off Astro's list so the <img> keeps the src the
 * editor wrote. The content check reports them (src/lib/handbook/links.ts), so a real build never ships one.
 */
export function rehypeUnoptimisableImages() {
  return (_tree: Root, file: { data: { astro?: { localImagePaths?: string[] } } }) => {
    const astro = file.data.astro;
    if (astro?.localImagePaths) astro.localImagePaths = astro.localImagePaths.filter(isOptimisable);
  };
}
