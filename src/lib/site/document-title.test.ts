import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title';

const SITE = 'Example Handbook';
const home = { title: 'Home', url: '/' };

describe('documentTitle', () => {
  it('tells apart two pages of the same name by the section each sits in (WCAG 2.4.2)', () => {
    const page = documentTitle('Stakeholder sign-off', SITE, [home, { title: 'Handbook', url: '/handbook/' }, { title: 'Communication', url: '/handbook/communication/' }]);
    const checklist = documentTitle('Stakeholder sign-off', SITE, [home, { title: 'Checklists', url: '/checklists/' }]);
    expect(page).toBe('Stakeholder sign-off - Communication - Example Handbook');
    expect(checklist).toBe('Stakeholder sign-off - Checklists - Example Handbook');
  });

  it('names only the nearest section, not the whole trail', () => {
    const crumbs = [home, { title: 'Handbook', url: '/handbook/' }, { title: 'Guides', url: '/handbook/guides/' }, { title: 'Deploying', url: '/handbook/guides/deploying/' }];
    expect(documentTitle('Overview', SITE, crumbs)).toBe('Overview - Deploying - Example Handbook');
  });

  it('leaves the place out when the title already names it, whatever the case', () => {
    const release = [home, { title: 'Releases', url: '/releases/' }, { title: 'Payments service', url: '/releases/payments/' }];
    expect(documentTitle('Payments service 4.2.0', SITE, release)).toBe('Payments service 4.2.0 - Example Handbook');
    expect(documentTitle('Identity releases', SITE, [home, { title: 'Releases', url: '/releases/' }])).toBe('Identity releases - Example Handbook');
    // "Release" is not "Releases": the schedule keeps its place.
    expect(documentTitle('Release schedule', SITE, [home, { title: 'Releases', url: '/releases/' }])).toBe('Release schedule - Releases - Example Handbook');
  });

  it('gives a page below the home page only, or without breadcrumbs, its title and the site', () => {
    expect(documentTitle('Checklists', SITE, [home])).toBe('Checklists - Example Handbook');
    expect(documentTitle('Page not found', SITE)).toBe('Page not found - Example Handbook');
  });

  it("gives the home page the site's title alone, and another page titled as the site its place, so the two differ", () => {
    expect(documentTitle(SITE, SITE)).toBe(SITE);
    // A handbook's own index.md titled as the site: "Handbook" is in the title, but said all the same.
    const handbookIndex = documentTitle('Nested Example Handbook', 'Nested Example Handbook', [home, { title: 'Handbook', url: '/handbook/' }]);
    expect(handbookIndex).toBe('Nested Example Handbook - Handbook');
  });
});
