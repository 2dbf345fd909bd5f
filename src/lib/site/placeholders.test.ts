import { describe, expect, it } from 'vitest';
import { exampleAddresses, exampleAddressNote, isExampleHost } from './placeholders';
import { scaffoldFiles } from './scaffold';
import { parse } from 'yaml';

describe('example addresses in site.yaml', () => {
  it('knows the domains reserved for examples and tests (RFC 2606, RFC 6761), and no real one', () => {
    for (const h of ['example.org', 'handbook.example.org', 'WWW.EXAMPLE.COM', 'example.net.', 'intranet.example', 'a.test', 'x.invalid', 'localhost'])
      expect(isExampleHost(h), h).toBe(true);
    for (const h of ['gov.scot', 'www.lochness.gov.uk', 'example.gov.uk', 'myexample.org', 'examples.com']) expect(isExampleHost(h), h).toBe(false);
  });

  it('lists every field holding one, web or mail, in the order written', () => {
    const site = {
      title: 'T',
      url: 'https://handbook.example.org',
      repository: 'https://github.com/example/handbook',
      feedback: 'https://github.com/lochness/handbook/issues',
      organisation: { name: 'O', url: 'https://www.example.org/' },
      contacts: [{ name: 'Team', url: 'mailto:handbook@example.org' }, { name: 'Desk', url: 'mailto:desk@lochness.gov.uk' }],
      licence: { url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
    };
    expect(exampleAddresses(site)).toEqual(['url', 'repository', 'organisation.url', 'contacts[0].url']);
    expect(exampleAddressNote(site, 'content/site.yaml')).toBe(
      "Addresses: content/site.yaml still has example addresses (url, repository, organisation.url, contacts[0].url), which lead nowhere: set the handbook's own before it is published",
    );
    expect(exampleAddressNote({ url: 'https://handbook.lochness.gov.uk' }, 'content/site.yaml')).toBeUndefined();
  });

  it("finds every one new-handbook writes for the adopter to replace", () => {
    const files = scaffoldFiles({ title: 'T', org: 'O', today: '2026-12-03' });
    expect(exampleAddresses(parse(files['site.yaml']))).toEqual(expect.arrayContaining(['url', 'repository', 'organisation.url', 'contacts[0].url']));
  });
});
