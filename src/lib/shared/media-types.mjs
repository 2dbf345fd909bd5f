// The Content-Type a file is served with, by its name: by the local preview server (scripts/serve.mjs) and by
// `astro dev` for the content's public/ files (src/integrations/content-public.ts). Plain JavaScript: the preview
// server runs under Node without a TypeScript loader.
import path from 'node:path';
import { lookup } from 'mrmime';

/**
 * Types mrmime's list leaves out or gives otherwise. Office documents handbooks publish (templates, forms): their IANA media types
 * (application/vnd.openxmlformats-officedocument.*, RFC-registered vnd.oasis.opendocument.*), so the browser opens
 * them as documents rather than unknown bytes.
 * @type {Record<string, string>}
 */
const EXTRA_TYPES = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': 'application/vnd.oasis.opendocument.presentation',
  // Not in mrmime's table either; a favicon a handbook ships as .ico.
  '.ico': 'image/x-icon',
  // mrmime says text/xml; RFC 7303 §9.2 prefers application/xml (the sitemaps, the feeds' XML).
  '.xml': 'application/xml',
};

/**
 * The media type for `file` (a path or URL path; only its extension is read, case-insensitively): mrmime's table
 * (IANA's registry, e.g. image/webp, application/pdf, text/calendar) after {@link EXTRA_TYPES}, else
 * application/octet-stream (pagefind's index files among them). Text types, JSON, XML and JavaScript get
 * `; charset=utf-8` (SVG, an +xml type, too), since every text file the build writes is UTF-8. Why one table: the preview server had its own
 * short list, and served every WebP picture and PDF as application/octet-stream under `nosniff`, so opening one
 * downloaded it (a new adopter's trial, 3 December 2026).
 * @param {string} file
 * @returns {string}
 */
export function mediaType(file) {
  const ext = path.extname(file).toLowerCase();
  const type = EXTRA_TYPES[ext] ?? lookup(ext) ?? 'application/octet-stream';
  // "+xml" and "/xml" only: the Office types have "xml" inside their names and are not text.
  return /^text\/|[/+](json|xml)$|javascript$/.test(type) ? `${type}; charset=utf-8` : type;
}
