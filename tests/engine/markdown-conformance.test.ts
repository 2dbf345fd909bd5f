// The CommonMark 0.31.2 spec (652 examples), the GFM extensions the product supports and issue 16's editor cases,
// each built as a handbook page by the real pipeline in ONE build, each page's body compared with the spec's HTML.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentDir, removeCopy, SCRATCH_DIR, tempOutDir, type BuildResult } from '../support/fixtures';
import { REPO } from '../../scripts/lib/project';
import { commonmarkCases, renderedBody, writeSpecHandbook, type Suite, type WrittenCase } from '../support/markdown-spec/fixture';
import { gfmCases, editorCases } from '../support/markdown-spec/cases';
import { compareCase, DIFFERENCES, GFM_DISALLOWED_TAGS } from '../support/markdown-spec/differences';
import { tokenize } from '../support/markdown-spec/html-tokens';

// The content directory is generated, not committed: 693 pages and their images come from the spec package and
// tests/support/markdown-spec/cases.ts on every run, so the suite follows the spec package's version.
let contentRel: string;
let cases: WrittenCase[];
let build: BuildResult;

beforeAll(async () => {
  fs.mkdirSync(SCRATCH_DIR, { recursive: true });
  const dir = fs.mkdtempSync(path.join(SCRATCH_DIR, 'markdown-conformance-'));
  contentRel = path.relative(REPO, dir).split(path.sep).join('/');
  cases = writeSpecHandbook(dir, [...commonmarkCases(), ...gfmCases(), ...editorCases()]);
  // The examples break the body rules on purpose (links to /uri, level-1 headings, <script>): the check still runs
  // and prints them, as warnings (HANDBOOK_BODY_RULES, src/lib/check/index.ts), so every example gets built.
  build = await buildContentDir(contentRel, tempOutDir('markdown-conformance'), { env: { HANDBOOK_BODY_RULES: 'warning' } });
}, 600_000);

afterAll(() => {
  if (contentRel) removeCopy(contentRel);
});

/** Failing example numbers by section (`{}` when every example passes), and the details of the first few. */
function conformance(suite: Suite): { passed: number; total: number; failing: Record<string, number[]>; details: string[] } {
  const failing: Record<string, number[]> = {};
  const details: string[] = [];
  let passed = 0;
  const mine = cases.filter((c) => c.suite === suite);
  for (const c of mine) {
    const r = compareCase(c, build.dist, renderedBody(build.dist, c.url));
    if (r.pass) passed++;
    else {
      (failing[c.section] ??= []).push(c.number);
      if (details.length < 5) details.push(`example ${c.number} (${c.section}) ${c.file}\n  markdown: ${JSON.stringify(c.markdown)}\n  expected: ${r.expected}\n  actual:   ${r.actual}`);
    }
  }
  return { passed, total: mine.length, failing, details };
}

/** Whether the build's check printed an image warning at a line of `file` (a path inside the content directory). */
function reportedImage(file: string): boolean {
  const at = `${contentRel}/${file}:`;
  return build.output.split('\n').some((l) => l.includes(at) && /:\d+:\d+ {2}image {2}warning: "/.test(l));
}

function report(name: string, r: ReturnType<typeof conformance>): void {
  console.log(`${name}: ${r.passed} of ${r.total} examples render as the specification says`);
  if (r.details.length) console.log(r.details.join('\n'));
}

describe('Markdown conformance through the page pipeline', () => {
  it('builds every example page, with the body rules reported as warnings', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    // The check ran: e.g. CommonMark example 62 has a level-1 heading in the page body.
    expect(build.output).toMatch(/commonmark-atx-headings\/cm-062\.md:\d+:1 {2}heading {2}warning: a level-1 heading/);
  });

  it('CommonMark 0.31.2: all 652 examples, failures listed by section', () => {
    const r = conformance('commonmark');
    report('CommonMark 0.31.2', r);
    expect(r.total).toBe(652);
    expect(r.failing).toEqual({});
  });

  it('GFM 0.29: tables, task lists, strikethrough, autolinks, the tag filter and footnotes', () => {
    const r = conformance('gfm');
    report('GFM extensions', r);
    expect(r.failing).toEqual({});
  });

  it("editors' cases: a body that opens with --- or indentation (.md and .mdx), local images, disallowed raw HTML", () => {
    const r = conformance('editor');
    report('Editor cases', r);
    expect(r.failing).toEqual({});
  });

  it('every image has a working src, or the check named its file and line', () => {
    const problems: string[] = [];
    for (const c of cases) {
      for (const t of tokenize(renderedBody(build.dist, c.url))) {
        if (t.type !== 'start' || t.tag !== 'img') continue;
        const src = t.attrs.find(([k]) => k === 'src')?.[1];
        if (!src) {
          problems.push(`${c.file}: <img> without src`);
          continue;
        }
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) continue;
        const target = new URL(src, `http://site${c.url}`).pathname;
        if (fs.existsSync(path.join(build.dist, decodeURIComponent(target)))) continue;
        // Not a file of the site: fine only if the check reported this image at its line in this page.
        if (!reportedImage(c.file)) problems.push(`${c.file}: src="${src}" is not a file of the site and the check did not report it`);
      }
    }
    // Root-relative srcs of the spec (/url, /path/to/train.jpg) are not files of this fixture: the check reports
    // them as "file not found" with their line, like every other image that would not show.
    expect(problems).toEqual([]);
  });

  it('no page body ships an element the GFM tag filter disallows', () => {
    const shipped = cases.flatMap((c) =>
      tokenize(renderedBody(build.dist, c.url))
        .filter((t) => t.type === 'start' && GFM_DISALLOWED_TAGS.includes(t.tag))
        .map((t) => `${c.file}: <${(t as { tag: string }).tag}>`),
    );
    expect(shipped).toEqual([]);
  });

  it('every deliberate difference is documented in tests/support/markdown-spec/README.md', () => {
    const readme = fs.readFileSync(path.join(REPO, 'tests/support/markdown-spec/README.md'), 'utf8');
    expect(DIFFERENCES.map((d) => d.id).filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
  });
});
