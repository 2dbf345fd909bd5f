// A mistake elsewhere in site.yaml does not take its page defaults away: the pages that rely on them are not also
// reported as lacking an owner and a review date. A new adopter's trial (2 December 2026): one typo in `phase` added
// two false errors for every page that took its owner from `defaults:`, listed before the real one.
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir, copyFixture, editCopy, removeCopy } from '../support/fixtures';
import { parseSite } from '../../src/lib/site/load';

let copy: string | undefined;
afterAll(() => copy && removeCopy(copy));

describe('site.yaml defaults', () => {
  it('are read when another field has an error', () => {
    const res = parseSite('title: T\nphase: Alpha\ndefaults:\n  owner: Platform team\n  last_reviewed: 2026-01-01\n', 'content/site.yaml');
    expect(res.site).toBeUndefined();
    expect(res.defaults).toEqual({ owner: 'Platform team', last_reviewed: '2026-01-01' });
    // Not when they have an error themselves.
    expect(parseSite('title: T\ndefaults:\n  owner: 3\n', 'content/site.yaml').defaults).toBeUndefined();
  });

  it('so the check reports the mistake alone, not the pages that rely on them', () => {
    copy = copyFixture('handbook-only');
    editCopy(copy, 'site.yaml', (t) => t.replace('phase: alpha', 'phase: Alpha'));
    const { status, out } = checkContentDir(copy);
    expect(status).toBe(1);
    const errors = out.split('\n').filter((l) => /^\s+\S+:\d+(:\d+)?\s/.test(l));
    expect(errors, out).toHaveLength(1);
    expect(errors[0]).toContain('site.yaml:6:1  phase  "Alpha" is not one of alpha|beta|live: did you mean "alpha"?');
  });
});
