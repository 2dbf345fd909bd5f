import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeUrl, urlSchema } from './urls';
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
});
