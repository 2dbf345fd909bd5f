import { describe, expect, it } from 'vitest';
import { headingsWithPartials, partialUsages } from './partial-contents';

const partials: Record<string, string> = {
  'content/partials/contact.md': '## Contact us\n\nText.\n\n### Out of hours\n',
  'content/partials/intro.md': '## Before you start\n',
};
const read = (p: string) => partials[p];

describe('partialUsages', () => {
  it('finds each shown partial by its import, not in fenced code, nor a component that is not a Markdown import', () => {
    const body = [
      "import Contact from '../../partials/contact.md';",
      "import Chart from './chart.astro';",
      '',
      '<Contact />',
      '```mdx',
      '<Contact />',
      '```',
      '<Chart />',
      '  <Contact/>',
    ].join('\n');
    expect(partialUsages(body)).toEqual([
      { line: 4, spec: '../../partials/contact.md' },
      { line: 9, spec: '../../partials/contact.md' },
    ]);
  });
});

describe('headingsWithPartials', () => {
  const own = [
    { depth: 2, slug: 'escalation', text: 'Escalation' },
    { depth: 2, slug: 'after', text: 'After' },
  ];
  it("puts a partial's headings after the page's last heading above it, and before the first when none is", () => {
    const body = [
      "import Contact from '../../partials/contact.md';",
      "import Intro from '../../partials/intro.md';",
      '',
      '<Intro />',
      '',
      '## Escalation',
      '',
      '<Contact />',
      '',
      '## After',
    ].join('\n');
    expect(headingsWithPartials('content/handbook/ops/page.mdx', body, own, read).map((h) => h.slug)).toEqual([
      'before-you-start',
      'escalation',
      'contact-us',
      'out-of-hours',
      'after',
    ]);
  });
  it('gives a .md page, a page with no partial, or a partial that cannot be read, its own headings', () => {
    expect(headingsWithPartials('content/handbook/ops/page.md', '<Contact />', own, read)).toEqual(own);
    expect(headingsWithPartials('content/handbook/ops/page.mdx', '## Escalation\n\n## After\n', own, read)).toEqual(own);
    const missing = "import Gone from '../../partials/gone.md';\n\n## Escalation\n\n<Gone />\n\n## After\n";
    expect(headingsWithPartials('content/handbook/ops/page.mdx', missing, own, read)).toEqual(own);
  });
});
