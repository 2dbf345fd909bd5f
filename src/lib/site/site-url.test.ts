// site.yaml's url must be a domain's root: every link and asset is written from the root.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { formatIssue } from '../shared/errors';
import os from 'node:os';
import { configSiteUrl, parseSite, PLACEHOLDER_SITE_URL } from './load';

const TEXT = fs.readFileSync(path.resolve(__dirname, '../../../tests/fixtures/handbook-only/site.yaml'), 'utf8');
const withUrl = (url: string) => parseSite(TEXT.replace(/^url: .*$/m, `url: ${url}`), 'content/site.yaml');

describe('site.yaml url', () => {
  it('accepts the root of a domain, with or without the slash', () => {
    expect(withUrl('https://handbook.example.org').issues).toEqual([]);
    expect(withUrl('https://handbook.example.org/').issues).toEqual([]);
  });
  it('is written as its origin everywhere: scheme and host in lower case, no trailing slash (RFC 4287 §4.2.6 ids)', () => {
    // A machine-outputs trial (3 December 2026): feed ids kept the capitals that entry ids and the sitemap lowered.
    expect(withUrl('https://Handbook.Example.org/').site?.url).toBe('https://handbook.example.org');
    expect(withUrl('https://handbook.example.org:8443/').site?.url).toBe('https://handbook.example.org:8443');
    // A scheme in capitals is not how RFC 3986 writes a URI: the check gives the form to write (src/lib/shared/urls.ts).
    expect(withUrl('HTTPS://handbook.example.org').issues[0].message).toMatch(/is not written as a URI .*: write "https:\/\/handbook\.example\.org\/"$/);
  });
  it('refuses a URL with a path, saying how to publish at a root (a GitHub Pages project site above all)', () => {
    expect(withUrl('https://nhs-nss.github.io/handbook/').issues.map(formatIssue)).toEqual([
      'content/site.yaml:4:1  url  "https://nhs-nss.github.io/handbook/" has a path: the handbook links every page and file from the root of its domain, so it must be published at a domain\'s root, e.g. "https://nhs-nss.github.io". For GitHub Pages, set a custom domain (Settings → Pages), or publish from the repository named <owner>.github.io',
    ]);
    expect(withUrl('https://www.example.org/handbook').issues[0].message).toMatch(/has a path: .*Publish it at the root of a domain or subdomain of its own$/);
  });
});

describe("Astro's site address (configSiteUrl)", () => {
  const project = (siteYaml: string | undefined) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-url-'));
    fs.mkdirSync(path.join(root, 'content'));
    if (siteYaml !== undefined) fs.writeFileSync(path.join(root, 'content/site.yaml'), siteYaml);
    return root;
  };
  it("is site.yaml's url when it is an absolute http(s) URL, as its origin", () => {
    expect(configSiteUrl(project('title: T\nurl: " https://handbook.example.gov.scot "\n'))).toBe('https://handbook.example.gov.scot');
    expect(configSiteUrl(project('url: https://Handbook.Example.org/\n'))).toBe('https://handbook.example.org');
  });
  it('is the placeholder when the url has no scheme, is not http(s), is missing, or site.yaml is broken or absent', () => {
    // Astro validates `site` before any integration runs: a bad url ended the build with "Invalid URL" and nothing else.
    for (const text of ['url: handbook.example.gov.scot\n', 'url: mailto:a@b.scot\n', 'title: T\n', 'url: [unclosed\n', 'url: 42\n', undefined])
      expect(configSiteUrl(project(text)), String(text)).toBe(PLACEHOLDER_SITE_URL);
  });
});
