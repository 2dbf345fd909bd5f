import { analyseMarkdown } from '../markdown/analyse';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/errors';
import { checkFrontmatterReads, checkMdxImports, checkMdxUsage, checkPartial, type MdxContext } from './mdx';
import { packageResolves } from '../shared/mdx-imports';
import path from 'node:path';

const ctx: MdxContext = {
  components: ['Kpi', 'RadarRing'],
  props: {
    Kpi: {
      name: { allowed: ['lead-time', 'change-failure-rate'], required: true },
      quarter: { pattern: /^\d{4}-Q[1-4]$/, hint: 'YYYY-Qn, e.g. 2026-Q3', allowed: ['2026-Q2', '2026-Q3'] },
      limit: { pattern: /^[1-9]\d*$/, hint: 'a whole number from 1' },
    },
    RadarRing: { ring: { allowed: ['adopt', 'hold'], required: true } },
  },
};
const run = (body: string) => checkMdxUsage('content/handbook/a.mdx', body, 8, ctx).map(formatIssue);

describe('checkMdxUsage', () => {
  it('accepts known components with known values', () => {
    expect(run('<Kpi name="lead-time" quarter="2026-Q3" /> and <RadarRing ring="hold" />')).toEqual([]);
  });
  it('checks a quarter against the quarters with data, and numbers written in braces', () => {
    expect(run('<Kpi name="lead-time" quarter="2019-Q1" limit={0} />')).toEqual([
      'content/handbook/a.mdx:8:1  <Kpi quarter>  "2019-Q1" is not one of 2026-Q2|2026-Q3',
      'content/handbook/a.mdx:8:1  <Kpi limit>  "0" is not valid: expected a whole number from 1',
    ]);
  });
  it('names file, line, component prop, the value found and what is allowed', () => {
    expect(run('\n<Kpi name="lead-tme" quarter="Q3" />\n<RadarRing />\n<Radar />')).toEqual([
      'content/handbook/a.mdx:9:1  <Kpi name>  "lead-tme" is not one of lead-time|change-failure-rate: did you mean "lead-time"?',
      'content/handbook/a.mdx:9:1  <Kpi quarter>  "Q3" is not valid: expected YYYY-Qn, e.g. 2026-Q3',
      'content/handbook/a.mdx:10:1  <RadarRing ring>  is required: one of adopt|hold',
      "content/handbook/a.mdx:11:1  <Radar>  is not a component editors can use: did you mean <RadarRing>? (expected one of Kpi|RadarRing, or one this page imports: import Radar from './Radar.astro')",
    ]);
  });
  it('leaves alone a component the page imports or exports itself, whatever its props', () => {
    // A new adopter's trial (2 December 2026): the import was accepted and the tag then refused.
    const body = "import SupportHours from '../partials/support-hours.md';\nimport * as Parts from './parts.js';\n\n<SupportHours />\n<Parts.Table rows={3} />\n<Missing />";
    expect(checkMdxUsage('content/handbook/a.mdx', body, 8, ctx, ['Parts', 'SupportHours']).map(formatIssue)).toEqual([
      "content/handbook/a.mdx:13:1  <Missing>  is not a component editors can use: expected one of Kpi|RadarRing, or one this page imports (import Missing from './Missing.astro')",
    ]);
  });
  it('reports a prop the component does not take, with the one it was likely meant to be, and not that one as missing', () => {
    expect(run('<RadarRing rng="hold" />\n<Kpi name="lead-time" colour="red" />')).toEqual([
      'content/handbook/a.mdx:8:1  <RadarRing rng>  is not a prop of <RadarRing>: did you mean "ring"? it takes ring',
      'content/handbook/a.mdx:9:1  <Kpi colour>  is not a prop of <Kpi>: it takes name|quarter|limit',
    ]);
  });
  it('reports a component written without its capital, which would render as an unknown HTML element', () => {
    expect(run('<radarRing ring="hold" />\n\n<kpi name="lead-time" /> and <div>fine</div>')).toEqual([
      "content/handbook/a.mdx:8:1  <radarRing>  is not an HTML element, and a component's name starts with a capital: write <RadarRing>",
      "content/handbook/a.mdx:10:1  <kpi>  is not an HTML element, and a component's name starts with a capital: write <Kpi>",
    ]);
  });
  it('sees a prop written without a value', () => {
    expect(run('<RadarRing ring="hold" compact />')).toEqual(['content/handbook/a.mdx:8:1  <RadarRing compact>  is not a prop of <RadarRing>: it takes ring']);
  });
  it("leaves the props of a component it has no rules for (an adopter's own) alone", () => {
    expect(checkMdxUsage('content/handbook/a.mdx', '<Mine anything="x" />', 1, { components: ['Mine'], props: {} })).toEqual([]);
  });
});

