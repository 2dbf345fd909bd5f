import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/errors';
import { buildHandbook } from './model';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadHandbook, parseHandbookFiles, type SourceFile } from './load';

const fm = (fields: string, body = 'Body text.\n') => `---\n${fields}\n---\n${body}`;
const base = 'title: Rollback plans\ndescription: How we roll back.\nowner: Release Manager\nlast_reviewed: 2026-09-14\nreview_in: 6 months';
/** `base` with another title: pages of one section with one title are a warning of their own (sharedTitleIssues). */
const retitled = (title: string) => base.replace('title: Rollback plans', `title: ${title}`);

function problems(files: SourceFile[], today = '2026-11-27'): string[] {
  const { sources, issues } = parseHandbookFiles(files);
  const hb = buildHandbook(sources, { includeDrafts: false, today });
  return [...issues, ...hb.issues].map(formatIssue);
}

describe('handbook content errors name the file, field, line, what was found and what is allowed', () => {
  it('rejects front matter that is not valid YAML, at the line where the problem starts, naming the field', () => {
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm('title: x\n  bad: indent') }])).toEqual([
      'content/handbook/a/b.md:3:1  title  front matter is not valid YAML: this line is indented more than the field above it, so YAML reads it as part of that value: line up fields of the same level',
    ]);
    // The problem starts at the "[" on line 2, not where the parser gave up (the closing ---).
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm('title: [unclosed\nowner: x') }])).toEqual([
      'content/handbook/a/b.md:2:8  title  front matter is not valid YAML: the list that opens with "[" here is never closed: end it with "]" on the same line, or put the whole value in quotes if the "[" is part of the text',
    ]);
  });
  it('rejects a page with no front matter at all', () => {
    expect(problems([{ path: 'content/handbook/a/b.md', text: '# Just a heading\n' }])).toEqual([
      'content/handbook/a/b.md:1  has no front matter: the file must start with a --- line, then YAML fields such as title, then ---',
    ]);
  });
  it('names a pandoc title block in place of front matter, with the fields to write (a migration trial, 3 December 2026)', () => {
    expect(problems([{ path: 'content/handbook/a/b.md', text: '% Release process\n% Jane Smith\n% 12 March 2025\n\n# Releases\n' }])).toEqual([
      'content/handbook/a/b.md:1  has no front matter: the file must start with a --- line, then YAML fields such as title, then ---; its "% " lines are a pandoc title block, which this handbook does not read: write front matter in their place (a --- line, "title: Release process", "owner: … (the team or role that keeps the page right, not "Jane Smith")", "updated: YYYY-MM-DD (for "12 March 2025")", then ---)',
    ]);
  });
  it('rejects front matter that is never closed at its first line, not at a line of the page text', () => {
    const text = `---\n${base}\n\n# Rolling back\n\n\`\`\`sh\n  npm run release:status\n\`\`\`\n`;
    expect(problems([{ path: 'content/handbook/a/b.md', text }])).toEqual([
      'content/handbook/a/b.md:1  front matter is never closed: add a line with only --- after the last field, before the page text',
    ]);
  });
  it('rejects a date that is not on the calendar, which the YAML reader would roll over into a real one', () => {
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(base.replace('2026-09-14', '2026-02-30')) }])).toEqual([
      'content/handbook/a/b.md:5:16  last_reviewed  "2026-02-30" is not a date on the calendar: expected YYYY-MM-DD with a month from 01 to 12 and a day that month has',
    ]);
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(`${base}\nreview_by: 2026-13-45`) }])).toEqual([
      'content/handbook/a/b.md:7:12  review_by  "2026-13-45" is not a date on the calendar: expected YYYY-MM-DD with a month from 01 to 12 and a day that month has',
    ]);
    // Real dates, quoted text and dates in prose are left alone.
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(base.replace('2026-09-14', '2024-02-29').replace('6 months', '3 years'), 'Text with 2026-02-30 in it.\n') }])).toEqual([]);
  });
  it('reads a page language as its canonical BCP 47 tag, and says what to write for a name, an unknown tag or English', () => {
    const { sources, issues } = parseHandbookFiles([{ path: 'content/handbook/a/b.md', text: fm(`${base}\nlang: GD`) }]);
    expect(issues).toEqual([]);
    expect(sources[0].data.lang).toBe('gd');
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(`${base}\nlang: Gaelic`) }])).toEqual([
      'content/handbook/a/b.md:7:1  lang  "Gaelic" is not a language tag: write "gd" (Scottish Gaelic)',
    ]);
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(`${base}\nlang: Welsh`) }])).toEqual([
      'content/handbook/a/b.md:7:1  lang  "Welsh" is not a language tag: write "cy" (Welsh)',
    ]);
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(`${base}\nlang: xx`) }])).toEqual([
      'content/handbook/a/b.md:7:1  lang  "xx" is not a language tag we know: write the language\'s BCP 47 tag, e.g. "gd" for Scottish Gaelic, "cy" for Welsh, "ga" for Irish',
    ]);
    // pandoc writes the Word document's language, usually English: the site declares it already.
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(`${base}\nlang: en-US`) }])).toEqual([
      'content/handbook/a/b.md:7:1  lang  "en-US" is the site\'s own language (English, "en-GB"), which every page already declares: delete it; set lang only on a page written in another language, e.g. "gd" for Scottish Gaelic, "cy" for Welsh, "ga" for Irish',
    ]);
  });
  it('answers a language written in itself, a locale with "_", a list, a number or nothing with what to write (a bilingual trial, 3 December 2026)', () => {
    const at = (lang: string) => problems([{ path: 'content/handbook/a/b.md', text: fm(`${base}\nlang: ${lang}`) }]);
    const EG = 'e.g. "gd" for Scottish Gaelic, "cy" for Welsh, "ga" for Irish';
    expect(at('Gàidhlig')).toEqual(['content/handbook/a/b.md:7:1  lang  "Gàidhlig" is not a language tag: write "gd" (Scottish Gaelic)']);
    expect(at('Gaidhlig')).toEqual(['content/handbook/a/b.md:7:1  lang  "Gaidhlig" is not a language tag: write "gd" (Scottish Gaelic)']);
    expect(at('Cymraeg')).toEqual(['content/handbook/a/b.md:7:1  lang  "Cymraeg" is not a language tag: write "cy" (Welsh)']);
    expect(at('gd_GB')).toEqual(['content/handbook/a/b.md:7:1  lang  "gd_GB" is not a language tag: write "gd-GB" (Scottish Gaelic); a tag\'s parts are joined with "-", not "_"']);
    expect(at('en_GB')).toEqual([
      `content/handbook/a/b.md:7:1  lang  "en_GB" is the site's own language (English, "en-GB"), which every page already declares: delete it; set lang only on a page written in another language, ${EG}`,
    ]);
    expect(at('English')).toEqual([
      `content/handbook/a/b.md:7:1  lang  "English" is the site's own language (English, "en-GB"), which every page already declares: delete it; set lang only on a page written in another language, ${EG}`,
    ]);
    expect(at('[gd, en]')).toEqual([
      `content/handbook/a/b.md:7:1  lang  is a list, but a page is written in one language: write its tag alone, ${EG}; mark a passage in another language in the text, <span lang="cy">…</span>`,
    ]);
    expect(at('123')).toEqual([`content/handbook/a/b.md:7:1  lang  123 is not a language tag: write the page's language tag, ${EG}`]);
    expect(at('')).toEqual([`content/handbook/a/b.md:7:1  lang  is empty: write the page's language tag after "lang:", ${EG}, or delete the line for a page in English`]);
    expect(at('" "')).toEqual([`content/handbook/a/b.md:7:1  lang  " " is empty: write the language's BCP 47 tag, ${EG}`]);
  });
  it('reports a missing title', () => {
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(base.replace('title: Rollback plans\n', '')) }])).toEqual([
      // On the front matter's opening line: a missing field has no line of its own, and a PR annotation needs one.
      'content/handbook/a/b.md:1  title  is required: add `title: …` (text)',
    ]);
  });
  it('reports an unknown status with the allowed values and its line', () => {
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(`${base}\nstatus: publshed`) }])).toEqual([
      'content/handbook/a/b.md:7:1  status  "publshed" is not one of draft|published|superseded|retired: did you mean "published"?',
    ]);
  });
  it('reports a review_by that is not a date', () => {
    const text = fm(base.replace('review_in: 6 months', 'review_by: next spring'));
    expect(problems([{ path: 'content/handbook/a/b.md', text }])).toEqual([
      'content/handbook/a/b.md:6:1  review_by  "next spring" is not a date: expected YYYY-MM-DD',
    ]);
  });
  it('reports a review_in that does not parse', () => {
    const text = fm(base.replace('review_in: 6 months', 'review_in: half a year'));
    expect(problems([{ path: 'content/handbook/a/b.md', text }])).toEqual([
      'content/handbook/a/b.md:6:1  review_in  "half a year" is not a review interval: expected a number and days, weeks, months or years, e.g. "6 months"',
    ]);
  });
  it('requires one of review_by or review_in', () => {
    const text = fm(base.replace('\nreview_in: 6 months', ''));
    expect(problems([{ path: 'content/handbook/a/b.md', text }])).toEqual([
      'content/handbook/a/b.md:1  review_by  is required: set review_by (a date) or review_in (e.g. "6 months")',
    ]);
  });
  it('reports superseded_by naming a page that does not exist', () => {
    const text = fm(`${base}\nstatus: superseded\nsuperseded_by: risk/nowhere`);
    expect(problems([{ path: 'content/handbook/risk/old.md', text }, { path: 'content/handbook/risk/new.md', text: fm(retitled('New plans')) }])).toEqual([
      'content/handbook/risk/old.md:8:1  superseded_by  "risk/nowhere" is not a page: expected the path of a page under content/handbook, e.g. "risk/new"',
    ]);
  });
  it('suggests the nearest page for a mistyped superseded_by, and never the page itself', () => {
    const text = fm(`${base}\nstatus: superseded\nsuperseded_by: risk/rollback-plan`);
    const pages = [
      { path: 'content/handbook/risk/old.md', text },
      { path: 'content/handbook/risk/rollback-plans.md', text: fm(retitled('Rollback plans for 2027')) },
      { path: 'content/handbook/risk/alerts.md', text: fm(retitled('Alerts')) },
    ];
    expect(problems(pages)).toEqual([
      'content/handbook/risk/old.md:8:1  superseded_by  "risk/rollback-plan" is not a page: expected the path of a page under content/handbook, did you mean "risk/rollback-plans"?',
    ]);
    // Nothing near: an example from the same folder, never the page that carries the field (until 1 December 2026 the
    // example here was "risk/old" itself).
    const alone = [{ path: 'content/handbook/risk/old.md', text: fm(`${base}\nstatus: superseded\nsuperseded_by: risk/something-else`) }, { path: 'content/handbook/risk/zeta.md', text: fm(retitled('Zeta')) }];
    expect(problems(alone)).toEqual([
      'content/handbook/risk/old.md:8:1  superseded_by  "risk/something-else" is not a page: expected the path of a page under content/handbook, e.g. "risk/zeta"',
    ]);
  });
  it('reports a superseded_by naming the page itself', () => {
    const text = fm(`${base}\nstatus: superseded\nsuperseded_by: risk/old`);
    expect(problems([{ path: 'content/handbook/risk/old.md', text }, { path: 'content/handbook/risk/new.md', text: fm(retitled('New plans')) }])).toEqual([
      'content/handbook/risk/old.md:8:1  superseded_by  "risk/old" is this page itself: name the page that replaces it',
    ]);
  });
  it('reads a superseded_by written as a URL or file name as the page path it means, with the form to write', () => {
    for (const written of ['/handbook/risk/new/', 'risk/new.md', 'risk/new/'])
      expect(problems([{ path: 'content/handbook/risk/old.md', text: fm(`${base}\nstatus: superseded\nsuperseded_by: ${written}`) }, { path: 'content/handbook/risk/new.md', text: fm(base) }])).toEqual([
        `content/handbook/risk/old.md:8:1  superseded_by  "${written}" is not a page path: write it as "risk/new" (the page's path inside handbook/, with no extension and no slash at either end)`,
      ]);
    expect(problems([{ path: 'content/handbook/risk/old.md', text: fm(`${base}\nstatus: superseded\nsuperseded_by: Risk Notes`) }])).toEqual([
      'content/handbook/risk/old.md:8:1  superseded_by  "Risk Notes" is not a page path: expected the path of a page inside handbook/ in lower-case letters, digits and hyphens, with no extension and no slash at either end, e.g. "guides/deploying"',
    ]);
  });
  it('does not repeat a broken replacement page\'s error as a missing superseded_by target', () => {
    const text = fm(`${base}\nstatus: superseded\nsuperseded_by: risk/new`);
    const { sources, issues } = parseHandbookFiles([{ path: 'content/handbook/risk/old.md', text }, { path: 'content/handbook/risk/new.md', text: fm(`${base}\nstatus: publshed`) }]);
    const hb = buildHandbook(sources, { includeDrafts: false, today: '2026-11-27', unparsed: new Set(['risk/new']) });
    expect([...issues, ...hb.issues].map((i) => i.field)).toEqual(['status']);
  });
  it('reports superseded_by naming a draft, which production will not publish', () => {
    const text = fm(`${base}\nstatus: superseded\nsuperseded_by: risk/new`);
    expect(problems([{ path: 'content/handbook/risk/old.md', text }, { path: 'content/handbook/risk/new.md', text: fm(`${base}\nstatus: draft`) }])).toEqual([
      'content/handbook/risk/old.md:8:1  superseded_by  "risk/new" is draft and will not be published: point to a published page',
    ]);
  });
  it('reports two pages with the same URL', () => {
    expect(problems([{ path: 'content/handbook/risk/index.md', text: fm(base) }, { path: 'content/handbook/risk.md', text: fm(base) }])).toEqual([
      'content/handbook/risk/index.md  has the same URL /handbook/risk/ as content/handbook/risk.md: rename or move one of them',
    ]);
  });
  it('reports unknown fields, catching typos', () => {
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(`${base}\nreveiw_by: 2027-01-01`) }])).toEqual([
      'content/handbook/a/b.md:7:1  reveiw_by  unknown field "reveiw_by": did you mean "review_by"?',
    ]);
  });
  it('takes one redirect_from path written on its own as a list of one, and reports a bad one at its line', () => {
    const { sources, issues } = parseHandbookFiles([{ path: 'content/handbook/a/b.md', text: fm(`${base}\nredirect_from: /handbook/old-b`) }]);
    expect(issues).toEqual([]);
    expect(sources[0].data.redirect_from).toEqual(['/handbook/old-b/']);
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(`${base}\nredirect_from: handbook/old-b/`) }])).toEqual([
      'content/handbook/a/b.md:7:1  redirect_from[0]  "handbook/old-b/" is not an old page path: write it as "/handbook/old-b/" (a path on this site, starting with /)',
    ]);
  });
  it('accepts a valid page', () => {
    expect(problems([{ path: 'content/handbook/a/b.md', text: fm(base) }])).toEqual([]);
  });
  it('reports a bad file or folder name in the same run as the page\'s broken front matter, not after it is fixed', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'load-names-'));
    try {
      fs.mkdirSync(path.join(root, 'content/handbook/How We Work'), { recursive: true });
      fs.writeFileSync(path.join(root, 'content/handbook/How We Work/pairing.md'), fm('title: [unclosed'));
      fs.writeFileSync(path.join(root, 'content/handbook/Team_Norms.md'), fm(base));
      const { handbook } = loadHandbook(root, { includeDrafts: false, today: '2026-11-27', defaults: undefined });
      expect(handbook.issues.map(formatIssue)).toEqual([
        'content/handbook/How We Work/pairing.md:2:8  title  front matter is not valid YAML: the list that opens with "[" here is never closed: end it with "]" on the same line, or put the whole value in quotes if the "[" is part of the text',
        'content/handbook/How We Work/pairing.md  folder name "How We Work" cannot be part of a web address: use lower-case letters, digits and hyphens, e.g. "how-we-work"',
        'content/handbook/Team_Norms.md  warning: file name "Team_Norms" has capitals or underscores, so the page\'s address is /handbook/Team_Norms/: addresses are easier to read and type in lower case with hyphens, e.g. "team-norms" (rename it, and keep the old address with redirect_from)',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
