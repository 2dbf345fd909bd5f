// URLs that come from data: only http, https and mailto may reach a page as a link.
import { z } from 'zod';

export const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/** True when `url` is absolute and uses an allowed scheme. */
export function isSafeUrl(url: string): boolean {
  try {
    const u = new URL(url.trim());
    return (ALLOWED_SCHEMES as readonly string[]).includes(u.protocol);
  } catch {
    return false;
  }
}

/** The URL if safe, else undefined, so a view can render plain text instead of a link. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && isSafeUrl(url) ? url.trim() : undefined;
}

/**
 * Why a URL that browsers take (`new URL` parses it) is not a URI as RFC 3986 writes one, or undefined when it is: a
 * scheme in capitals, a space, a character outside ASCII (an internationalised host or path) or one RFC 3986 never
 * allows (`<>"{}|\\^` and the backtick), each with the URI to write instead, as the WHATWG URL serialiser writes it
 * (hosts in Punycode, the rest percent-encoded). The published JSON Schemas declare these fields `format: uri` with a
 * lower-case scheme, and the check took `https://bücher.example/`, `HTTPS://EXAMPLE.ORG/x` and `https://example.org/a b`,
 * which the releases API then carried against its own schema, and feeds and pages as links (a machine-outputs trial,
 * 3 December 2026).
 */
export function notAUri(url: string): string | undefined {
  const s = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/.test(s) && /^[\x21-\x7E]*$/.test(s) && !/[<>"{}|\\^`]/.test(s)) return undefined;
  let href: string;
  try {
    href = new URL(s).href;
  } catch {
    return undefined; // Not a URL at all: the schemas' own message says so.
  }
  return `is not written as a URI (RFC 3986: the scheme in lower case, spaces and other characters percent-encoded, hosts in ASCII), as the published data needs: write "${href}"`;
}

/** Schema for a URL field in content: absolute, http/https/mailto only, written as a URI ({@link notAUri}). */
export const urlSchema = z
  .string()
  .refine(isSafeUrl, { message: '{found} is not an allowed URL: expected an absolute http://, https:// or mailto: address' })
  .superRefine((s, ctx) => {
    const why = notAUri(s);
    if (why) ctx.addIssue({ code: 'custom', message: `{found} ${why}` });
  });

/**
 * Schema for web links only (no mailto), e.g. evidence links on radar blips, written as a URI ({@link notAUri}).
 * `placeholders` are left out of the URI rule: a template's `{title}` is replaced, encoded, before it is a link.
 */
export function webUrlSchema(placeholders: readonly string[] = []) {
  return z
    .string()
    .refine((s) => isSafeUrl(s) && !s.trim().startsWith('mailto:'), { message: '{found} is not an allowed URL: expected an absolute http:// or https:// address' })
    .superRefine((s, ctx) => {
      const why = notAUri(placeholders.reduce((t, p) => t.split(p).join('x'), s));
      if (why) ctx.addIssue({ code: 'custom', message: `{found} ${why}` });
    });
}

/** {@link webUrlSchema} with no placeholders. */
export const httpUrlSchema = webUrlSchema();
