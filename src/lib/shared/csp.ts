// The site's Content-Security-Policy: one definition for the <meta> tag and the _headers file.

/** Directives a <meta> tag can carry. 'wasm-unsafe-eval' lets pagefind run its WebAssembly index; nothing is inline. */
export const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

export function cspMeta(): string {
  return CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
}

/** Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages); adds what only a header can say. */
export function headersFile(): string {
  const policy = `${cspMeta()}; frame-ancestors 'none'`;
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}
