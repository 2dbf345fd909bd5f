import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots';

describe('robotsTxt', () => {
  it('allows every path and names the sitemap index at the site URL', () => {
    expect(robotsTxt('https://handbook.example.gov.scot', false)).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://handbook.example.gov.scot/sitemap-index.xml\n',
    );
  });

  it('keeps a path in the site URL, with or without its closing slash', () => {
    for (const site of ['https://www.example.gov.scot/handbook', 'https://www.example.gov.scot/handbook/'])
      expect(robotsTxt(site, false)).toContain('Sitemap: https://www.example.gov.scot/handbook/sitemap-index.xml\n');
  });

  it('keeps a preview build (drafts included) out of search: every path disallowed, no sitemap', () => {
    expect(robotsTxt('https://handbook.example.gov.scot', true)).toBe('User-agent: *\nDisallow: /\n');
  });
});
