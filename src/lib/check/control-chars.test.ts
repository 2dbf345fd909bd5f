// Characters no page, feed or calendar can carry are errors wherever content has text: in a value, however it was
// written (a JSON \u0007 escape or a YAML "\a" is invisible in the file), and in a Markdown body. A new adopter's
// trial (2 December 2026) wrote them in a page's title and a release's title: the check passed and /feed.xml was not
// XML any more.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChecks } from './index';
import { formatIssue } from '../shared/errors';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/every-area');

/** The check's errors in `file` after `change` is applied to it, in a copy of the every-area fixture. */
function errorsIn(file: string, change: (text: string) => string): string[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-check-controls-'));
  try {
    fs.cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
    const p = path.join(root, 'content', file);
    fs.writeFileSync(p, change(fs.readFileSync(p, 'utf8')));
    return runChecks(root, { today: '2026-12-02' })
      .issues.filter((i) => i.severity === 'error' && i.file === `content/${file}`)
      .map(formatIssue);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const HOW = 'which web pages, feeds and calendars cannot carry (XML 1.0 §2.2, RFC 5545 §3.3.11): delete it, or the escape that writes it';

describe('characters no output can carry', () => {
  it("are an error in a page's front matter, written as a YAML escape, with the field and its line", () => {
    const errors = errorsIn('handbook/index.md', (t) => t.replace('title: Example Council Handbook', 'title: "Example Council \\a Handbook"'));
    expect(errors).toEqual([
      `content/handbook/index.md:2:1  title  contains the invisible character U+0007 (bell), ${HOW} (such as \\u0007 in JSON or \\a, \\e, \\f, \\v in a double-quoted YAML string)`,
    ]);
  });

  it("are an error in a release's JSON, written as a \\u escape", () => {
    const errors = errorsIn('releases/payments/3.6.0.json', (t) => t.replace(/"title": "([^"]*)"/, '"title": "$1 \\u000b tab"'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/releases\/payments\/3\.6\.0\.json:\d+:\d+  title  contains the invisible character U\+000B \(vertical tab\)/);
  });

  it("are an error in a radar blip's front matter and in a Markdown body, with the body's line and column", () => {
    expect(errorsIn('radar/blips/argo-cd.md', (t) => t.replace(/^title: (.*)$/m, 'title: "$1 \\e"'))[0]).toMatch(/title  contains the invisible character U\+001B \(escape\)/);
    const body = errorsIn('handbook/index.md', (t) => t.replace('Welcome. Start', 'Welcome.\u000c Start'));
    expect(body).toEqual([`content/handbook/index.md:9:9  contains the invisible character U+000C (form feed), ${HOW} (such as \\u000c in JSON or \\a, \\e, \\f, \\v in a double-quoted YAML string)`]);
  });

  it("are an error as half a surrogate pair, written as a JSON escape; a whole pair (an emoji) is fine", () => {
    // A machine-outputs trial (3 December 2026): feeds and pages carried U+FFFD in its place, the API the escape.
    const errors = errorsIn('releases/payments/3.6.0.json', (t) => t.replace(/"title": "([^"]*)"/, '"title": "$1 lone \\uD800 half"'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/  title  contains the invisible character U\+D800 \(half of a UTF-16 surrogate pair, alone\), .* \(such as \\ud800 in JSON/);
    expect(errorsIn('releases/payments/3.6.0.json', (t) => t.replace(/"title": "([^"]*)"/, '"title": "$1 \\uD83D\\uDE80"'))).toEqual([]);
  });

  it('leave tabs, line breaks and other Unicode alone', () => {
    expect(errorsIn('handbook/index.md', (t) => t.replace('Welcome. Start', 'Fàilte\u2028\tà 🚀 Start'))).toEqual([]);
  });
});
