import { describe, expect, it } from 'vitest';
import { documentTitle, titleInPlace } from './document-title';

const SITE = 'Example Handbook';
const home = { title: 'Home', url: '/' };
const handbook = { title: 'Handbook', url: '/handbook/' };
const releases = { title: 'Releases', url: '/releases/' };

describe('documentTitle', () => {
  it('tells apart two pages of the same name by the section each sits in (WCAG 2.4.2)', () => {
    const page = documentTitle('Stakeholder sign-off', SITE, [home, handbook, { title: 'Communication', url: '/handbook/communication/' }]);
    const checklist = documentTitle('Stakeholder sign-off', SITE, [home, { title: 'Checklists', url: '/checklists/' }]);
    expect(page).toBe('Stakeholder sign-off - Communication - Example Handbook');
    expect(checklist).toBe('Stakeholder sign-off - Checklists - Example Handbook');
  });

  it('names only the nearest section, not the whole trail', () => {
    const crumbs = [home, handbook, { title: 'Guides', url: '/handbook/guides/' }, { title: 'Deploying', url: '/handbook/guides/deploying/' }];
    expect(documentTitle('Overview', SITE, crumbs)).toBe('Overview - Deploying - Example Handbook');
  });

  it('leaves the place out when every word of it is a word of the title, case and a plural "s" aside', () => {
    const release = [home, releases, { title: 'Payments service', url: '/releases/payments/' }];
    expect(documentTitle('Payments service 4.2.0', SITE, release)).toBe('Payments service 4.2.0 - Example Handbook');
    expect(documentTitle('Identity releases', SITE, [home, releases])).toBe('Identity releases - Example Handbook');
    expect(documentTitle('Release schedule', SITE, [home, releases])).toBe('Release schedule - Example Handbook');
    expect(documentTitle('Go/no-go checklist', SITE, [home, { title: 'Checklists', url: '/checklists/' }])).toBe('Go/no-go checklist - Example Handbook');
    const reports = [home, { title: 'KPIs', url: '/kpis/' }, { title: 'Quarterly reports', url: '/kpis/reports/' }];
    expect(documentTitle('Quarterly release report: July to September 2026', SITE, reports)).toBe('Quarterly release report: July to September 2026 - Example Handbook');
  });

  it('reads whole words: "Metadata" does not name "Data", "Latest" does not name "Test" (a new adopter’s trial)', () => {
    const inData = documentTitle('Metadata standards', SITE, [home, handbook, { title: 'Data', url: '/handbook/data/' }]);
    const inStandards = documentTitle('Metadata standards', SITE, [home, handbook, { title: 'Standards', url: '/handbook/standards/' }]);
    expect(inData).toBe('Metadata standards - Data - Example Handbook');
    expect(inStandards).toBe('Metadata standards - Example Handbook');
    expect(inData).not.toBe(inStandards);
    expect(documentTitle('Latest changes', SITE, [home, handbook, { title: 'Test', url: '/handbook/test/' }])).toBe('Latest changes - Test - Example Handbook');
  });

  it('says the place above a section named like another part of the site, so a handbook page never reads as that area’s', () => {
    const section = [home, handbook, { title: 'Releases', url: '/handbook/releases/' }];
    const taken = { taken: ['Releases', 'Checklists'] };
    // The Releases area's own schedule page, and a handbook page of the same name in a section called "Releases".
    expect(documentTitle('Release schedule', SITE, [home, releases])).toBe('Release schedule - Example Handbook');
    expect(documentTitle('Release schedule', SITE, section, taken)).toBe('Release schedule - Handbook - Example Handbook');
    expect(documentTitle('Notes for partners', SITE, section, taken)).toBe('Notes for partners - Releases - Handbook - Example Handbook');
    // Elsewhere the option changes nothing.
    expect(documentTitle('Notes for partners', SITE, [home, handbook, { title: 'Guides', url: '/handbook/guides/' }], taken)).toBe('Notes for partners - Guides - Example Handbook');
  });

  it('gives a page below the home page only, or without breadcrumbs, its title and the site', () => {
    expect(documentTitle('Checklists', SITE, [home])).toBe('Checklists - Example Handbook');
    expect(documentTitle('Page not found', SITE)).toBe('Page not found - Example Handbook');
  });

  it("gives the home page the site's title alone, and another page titled as the site its place, so the two differ", () => {
    expect(documentTitle(SITE, SITE)).toBe(SITE);
    // A handbook's own index.md titled as the site: "Handbook" is a word of the title, but said all the same.
    expect(documentTitle('Nested Example Handbook', 'Nested Example Handbook', [home, handbook])).toBe('Handbook - Nested Example Handbook');
  });
});

describe('titleInPlace', () => {
  it('gives the parts before the site title, the same for two pages exactly when their browser titles are the same', () => {
    expect(titleInPlace('Overview', undefined, [home, handbook, { title: 'Services', url: '/handbook/a/services/' }])).toEqual(['Overview', 'Services']);
    expect(titleInPlace('Overview', undefined, [home, handbook, { title: 'Services', url: '/handbook/b/services/' }])).toEqual(['Overview', 'Services']);
    expect(titleInPlace('Overview', undefined, [home])).toEqual(['Overview']);
  });
});
