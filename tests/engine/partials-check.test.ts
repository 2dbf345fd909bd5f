// The Markdown and MDX files that MDX pages import (partials) are checked as pages are: their MDX, markup and links,
// and their headings are anchors of the pages that show them. A new adopter's trial (2 December 2026): a partial with
// an unclosed tag or an undefined name passed the check and the build then stopped half-way, a broken link in one
// was published, and a link to one of its headings was refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { checkContentDir, copyFixture, removeCopy } from '../support/fixtures';
import { REPO } from '../../scripts/lib/project';

let copy: string;
const at = (rel: string) => path.join(REPO, copy, rel);
const page = (title: string, body: string) =>
  `---\ntitle: ${title}\ndescription: ${title}.\nowner: Ops\nlast_reviewed: 2026-10-01\nreview_in: 1 year\n---\n\n${body}`;

beforeAll(() => {
  copy = copyFixture('handbook-only');
  fs.mkdirSync(at('partials'));
  fs.writeFileSync(at('partials/contact.md'), '## Service desk hours\n\nWeekdays, 8am to 6pm.\n');
  fs.writeFileSync(at('handbook/guides/contacts.mdx'), page('Contacts', "import Contact from '../../partials/contact.md';\n\n<Contact />\n"));
  // Another page links to the partial's heading on the page that shows it.
  fs.appendFileSync(at('handbook/guides/deploying.md'), '\nCall the [service desk](/handbook/guides/contacts/#service-desk-hours).\n');
});

afterAll(() => copy && removeCopy(copy));

describe('partials', () => {
  it("give their headings to the pages that show them: a link to one is not refused", () => {
    const res = checkContentDir(copy);
    expect(res.out).not.toContain('service-desk-hours');
    expect(res.status, res.out).toBe(0);
  });

  it('a heading the page has too is a warning at the partial\'s heading: both would have one id', () => {
    fs.writeFileSync(at('handbook/guides/hours.mdx'), page('Hours', "import Contact from '../../partials/contact.md';\n\n## Service desk hours\n\n<Contact />\n"));
    const { out } = checkContentDir(copy);
    expect(out).toContain(
      `${copy}/partials/contact.md:1:1  heading  warning: "Service desk hours" has the id #service-desk-hours, which ${copy}/handbook/guides/hours.mdx already has (a heading of its own or of another file it shows): both would be id="service-desk-hours", so links and the page's contents go to the first; give one of them other words`,
    );
    fs.rmSync(at('handbook/guides/hours.mdx'));
  });

  it("footnotes in a partial beside the page's own are a warning at the partial's first note: the lists would share ids", () => {
    // An adopter's trial (3 December 2026): two footnote lists, both numbered from 1, both id="footnote-label".
    fs.writeFileSync(at('partials/sla.md'), 'Support is covered by an agreement.[^sla]\n\n```md\n[^not-a-note]: in code\n```\n\n[^sla]: The 2026 service level agreement.\n');
    fs.writeFileSync(at('handbook/guides/api.mdx'), page('API', "import Sla from '../../partials/sla.md';\n\nRate limits apply.[^sla]\n\n<Sla />\n\n[^sla]: Per client.\n"));
    fs.writeFileSync(at('handbook/guides/quiet.mdx'), page('Quiet', "import Sla from '../../partials/sla.md';\n\n<Sla />\n"));
    const { out } = checkContentDir(copy);
    const lines = out.split('\n').map((l) => l.trim()).filter((l) => l.includes('  footnote  '));
    expect(lines).toEqual([
      `${copy}/partials/sla.md:7:1  footnote  warning: footnotes in a file that ${copy}/handbook/guides/api.mdx shows, beside the footnotes of the page itself: each file gets its own footnote list, numbered from 1 and with the same ids, so footnote links go to the first list; write this note as text, or move it into the page`,
    ]);
    fs.rmSync(at('handbook/guides/api.mdx'));
    fs.rmSync(at('handbook/guides/quiet.mdx'));
    fs.rmSync(at('partials/sla.md'));
  });

  it("are checked for MDX, undefined names, markup and links, at the partial's own lines", () => {
    fs.writeFileSync(at('partials/rota.mdx'), 'On call: {rotaUrl}\n\nSee [the old wiki](/handbook/nowhere/).\n\n<div style="color:red">Red</div>\n');
    fs.writeFileSync(at('partials/broken.mdx'), 'Text\n\n<div>\nunclosed\n');
    fs.writeFileSync(
      at('handbook/guides/rota.mdx'),
      page('Rota', "import Rota from '../../partials/rota.mdx';\nimport Broken from '../../partials/broken.mdx';\n\n<Rota />\n\n<Broken />\n"),
    );
    const { status, out } = checkContentDir(copy);
    expect(status).toBe(1);
    const lines = out.split('\n').map((l) => l.trim());
    const of = (file: string) => lines.filter((l) => l.startsWith(`${copy}/partials/${file}:`));
    expect(of('rota.mdx').map((l) => l.slice(`${copy}/partials/rota.mdx:`.length).split('  ').slice(0, 2).join('  '))).toEqual([
      '1:10  mdx',
      '3:5  link',
      '5:1  html',
    ]);
    expect(of('rota.mdx')[0]).toContain('rotaUrl');
    expect(of('rota.mdx')[1]).toContain('"/handbook/nowhere/" is not a page on this site');
    expect(of('broken.mdx')).toHaveLength(1);
    expect(of('broken.mdx')[0]).toContain('is not valid MDX');
  });

  it('a page that is not valid MDX is not also told that the components it imports are unknown', () => {
    fs.writeFileSync(at('handbook/guides/rota.mdx'), page('Rota', "import Rota from '../../partials/contact.md';\n\n<Rota />\n\n<div>\nunclosed\n"));
    const { out } = checkContentDir(copy);
    const rota = out.split('\n').filter((l) => l.includes('guides/rota.mdx:'));
    expect(rota.length, out).toBe(1);
    expect(rota[0]).toContain('is not valid MDX');
  });
});
