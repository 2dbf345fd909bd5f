// Nested sections four levels deep (tests/fixtures/nested): generated landing pages for folders without index.md,
// the side navigation as a tree, breadcrumbs along the full path, and a page beside a folder of the same name.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildFixture, type BuildResult } from '../support/fixtures';
import { brokenLinks, sharedTitles } from '../support/site-checks';

let build: BuildResult;
const html = (url: string) => fs.readFileSync(path.join(build.dist, url, 'index.html'), 'utf8');
const block = (page: string, re: RegExp) => re.exec(page)?.[0] ?? '';
const sideNav = (url: string) => block(html(url), /<nav class="ds_side-navigation"[\s\S]*?<\/nav>/);
const links = (fragment: string) => [...fragment.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]*)</g)].map((m) => `${m[2]} ${m[1]}`);
const current = (fragment: string) => [...fragment.matchAll(/<a [^>]*href="([^"]+)"[^>]*aria-current="page"/g)].map((m) => m[1]);

beforeAll(async () => {
  build = await buildFixture('nested');
}, 300_000);

describe('nested sections', () => {
  it('builds with every internal link resolving, links to folders without index.md included', () => {
    expect(build.status, build.output).toBe(0);
    expect(brokenLinks(build.dist)).toEqual([]);
  });

  it('gives a folder without index.md a generated landing page listing its pages and sub-sections', () => {
    const services = html('/handbook/operations/services/');
    expect(block(services, /<h1[\s\S]*?<\/h1>/)).toContain('Services');
    const list = block(services, /<ul class="mh_section-list"[^>]*>[\s\S]*?<\/ul>/);
    expect(links(list)).toEqual([
      'Services overview /handbook/operations/services/overview/',
      'Identity /handbook/operations/services/identity/',
      'Payments /handbook/operations/services/payments/',
    ]);
    expect(links(block(html('/handbook/operations/services/payments/'), /<ul class="mh_section-list"[^>]*>[\s\S]*?<\/ul>/))).toEqual([
      'Card payments /handbook/operations/services/payments/card-payments/',
      'Payment runbooks /handbook/operations/services/payments/runbooks/',
    ]);
  });

  it('shows the section as a tree four levels deep: ancestors and their pages expanded, other folders collapsed', () => {
    const nav = sideNav('/handbook/operations/services/payments/runbooks/refunds/');
    expect(links(nav)).toEqual([
      'Operations /handbook/operations/',
      'Monitoring /handbook/operations/monitoring/',
      'Services /handbook/operations/services/',
      'Services overview /handbook/operations/services/overview/',
      'Identity /handbook/operations/services/identity/',
      'Payments /handbook/operations/services/payments/',
      'Card payments /handbook/operations/services/payments/card-payments/',
      'Payment runbooks /handbook/operations/services/payments/runbooks/',
      'Refunds /handbook/operations/services/payments/runbooks/refunds/',
      'Outages /handbook/operations/services/payments/runbooks/outages/',
    ]);
    expect(current(nav)).toEqual(['/handbook/operations/services/payments/runbooks/refunds/']);
    // The collapsed branch shows its folder only, not its pages.
    expect(nav).not.toContain('/handbook/operations/services/identity/sign-in/');
  });

  it('marks a generated landing page as current in the side navigation too', () => {
    expect(current(sideNav('/handbook/operations/services/payments/'))).toEqual(['/handbook/operations/services/payments/']);
  });

  it('names the section in the browser title, so two pages called "Overview" read differently (WCAG 2.4.2)', () => {
    const title = (url: string) => /<title>([^<]*)<\/title>/.exec(html(url))?.[1];
    expect(title('/handbook/overview/')).toBe('Overview - Handbook - Nested Example Handbook');
    expect(title('/handbook/operations/services/identity/overview/')).toBe('Overview - Identity - Nested Example Handbook');
    // A generated landing page names its parent too; a title that already names its place does not repeat it.
    expect(title('/handbook/operations/services/payments/')).toBe('Payments - Services - Nested Example Handbook');
    expect(title('/handbook/operations/services/overview/')).toBe('Services overview - Nested Example Handbook');
    // The handbook's own index.md is titled as the site: it names its place, or it would read as the home page.
    expect(title('/handbook/')).toBe('Handbook - Nested Example Handbook');
    expect(title('/')).toBe('Nested Example Handbook');
    expect(sharedTitles(build.dist)).toEqual([]);
  });

  it("never links a breadcrumb to the page itself (the handbook's own index.md)", () => {
    const crumbs = block(html('/handbook/'), /<nav aria-label="Breadcrumb">[\s\S]*?<\/nav>/);
    expect(links(crumbs)).toEqual(['Home /']);
    expect(crumbs).toContain('aria-current="page">Nested Example Handbook<');
  });

  it('has breadcrumbs along the full path', () => {
    const crumbs = block(html('/handbook/operations/services/payments/runbooks/refunds/'), /<nav aria-label="Breadcrumb">[\s\S]*?<\/nav>/);
    expect(links(crumbs)).toEqual([
      'Home /',
      'Handbook /handbook/',
      'Operations /handbook/operations/',
      'Services /handbook/operations/services/',
      'Payments /handbook/operations/services/payments/',
      'Payment runbooks /handbook/operations/services/payments/runbooks/',
    ]);
    expect(crumbs).toContain('aria-current="page">Refunds<');
  });

  it('makes a page and a folder of the same name one node: guides.md is the landing page of guides/', () => {
    const nav = sideNav('/handbook/guides/writing/');
    expect(links(nav)).toEqual(['Guides /handbook/guides/', 'Writing /handbook/guides/writing/', 'Reviewing /handbook/guides/reviewing/']);
    const guides = html('/handbook/guides/');
    expect(block(guides, /<h1[\s\S]*?<\/h1>/)).toContain('Guides');
    expect(links(block(guides, /<section aria-labelledby="in-this-section"[^>]*>[\s\S]*?<\/section>/))).toEqual([
      'Writing /handbook/guides/writing/',
      'Reviewing /handbook/guides/reviewing/',
    ]);
  });
});
