// Local images (a path relative to the page): which ones Astro's image pipeline can optimise, and a rehype step so
// that any other one keeps its src instead of becoming an <img> without one.
import fs from 'node:fs';
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

/**
 * Whether a file's first bytes (`head`, up to 4 KB) are those of a picture Astro's image pipeline (sharp) can read:
 * PNG and APNG, JPEG, GIF, WebP, AVIF, TIFF or SVG. An empty file, one cut short, or another kind of file saved under
 * an image name stops the build in Astro's image service ("Could not process image metadata") with every page
 * unbuilt. Signatures: PNG (ISO/IEC 15948 §5.2), JPEG SOI marker FF D8 FF, GIF87a/GIF89a, RIFF…WEBP (RFC 9649 §2),
 * an ISO-BMFF `ftyp` box with an `avif`/`avis` brand, TIFF `II*\0`/`MM\0*`; SVG is text with an `<svg` element.
 */
export function looksLikeImage(head: Uint8Array): boolean {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const ascii = (from: number, to: number) => b.subarray(from, to).toString('latin1');
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return true;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return true;
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return true;
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return true;
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return true;
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return true;
  return /<svg[\s>]/i.test(b.toString('utf8'));
}

/**
 * Whether a picture file whose first bytes are `head` ends as its format says it must, given its last bytes `tail`
 * and its `size` in bytes: PNG with its IEND chunk, JPEG with an end-of-image marker (FF D9) in its last 4 KB (some
 * cameras write data after it), GIF with its trailer (3B), WebP as long as its RIFF header says. A file cut short
 * (a failed download or copy) passed the check and the image pipeline turned it into a black picture (a new
 * adopter's trial, 2 December 2026). Other formats are taken as complete. Sources: PNG 1.2 §11.2.5 (IEND), JPEG
 * (ITU T.81) B.2.1 (EOI), GIF89a §27 (trailer), RIFF/WebP container (file size at offset 4).
 */
export function endsComplete(head: Uint8Array, tail: Uint8Array, size: number): boolean {
  const h = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const t = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength);
  if (h.length >= 8 && h[0] === 0x89 && h.subarray(1, 4).toString('latin1') === 'PNG') return t.subarray(-8).equals(Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]));
  if (h.length >= 3 && h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff) return t.includes(Buffer.from([0xff, 0xd9]));
  if (h.subarray(0, 3).toString('latin1') === 'GIF') return t[t.length - 1] === 0x3b;
  if (h.length >= 12 && h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP') return size >= h.readUInt32LE(4) + 8;
  return true;
}

/**
 * {@link looksLikeImage} for a file on disk (its first 4 KB), and {@link endsComplete} (its last 4 KB); false when it
 * cannot be read, is not a picture or is cut short.
 */
export function fileLooksLikeImage(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(4096);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    if (!looksLikeImage(head.subarray(0, n))) return false;
    const tail = Buffer.alloc(Math.min(4096, size));
    const m = fs.readSync(fd, tail, 0, tail.length, size - tail.length);
    return endsComplete(head.subarray(0, n), tail.subarray(0, m), size);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
