import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/errors';
import { branding } from './branding';
import { parseSite } from './load';

const REQUIRED = `title: Example Handbook
description: How we work.
url: https://handbook.example.org
repository: https://github.com/example/handbook
phase: live
organisation:
  name: Example Council
  url: https://www.example.org/
contacts:
  - name: Digital team
    url: mailto:digital@example.org
`;

function site(extra = '') {
  const { site, issues } = parseSite(REQUIRED + extra, 'content/site.yaml');
  if (!site) throw new Error(issues.map(formatIssue).join('\n'));
  return site;
}

describe('branding', () => {
  it('gives a default for every field site.yaml leaves out, naming only the organisation it names', () => {
    expect(branding(site())).toEqual({
      organisation: { name: 'Example Council', url: 'https://www.example.org/' },
      shortName: 'Example Council',
      phase: { name: 'live', text: 'This handbook is maintained by Example Council.' },
      intro: 'It is written and kept by Example Council. Every page has an owner and a review date.',
      footerLinks: [],
      licence: undefined,
      radarName: 'Example Council technology radar',
      kpiScope: 'Example Council',
      calendarProdId: '-//Example Council//Example Handbook release schedule//EN',
    });
  });

  it('uses every branding field site.yaml gives', () => {
    const b = branding(
      site(`short_name: Example
phase_text: Our handbook is live.
intro: Written by the digital team for every service team.
footer_links:
  - text: Privacy
    url: https://www.example.org/privacy/
radar_name: Example tech radar
kpi_scope: the digital programme
calendar_prodid: -//Example Council//Releases//EN
`),
    );
    expect(b).toMatchObject({
      shortName: 'Example',
      phase: { name: 'live', text: 'Our handbook is live.' },
      intro: 'Written by the digital team for every service team.',
      footerLinks: [{ text: 'Privacy', url: 'https://www.example.org/privacy/' }],
      radarName: 'Example tech radar',
      kpiScope: 'the digital programme',
      calendarProdId: '-//Example Council//Releases//EN',
    });
    // The radar's default name follows the short name.
    expect(branding(site('short_name: Example\n')).radarName).toBe('Example technology radar');
  });

  it('phase banners of alpha and beta say how new the handbook is', () => {
    expect(branding({ ...site(), phase: 'alpha' }).phase.text).toBe('This is an early version of the handbook.');
    expect(branding({ ...site(), phase: 'beta' }).phase.text).toBe('This is a new version of the handbook.');
  });

  it('splits the licence line at the licence name, which becomes the link', () => {
    const licence = 'licence:\n  name: Open Government Licence v3.0\n  url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n';
    expect(branding(site(licence)).licence).toEqual({
      before: 'All content is available under the ',
      name: 'Open Government Licence v3.0',
      url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      after: ', except where otherwise stated.',
    });
    expect(branding(site(`${licence}  statement: © Example Council. Text is under the Open Government Licence v3.0 unless stated.\n`)).licence).toMatchObject({
      before: '© Example Council. Text is under the ',
      after: ' unless stated.',
    });
    expect(branding(site(`${licence}  statement: © Example Council.\n`)).licence).toMatchObject({ before: '© Example Council. ', after: '' });
  });

  it('refuses bad branding values with the field, line and what to write', () => {
    const problems = (extra: string) => parseSite(REQUIRED + extra, 'content/site.yaml').issues.map(formatIssue);
    expect(problems('calendar_prodid: Example Council releases\n')).toEqual([
      'content/site.yaml:12:1  calendar_prodid  "Example Council releases" is not a product id: write it as "-//Organisation//Product//EN" (the form RFC 5545 §3.7.3 shows)',
    ]);
    expect(problems('logo:\n  file: ../secret/logo.svg\n  alt: Example\n')).toEqual([
      'content/site.yaml:13:3  logo.file  "../secret/logo.svg" is not a path inside the content directory: write it relative to the folder site.yaml is in, without "..", e.g. "brand/logo.svg"',
    ]);
    expect(problems('logo:\n  file: brand/logo.svg\n')).toEqual(['content/site.yaml:12:1  logo.alt  is required: add `alt: …` (text)']);
    expect(problems('footer_links:\n  - text: Privacy\n    url: javascript:alert(1)\n')).toEqual([
      'content/site.yaml:14:5  footer_links[0].url  "javascript:alert(1)" is not an allowed URL: expected an absolute http://, https:// or mailto: address',
    ]);
  });
});
