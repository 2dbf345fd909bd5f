// Example addresses left in site.yaml: `npm run new-handbook` writes example.org ones to be replaced, and nothing
// said when they were not (a new adopter's trial, 3 December 2026: the CNAME file said handbook.example.org).

/**
 * True when `host` is a domain reserved for examples and tests, never a real site: example.org, example.com,
 * example.net and their subdomains (RFC 2606 §3), and the top-level domains .example, .test, .invalid and
 * .localhost (RFC 2606 §2, RFC 6761 §6). Case-insensitive; a trailing dot is ignored.
 */
export function isExampleHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return /(^|\.)example\.(org|com|net)$/.test(h) || /\.(example|test|invalid|localhost)$/.test(h) || ['example', 'test', 'invalid', 'localhost'].includes(h);
}

/** Code hosts whose `example` account the scaffold names in `repository` (https://github.com/example/handbook). */
const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org']);

/**
 * True when `value` is an http(s) URL or a mailto: address at an example domain ({@link isExampleHost}), or a
 * repository of the `example` account on a code host. False for anything else, addresses or not.
 */
export function isExampleAddress(value: string): boolean {
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    return false;
  }
  if (u.protocol === 'http:' || u.protocol === 'https:')
    return isExampleHost(u.hostname) || (CODE_HOSTS.has(u.hostname.toLowerCase()) && u.pathname.split('/')[1]?.toLowerCase() === 'example');
  if (u.protocol === 'mailto:') {
    const domain = /@([^?]+)/.exec(decodeURIComponent(u.pathname))?.[1];
    return domain !== undefined && isExampleHost(domain);
  }
  return false;
}

/**
 * The fields of `settings` (site.yaml as read) holding an example address ({@link isExampleAddress}), as
 * paths in the file's terms (`url`, `contacts[0].url`), in the order written. Any string field counts, so a field
 * added to site.yaml later is covered too. Why not the local preview address (localhost): it is never written by the
 * scaffold, and is refused elsewhere where it matters.
 */
export function exampleAddresses(settings: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, at: string) => {
    if (typeof v === 'string') {
      if (isExampleAddress(v)) out.push(at);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, at ? `${at}.${k}` : k);
  };
  walk(settings, '');
  return out;
}

/**
 * The check's note about example addresses in site.yaml (`file`, as the check names it), or undefined when there are
 * none. A note, not a warning: the test handbooks use example.org addresses on purpose (RFC 2606 reserves them for
 * just that), and a handbook may be built before its address is known; but a site published with them links readers
 * to nowhere, so the build log says so every time.
 */
export function exampleAddressNote(settings: unknown, file: string): string | undefined {
  const fields = exampleAddresses(settings);
  if (!fields.length) return undefined;
  const list = fields.length > 4 ? `${fields.slice(0, 4).join(', ')} and ${fields.length - 4} more` : fields.join(', ');
  return `Addresses: ${file} still has example addresses (${list}), which lead nowhere: set the handbook's own before it is published`;
}
