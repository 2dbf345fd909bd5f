import { describe, expect, it } from 'vitest';
import { problemReportUrl } from './report';
import { parseSite } from './load';

const page = { title: 'Rollback plans & recovery', url: 'https://handbook.example.gov/handbook/risk/rollback-plans/' };
const contacts = [{ name: 'Team', url: 'mailto:team@example.gov' }];

describe('problemReportUrl', () => {
  it('fills the page title and URL, encoded, into the new-issue address', () => {
    const url = problemReportUrl(
      { contacts, report_problem_url: 'https://github.com/org/repo/issues/new?title=Problem+with+{title}&body=Page:+{url}' },
      page,
    );
    const u = new URL(url);
    expect(u.origin + u.pathname).toBe('https://github.com/org/repo/issues/new');
    expect(u.searchParams.get('title')).toBe('Problem with Rollback plans & recovery');
    expect(u.searchParams.get('body')).toBe(`Page: ${page.url}`);
  });
  it('falls back to the first contact, a mailto: with a subject and body naming the page', () => {
    const url = problemReportUrl({ contacts: [{ name: 'A', url: 'mailto:team@example.gov?cc=b@example.gov' }] }, page);
    expect(url.startsWith('mailto:team@example.gov?')).toBe(true);
    expect(url).not.toContain('+');
    const params = new URLSearchParams(url.split('?')[1]);
    expect(params.get('cc')).toBe('b@example.gov');
    expect(params.get('subject')).toBe('Problem with the page: Rollback plans & recovery');
    expect(params.get('body')).toContain(page.url);
  });
  it('uses a web contact address as it is', () => {
    expect(problemReportUrl({ contacts: [{ name: 'Form', url: 'https://example.gov/contact' }] }, page)).toBe('https://example.gov/contact');
  });
});

describe('site.yaml report_problem_url', () => {
  const base = `title: T\ndescription: D\nurl: https://h.example.gov\nrepository: https://github.com/o/r\nphase: beta\nfeedback: mailto:a@example.gov\norganisation: {name: O, url: https://example.gov}\nlicence: {name: L, url: https://example.gov/l}\ncontacts:\n  - {name: A, url: mailto:a@example.gov}\n`;
  it('is optional', () => {
    expect(parseSite(base).issues).toEqual([]);
  });
  it('must name both placeholders and be a web address', () => {
    const res = parseSite(base + 'report_problem_url: https://github.com/o/r/issues/new?title={title}\n', 'site.yaml');
    expect(res.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'report_problem_url: "https://github.com/o/r/issues/new?title={title}" must contain {title} and {url}, which are replaced by the page\'s title and address',
    ]);
    expect(parseSite(base + 'report_problem_url: mailto:a@example.gov?subject={title}&body={url}\n').issues.map((i) => i.field)).toEqual(['report_problem_url']);
  });
});
