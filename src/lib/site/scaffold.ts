// `npm run new-handbook`: the files of a minimal, valid content directory (site.yaml, a home page, an accessibility
// statement and a contributing page to fill in), which builds on the first try.
import { stringify } from 'yaml';
import { CONTENT_REPO_WORKFLOW, contentRepoGitignore, contentRepoWorkflow } from './content-repo-workflow';

export interface ScaffoldOptions {
  /** Site title, e.g. "Example Council Technical Handbook". */
  title: string;
  /** Organisation name, e.g. "Example Council". */
  org: string;
  /** Today as YYYY-MM-DD: the pages' `last_reviewed`. */
  today: string;
}

const page = (fm: Record<string, unknown>, body: string) => `---\n${stringify(fm).trimEnd()}\n---\n\n${body.trim()}\n`;

/**
 * The files of a new content directory, as path (relative to it, forward slashes) → text. Every value that needs
 * changing is an example.org placeholder or says "replace"; the result passes `npm run check` as it is.
 */
export function scaffoldFiles(o: ScaffoldOptions): Record<string, string> {
  const site = {
    title: o.title,
    description: `How ${o.org} builds, releases and runs its services.`,
    url: 'https://handbook.example.org',
    repository: 'https://github.com/example/handbook',
    branch: 'main',
    phase: 'alpha',
    feedback: 'mailto:handbook@example.org',
    organisation: { name: o.org, url: 'https://www.example.org/' },
    licence: { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
    pages: { accessibility_statement: 'about/accessibility-statement', contributing: 'about/contributing' },
    contacts: [{ name: 'Handbook team', url: 'mailto:handbook@example.org', description: 'Questions about this handbook' }],
    // Branding (src/lib/site/schema.ts, "Branding"): how pages name the organisation and what the footer links to.
    short_name: o.org,
    intro: `It is written and kept by ${o.org}.`,
    footer_links: [{ text: 'Privacy notice', url: 'https://www.example.org/privacy/' }],
  };
  // The optional branding fields a new handbook does not need yet, written out so an adopter sees them.
  const moreBranding = [
    '# More branding, each optional (see the README, "Use it for your own handbook"):',
    `# logo: { file: brand/logo.svg, alt: ${JSON.stringify(o.org)} }  # an SVG file in this folder, shown in the header`,
    '# favicon: brand/favicon.svg  # an SVG file in this folder: the browser tab\'s icon',
    '# phase_text: This is a new version of the handbook.  # the phase banner\'s sentence',
    `# radar_name: ${o.org} technology radar`,
    `# kpi_scope: ${o.org}  # what the KPI figures cover`,
    `# calendar_prodid: -//${o.org}//${o.title} release schedule//EN`,
  ].join('\n');
  const common = { owner: 'Handbook team', last_reviewed: o.today, review_in: '12 months' };
  return {
    'site.yaml': `# ${o.title}: replace the example.org addresses with your own (see the README, "Use it for your own handbook").\n${stringify(site)}${moreBranding}\n`,
    'handbook/index.md': page(
      { title: o.title, description: `How ${o.org} works.`, ...common },
      `Welcome to the ${o.title}. Add pages as Markdown files under \`handbook/\`; a folder is a section.\n\nSee [how to contribute](/handbook/about/contributing/).`,
    ),
    'handbook/about/index.md': page({ title: 'About this handbook', description: 'Who keeps this handbook and how.', order: 90, ...common }, `${o.org} keeps this handbook.`),
    'handbook/about/accessibility-statement.md': page(
      { title: 'Accessibility statement', description: 'How accessible this handbook is and how to report a problem.', order: 10, ...common },
      `${o.org} is committed to making this handbook accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.\n\nReplace this text with your statement: compliance status, content that is not accessible, how to report a problem and the enforcement procedure.`,
    ),
    // CI for a content repository of its own: check and summarise pull requests, publish, ask for reviews.
    [CONTENT_REPO_WORKFLOW]: contentRepoWorkflow,
    '.gitignore': contentRepoGitignore,
    'handbook/about/contributing.md': page(
      { title: 'How to contribute', description: 'How to change this handbook.', order: 20, ...common },
      'Every page is a Markdown file with front matter (title, description, owner, last_reviewed, review_in). A page without a description uses its first paragraph; `owner` and `last_reviewed` can be set for every page in `site.yaml` under `defaults:`. Change a page by pull request; `npm run check` lists every problem with its file and line.',
    ),
  };
}