describe('frontmatter.<field> in an .mdx page', () => {
  const reads = (body: string) => analyseMarkdown(body, { mdx: true, bodyLine: 7 }).frontmatterReads;

  it('is fine for a field the page writes, and an error at the expression for one it does not', () => {
    const fm = 'title: A page\nowner: Digital team\n"review_in": 6 months';
    const found = reads('By {frontmatter.owner}, due {frontmatter["review_in"]}.\n\nReviewed by {frontmatter.reviewer.name}.');
    expect(checkFrontmatterReads('content/handbook/a.mdx', found, fm).map(formatIssue)).toEqual([
      'content/handbook/a.mdx:9:13  mdx  {frontmatter.reviewer.name} reads frontmatter.reviewer, which this page\'s front matter does not set, so it would show nothing or stop the build: use a field the page sets (title, owner, review_in), or remove the expression',
    ]);
  });

  it('ignores a frontmatter the page defines itself', () => {
    expect(reads('export const frontmatter = { x: 1 }\n\n{frontmatter.x}')).toEqual([]);
  });
});

describe('checkMdxImports', () => {
  // A new adopter's trial (2 December 2026): `import Foo from "./foo.astro"` passed the check, then Astro's bundler
  // stopped the build with "Could not resolve" and a module chain.
  const files = new Set(['content/handbook/guides/diagram.astro', 'content/handbook/shared/table.ts', 'content/handbook/guides/parts/index.js']);
  const check = (body: string) => checkMdxImports('content/handbook/guides/a.mdx', body, 8, (p) => files.has(p)).map(formatIssue);

  it('accepts imports of files that exist, with or without an extension, and package imports', () => {
    expect(check('import Diagram from "./diagram.astro";\nimport { rows } from \'../shared/table\';\nimport Parts from "./parts";\nimport { z } from "zod";\n')).toEqual([]);
  });
  it('reports a package the project does not have, at its line, by how Node finds packages (a migration trial, 3 December 2026)', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const resolves = (spec: string) => packageResolves(spec, path.join(root, 'content/handbook'), [root]);
    const body = "import Tabs from '@theme/Tabs';\nimport { Aside } from '@astrojs/starlight/components';\nimport { z } from 'zod';\nimport { getCollection } from 'astro:content';\n\n```mdx\nimport X from 'nowhere'\n```\n";
    const tail =
      "is not a package this handbook has, so the build would stop: an .mdx page imports its partials and files by a relative path (import Contact from '../../partials/contact.md'), " +
      "and uses the handbook's components (<Kpi />, <Checklist /> …) without an import; remove the import and write what it showed in Markdown";
    expect(checkMdxImports('content/handbook/guides/a.mdx', body, 8, () => false, resolves).map(formatIssue)).toEqual([
      `content/handbook/guides/a.mdx:8:1  import  "@theme/Tabs" ${tail}`,
      `content/handbook/guides/a.mdx:9:1  import  "@astrojs/starlight/components" ${tail}`,
    ]);
  });
  it('reports a relative import that names no file, at its line, and ignores code examples', () => {
    expect(check('Intro\n\nimport Foo from "./foo.astro"\nimport "./gone"\n\n```mdx\nimport X from "./x.astro"\n```\n')).toEqual([
      'content/handbook/guides/a.mdx:10:1  import  "./foo.astro" names no file (looked for content/handbook/guides/foo.astro): correct the path, or remove the import',
      'content/handbook/guides/a.mdx:11:1  import  "./gone" names no file (looked for content/handbook/guides/gone.mjs and the usual extensions): correct the path, or remove the import',
    ]);
  });
  it('reads an import written over several lines (as Prettier writes a long one), at the line of its path', () => {
    // A new adopter's trial (2 December 2026): this passed the check, then stopped the build in Vite.
    expect(check("import {\n  apis,\n  support,\n} from '../../partial/catalogue.mjs';\n\n{apis.length}\n")).toEqual([
      'content/handbook/guides/a.mdx:11:1  import  "../../partial/catalogue.mjs" names no file (looked for content/partial/catalogue.mjs): correct the path, or remove the import',
    ]);
  });
});

describe('checkPartial', () => {
  // A new adopter's trial (2 December 2026): a partial's missing picture passed the check and stopped the build with
  // the bundler's error.
  const files = new Set(['content/partials/badge.png', 'content/partials/crew photo.png']);
  const check = (file: string, text: string) => checkPartial(file, text, 'content/handbook/about/notice.mdx', { exists: (p) => files.has(p) }).map(formatIssue);

  it('reports a picture the partial shows that is not there, relative to the partial, with the page that imports it', () => {
    expect(check('content/partials/notice.mdx', 'A notice.\n\n![Badge](./badge.png)\n\n![Map](map.png)\n\n![Crew](<crew photo.png>)\n\n![Board][b]\n\n[b]: ../board.png\n')).toEqual([
      'content/partials/notice.mdx:5:1  image  "map.png": file not found: expected content/partials/map.png (the path is relative to this file, which content/handbook/about/notice.mdx imports)',
      'content/partials/notice.mdx:11:1  image  "../board.png": file not found: expected content/board.png (the path is relative to this file, which content/handbook/about/notice.mdx imports)',
    ]);
  });

  it("checks an MDX partial's own imports too, and leaves pictures on the web alone", () => {
    expect(check('content/partials/notice.mdx', 'import X from "./x.astro";\n\n![Logo](https://example.org/logo.png)\n')).toEqual([
      'content/partials/notice.mdx:1:1  import  "./x.astro" names no file (looked for content/partials/x.astro): correct the path, or remove the import',
    ]);
  });
});
