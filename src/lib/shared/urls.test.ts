import { describe, expect, it } from 'vitest';
import { isSafeUrl, notAUri, safeUrl, urlSchema, webUrlSchema } from './urls';
import { validate } from './validate';

describe('urls', () => {
  it('allows http, https and mailto only', () => {
    expect(isSafeUrl('https://www.example.org/')).toBe(true);
    expect(isSafeUrl('mailto:releases@example.gov.scot')).toBe(true);
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl(' JavaScript:alert(1)')).toBe(false);
    expect(isSafeUrl('data:text/html,<b>x</b>')).toBe(false);
    expect(isSafeUrl('/relative/path')).toBe(false);
    expect(safeUrl('ftp://x.example')).toBeUndefined();
  });
  it('reports the bad value and what is allowed', () => {
    const r = validate(urlSchema, 'javascript:alert(1)', { file: 'x.json' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0].message).toBe(
        '"javascript:alert(1)" is not an allowed URL: expected an absolute http://, https:// or mailto: address',
      );
  });
  it('takes only URIs as RFC 3986 writes them, as the published JSON Schemas declare (format: uri), with the URI to write', () => {
    // A machine-outputs trial (3 December 2026): each passed the check and failed /schemas/releases-api.schema.json.
    const why = (u: string) => notAUri(u)?.replace(/^.*: write /, '');
    expect(why('https://bücher.example/ticket/1')).toBe('"https://xn--bcher-kva.example/ticket/1"');
    expect(why('HTTPS://EXAMPLE.ORG/x')).toBe('"https://example.org/x"');
    expect(why('https://example.org/a b')).toBe('"https://example.org/a%20b"');
    expect(why('https://example.org/ü?q=ä#frag')).toBe('"https://example.org/%C3%BC?q=%C3%A4#frag"');
    for (const ok of ['https://example.org/a%20b?q=1&r=2#x', 'mailto:releases@example.gov.scot', 'http://localhost:8080/'])
      expect(notAUri(ok), ok).toBeUndefined();
    const r = validate(urlSchema, 'https://example.org/a b', { file: 'x.json' });
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      '"https://example.org/a b" is not written as a URI (RFC 3986: the scheme in lower case, spaces and other characters percent-encoded, hosts in ASCII), as the published data needs: write "https://example.org/a%20b"',
    ]);
    // A template's placeholders are replaced, encoded, before it is a link (site.yaml report_problem_url).
    expect(validate(webUrlSchema(['{title}']), 'https://example.org/new?title={title}', { file: 'x.yaml' }).ok).toBe(true);
  });
});
