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

/** Schema for a URL field in content: absolute, http/https/mailto only. */
export const urlSchema = z.string().refine(isSafeUrl, {
  message: '{found} is not an allowed URL: expected an absolute http://, https:// or mailto: address',
});

/** Schema for web links only (no mailto), e.g. evidence links on radar blips. */
export const httpUrlSchema = z.string().refine((s) => isSafeUrl(s) && !s.trim().startsWith('mailto:'), {
  message: '{found} is not an allowed URL: expected an absolute http:// or https:// address',
});
