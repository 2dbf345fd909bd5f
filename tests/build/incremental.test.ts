// Incremental builds are provably correct: after each kind of edit, a build that reuses the previous build's pages
// writes a dist/ byte-identical to a clean build of the same content from nothing. The fixture is small on purpose
// (tests/fixtures/incremental: two handbook sections, an MDX page with live release data, one component's releases,
// two radar blips); what is tested is the engine's cache keys, not the sample.
import { describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyProject, REPO } from '../../scripts/lib/project';
import { astroBuildForTest } from '../support/fixtures';
import { ASTRO_INCREMENTAL_MANIFEST, pageCopyPath } from '../../src/integrations/incremental-copies';
import { OUTPUT_MANIFEST } from '../../src/integrations/output-dir';

const FIXTURE = path.join(REPO, 'tests/fixtures/incremental');
/** 27 November 2026, and 20 December 2026 (past the fixture's on-call page review date, 15 December). */
const NOV_27 = '1795780800';
const DEC_20 = '1797768000';

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of fs.readdirSync(d).sort()) {
      const p = path.join(d, n);
      // Folders count too: a folder a removed page left behind, empty, is a difference from a clean build.
      if (fs.statSync(p).isDirectory()) {
        out.set(path.relative(dir, p) + '/', 'folder');
        walk(p);
      } else out.set(path.relative(dir, p), crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

/**
 * `astro build` in `cwd`, asynchronously so the incremental and the clean build run side by side; resolves with the
 * build's log as plain text (no colour, even where CI forces it).
 */
async function build(cwd: string, epoch: string, env: Record<string, string> = {}): Promise<string> {
  // The search index is built from the same HTML, so identical HTML gives an identical index: left out for time.
  const res = await astroBuildForTest(cwd, [], { SOURCE_DATE_EPOCH: epoch, HANDBOOK_SKIP_SEARCH_INDEX: '1', HANDBOOK_PREVIEW: '', ...env });
  const out = res.stdout + res.stderr;
  if (res.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${out}`);
  return out;
}

/**
 * Pages the incremental build reused, by output file: Astro marks a page left in place in dist/ "(cached)" and one
 * copied back from its cache "(restored)". With src/integrations/output-dir.ts every reused page is left in place.
 */
const reusedPages = (log: string, how = 'cached|restored') =>
  new Set([...log.matchAll(new RegExp(`[├└]─ (\\S+)[^\\n]*\\((?:${how})\\)`, 'g'))].map((m) => m[1].replace(/^\//, '')));

/**
 * Every copy Astro's cache keeps of a page it records is a hard link to the page in dist/ (the same inode), and
 * Astro's own folder of written copies is never made (src/integrations/incremental-copies.ts): an Astro upgrade that
 * stops the copies being links fails here. A recorded page may have no copy: Astro prunes copies by output path, so
 * a redirect written where a keyed page was loses the copy with the old page, and is rendered if dist/ lacks it.
 */
function expectCopiesLinked(project: string, after: string): void {
  const cache = path.join(project, '.cache/astro');
  const record = JSON.parse(fs.readFileSync(path.join(cache, ASTRO_INCREMENTAL_MANIFEST), 'utf8')) as {
    routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  const outputs = Object.values(record.routes).flatMap((r) => Object.values(r.paths).map((p) => p.outputFile));
  const linked: string[] = [];
  const notLinked: string[] = [];
  for (const o of outputs) {
    const copy = fs.statSync(pageCopyPath(pathToFileURL(cache + path.sep), o), { throwIfNoEntry: false });
    const page = fs.statSync(path.join(project, 'dist', decodeURI(o)), { throwIfNoEntry: false });
    if (copy) (page && copy.ino === page.ino ? linked : notLinked).push(o);
  }
  expect(notLinked, `pages whose cached copy is not a link to dist/ after "${after}"`).toEqual([]);
  expect(linked.length, `linked copies after "${after}" (of ${outputs.length} pages recorded)`).toBeGreaterThan(outputs.length - 3);
  expect(fs.existsSync(path.join(cache, 'dist')), `Astro's own copies after "${after}"`).toBe(false);
}

interface Edit {
  name: string;
  apply: (content: string) => void;
  epoch?: string;
  /** Environment of this round's builds (both sides), e.g. a preview build; the next round is a published build again. */
  env?: Record<string, string>;
  /** A page the edit must re-render (never reused), and one it must not touch (reused), as dist paths. */
  rendered: string[];
  reused: string[];
  /** Reused pages may be copied back from Astro's cache (only when dist/ itself was deleted). */
  restores?: boolean;
  /** Files in dist/ after the edit, with the text each must have. */
  files?: Record<string, string>;
}

const file = (content: string, rel: string) => path.join(content, rel);
const replaceIn = (p: string, from: string | RegExp, to: string) => {
  const before = fs.readFileSync(p, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit did nothing in ${p}`);
  fs.writeFileSync(p, after);
};
const page = (title: string, body: string) =>
  `---\ntitle: ${title}\ndescription: ${title}.\nowner: Release Manager\nlast_reviewed: 2026-09-01\nreview_in: 1 year\n---\n${body}\n`;

// Two small pictures of different sizes (40×20 red, 60×30 blue PNG, made with sharp): Astro's image pipeline names
// and sizes the optimised picture by the file's bytes.
const PICTURE_A = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAIAAABwJOjsAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAL0lEQVRIie3VwQkAMBACwem/KktLGQdhwb8g6honkrGiXuXSnHQg6zIFCWHR/1h8975YH5yyiWkAAAAASUVORK5CYII=',
  'base64',
);
const PICTURE_B = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAADwAAAAeCAIAAAD/+uoYAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAATElEQVRYhe2SAQkAMBCE7J/qoi2GPxAMICKwD0E3WNLoRdceVJr24CjoBksavejag0rTHhwF3WBJoxdde1Bp2oOjoBssafSiaw/M0g93+0ZMaAFDtgAAAABJRU5ErkJggg==',
  'base64',
);

// Four more, each of its own size (50×50, 70×35, 30×30, 80×40), so that no two pictures of one page share bytes.
const png = (b64: string) => Buffer.from(b64, 'base64');
const PICTURE_C = png('iVBORw0KGgoAAAANSUhEUgAAADIAAAAyCAIAAACRXR/mAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAX0lEQVRYhe3TQQ0AMAzDQPNHYagj0H/2sFQAVeQD+fGYf2Bv0VrUlmt0JpHWorZcozOJtBa15RqdSaS1qC3X6EwirUVtuUZnEmktass1OpNIa1FbrtGZRFqL2nKN7roHKVga20dxNkUAAAAASUVORK5CYII=');
const PICTURE_D = png('iVBORw0KGgoAAAANSUhEUgAAAEYAAAAjCAIAAACmdes6AAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAYUlEQVRYhe2UAQ3AAAzC6l9ZRVzMZZD9TRAAKcAjHxNzB0UiSu5r05boHjwp5g6KRJTc16Yt0T14UswdFIkoua9NW6J78KSYOygSUXJfm7ZE9+BJMXdQJKLkvjZtiV/cwwujx7RqhaQR4AAAAABJRU5ErkJggg==');
const PICTURE_E = png('iVBORw0KGgoAAAANSUhEUgAAAB4AAAAeCAIAAAC0Ujn1AAAACXBIWXMAAAPoAAAD6AG1e1JrAAAANklEQVRIie2WsQ0AMAzCfDbn+NTc0KGbpcwMERgYfjqSpoeYQ1ZkiCEG1dUy1o1rLNB68hUGB2l52I6GVufsAAAAAElFTkSuQmCC');
const PICTURE_F = png('iVBORw0KGgoAAAANSUhEUgAAAFAAAAAoCAIAAADmAupWAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAVklEQVRogeXOMQEAAAyDMHTiX8hcdAdREIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzBGIzhO7B2ndEvxF/NlDgAAAAASUVORK5CYII=');

const mdxPage = (title: string, body: string) => page(title, body);

/** The edit list, applied one after another (each on top of the last). */
const EDITS: Edit[] = [
  {
    name: "change one page's body",
    apply: (c) => fs.appendFileSync(file(c, 'handbook/guides/deploying.md'), '\nA new paragraph about smoke tests.\n'),
    rendered: ['handbook/guides/deploying/index.html'],
    // Pages of the data areas are keyed too, not rendered on every build.
    reused: [
      'handbook/guides/on-call/index.html',
      'releases/notify-scot/2.1.0/index.html',
      'releases/notify-scot/index.html',
      'releases/notify-scot/CHANGELOG.md',
      'kpis/notify-scot/index.html',
      'radar/blips/terraform/index.html',
      'radar/quadrants/tools/index.html',
      'checklists/go-no-go/index.html',
    ],
  },
  {
    name: 'add a picture to a page',
    apply: (c) => {
      fs.writeFileSync(file(c, 'handbook/guides/pipeline.png'), PICTURE_A);
      fs.appendFileSync(file(c, 'handbook/guides/deploying.md'), '\n![The release pipeline](pipeline.png)\n');
    },
    rendered: ['handbook/guides/deploying/index.html'],
    reused: ['handbook/guides/on-call/index.html'],
  },
  {
    // The Markdown is unchanged: only the picture's bytes (and so its optimised file's name and size) are new. Until
    // 1 December 2026 the page was reused, still showing the old picture (a new adopter's trial).
    name: 'replace the picture a page shows',
    apply: (c) => fs.writeFileSync(file(c, 'handbook/guides/pipeline.png'), PICTURE_B),
    rendered: ['handbook/guides/deploying/index.html'],
    reused: ['handbook/guides/on-call/index.html'],
  },
  {
    // Astro stores identical picture bytes once, under the name of the file it meets first: a page in another section
    // showing a byte copy of pipeline.png can rename the deploying page's picture (`requesting.<hash>.webp`) in a
    // clean build, while that page's file, Markdown and navigation are unchanged (a new adopter's trial, 2 December
    // 2026). Its key follows the files that share its picture's bytes, so it is rendered again.
    name: "add a page in another section showing a byte copy of another page's picture",
    apply: (c) => {
      fs.mkdirSync(file(c, 'handbook/access'));
      fs.writeFileSync(file(c, 'handbook/access/requesting.png'), PICTURE_B);
      fs.writeFileSync(file(c, 'handbook/access/requesting.md'), page('Requesting access', '![The request form](requesting.png)'));
    },
    rendered: ['handbook/access/requesting/index.html', 'handbook/guides/deploying/index.html'],
    reused: ['handbook/guides/on-call/index.html', 'releases/notify-scot/2.1.0/index.html'],
  },
  {
    // And back: the copy gone, the deploying page's picture takes its own file's name again.
    name: 'delete that section and its picture',
    apply: (c) => fs.rmSync(file(c, 'handbook/access'), { recursive: true }),
    rendered: ['handbook/guides/deploying/index.html'],
    reused: ['handbook/guides/on-call/index.html', 'releases/notify-scot/2.1.0/index.html'],
  },
  {
    // An .mdx page shows what it imports: here through a module, imported over several lines as Prettier writes a
    // long import (read line by line, such an import was not seen, a new adopter's trial, 2 December 2026).
    name: 'show data from a JSON file in an MDX page (a multi-line import of a module that imports it)',
    apply: (c) => {
      fs.mkdirSync(file(c, 'partials'), { recursive: true });
      fs.writeFileSync(file(c, 'partials/team.json'), '{ "lead": "Morag Reid" }\n');
      fs.writeFileSync(file(c, 'partials/team.mjs'), "import team from './team.json';\n\nexport const lead = team.lead;\n");
      replaceIn(file(c, 'handbook/guides/releases.mdx'), 'The most recent releases:', "import {\n  lead,\n} from '../../partials/team.mjs';\n\nReleases led by {lead}. The most recent releases:");
    },
    rendered: ['handbook/guides/releases/index.html'],
    reused: ['handbook/guides/on-call/index.html'],
  },
  {
    // The page's own file is unchanged: until 2 December 2026 it was reused, still showing the old name (a new
    // adopter's trial). Its key covers the files it imports (importedFiles in src/lib/shared/mdx-imports.ts).
    name: 'change only the JSON file that module imports',
    apply: (c) => fs.writeFileSync(file(c, 'partials/team.json'), '{ "lead": "Iain Stewart" }\n'),
    rendered: ['handbook/guides/releases/index.html'],
    reused: ['handbook/guides/on-call/index.html'],
  },
  {
    // Files of the content's own public/ folder are copied in after the pages (src/integrations/content-public.ts).
    // A robots.txt of the handbook's own takes the place of the one the build writes (src/lib/site/robots.ts).
    name: "publish a file and the handbook's own robots.txt from the content's public/ folder",
    apply: (c) => {
      fs.mkdirSync(file(c, 'public/files'), { recursive: true });
      fs.writeFileSync(file(c, 'public/files/rota.txt'), 'Monday: Ailsa\n');
      fs.writeFileSync(file(c, 'public/robots.txt'), 'User-agent: *\nDisallow: /files/\n');
    },
    files: { 'robots.txt': 'User-agent: *\nDisallow: /files/\n' },
    rendered: [],
    reused: ['handbook/guides/on-call/index.html'],
  },
  {
    name: 'delete that file',
    apply: (c) => fs.rmSync(file(c, 'public'), { recursive: true }),
    rendered: [],
    reused: ['handbook/guides/on-call/index.html'],
  },
  {
    // Every sibling shows the new title in its side navigation; the previous page shows it as "next".
    name: "change one page's title",
    apply: (c) => replaceIn(file(c, 'handbook/guides/on-call.md'), 'title: On call', 'title: On-call rota'),
    rendered: ['handbook/guides/on-call/index.html', 'handbook/guides/deploying/index.html', 'handbook/guides/index.html'],
    reused: ['handbook/support/index.html', 'releases/notify-scot/2.1.0/index.html'],
  },
  {
    // A page's language is declared wherever its title is shown: its siblings' side navigation, its neighbour's
    // previous/next link and its section's list of pages.
    name: "declare one page's language (lang: gd)",
    apply: (c) => replaceIn(file(c, 'handbook/guides/on-call.md'), 'title: On-call rota', 'title: On-call rota\nlang: gd'),
    rendered: ['handbook/guides/on-call/index.html', 'handbook/guides/deploying/index.html', 'handbook/guides/index.html'],
    reused: ['handbook/support/index.html', 'releases/notify-scot/2.1.0/index.html'],
  },
  {
    name: 'add a page',
    apply: (c) => fs.writeFileSync(file(c, 'handbook/guides/rollback.md'), page('Rolling back', 'How to roll back.')),
    rendered: ['handbook/guides/rollback/index.html', 'handbook/guides/deploying/index.html'],
    reused: ['handbook/support/index.html'],
  },
  {
    name: 'delete a page',
    apply: (c) => fs.rmSync(file(c, 'handbook/support.md')),
    rendered: [],
    reused: ['handbook/guides/rollback/index.html'],
  },
  {
    // The MDX page with <LatestReleases /> and every release page can show a release's status.
    name: "change a release's status",
    apply: (c) => replaceIn(file(c, 'releases/notify-scot/2.1.0.json'), '"status": "in-progress"', '"status": "planned"'),
    // The release before it links it with its status; releases further off do not show it, nor does the radar.
    rendered: [
      'releases/notify-scot/2.1.0/index.html',
      'releases/notify-scot/2.0.2/index.html',
      'releases/notify-scot/index.html',
      'releases/notify-scot/CHANGELOG.md',
      'handbook/guides/releases/index.html',
    ],
    // Neither status is counted in a KPI figure, so the KPI pages (keyed on the report, not the files) are unchanged.
    reused: ['handbook/guides/deploying/index.html', 'releases/notify-scot/1.3.1/index.html', 'radar/blips/terraform/index.html', 'kpis/notify-scot/index.html'],
  },
  {
    // Until 2 December 2026 every release page was keyed on all the data, so one release's edit re-rendered them all.
    name: "change one release's title",
    apply: (c) => replaceIn(file(c, 'releases/notify-scot/1.3.0.json'), '"title": "Scheduled reminders"', '"title": "Scheduled and repeating reminders"'),
    // The filtered lists it is in show its title; the others (and their counts) are unchanged. It recorded no
    // checklist results, so no checklist page lists it.
    rendered: [
      'releases/notify-scot/1.3.0/index.html',
      'releases/notify-scot/index.html',
      'releases/year/2025/index.html',
      'releases/status/released/index.html',
      'releases/stage/ga/index.html',
      // Its quarter's KPI report lists it by title.
      'kpis/reports/2025-Q2/index.html',
    ],
    reused: [
      'releases/notify-scot/1.4.0/index.html',
      'releases/notify-scot/2.0.0/index.html',
      'radar/blips/terraform/index.html',
      'releases/year/2026/index.html',
      'releases/status/cancelled/index.html',
      'releases/stage/beta/index.html',
      'checklists/go-no-go/index.html',
      // No dashboard shows a title, nor does another quarter's report.
      'kpis/notify-scot/index.html',
      'kpis/reports/2026-Q3/index.html',
    ],
  },
  {
    // A sign-off shows on its release's page only: no list, KPI figure or checklist page carries it. Until
    // 2 December 2026 those were keyed on every release file and all rendered again.
    name: "change a release's sign-off",
    apply: (c) => replaceIn(file(c, 'releases/notify-scot/1.3.0.json'), '"name": "Iain Murray"', '"name": "Iain Murray-Ross"'),
    rendered: ['releases/notify-scot/1.3.0/index.html'],
    reused: [
      'releases/notify-scot/1.4.0/index.html',
      'releases/year/2025/index.html',
      'releases/status/released/index.html',
      'kpis/notify-scot/index.html',
      'kpis/reports/2025-Q2/index.html',
      'checklists/go-no-go/index.html',
    ],
  },
  {
    // A release page shows its results against each checklist that applies, item labels included.
    name: "change a checklist item's label",
    apply: (c) => replaceIn(file(c, 'checklists/go-no-go.md'), 'The release candidate met the staging acceptance criteria', 'The release candidate met every staging acceptance criterion'),
    rendered: ['checklists/go-no-go/index.html', 'releases/notify-scot/2.0.0/index.html'],
    // 1.3.0 was released before the checklist took effect and recorded no results against it.
    reused: ['releases/notify-scot/1.3.0/index.html', 'radar/blips/terraform/index.html', 'kpis/notify-scot/index.html'],
  },
  {
    name: 'add a radar blip',
    apply: (c) =>
      fs.writeFileSync(
        file(c, 'radar/blips/feature-flags.md'),
        '---\ntitle: Feature flags\nquadrant: techniques\nowner: Release Manager\nreview_by: 2027-06-30\nhistory:\n  - edition: "2025-10"\n    ring: trial\n    reason: Recorded for the incremental-build test.\n    approved_by: Technical Steering Group\n---\nSwitch features on without a release.\n',
      ),
    rendered: ['radar/blips/feature-flags/index.html', 'radar/blips/terraform/index.html', 'radar/quadrants/techniques/index.html'],
    reused: ['handbook/guides/deploying/index.html', 'releases/notify-scot/2.1.0/index.html', 'checklists/go-no-go/index.html'],
  },
  // A new adopter's trial (2 December 2026) found four ways an MDX page or blip kept an old picture, old data or a link
  // to a stylesheet no longer written: each is set up, then changed alone.
  {
    name: 'add an MDX page showing pictures through a partial, as a reference and with a space in the name',
    apply: (c) => {
      fs.mkdirSync(file(c, 'partials'), { recursive: true });
      fs.writeFileSync(file(c, 'partials/notice.mdx'), 'A shared notice.\n\n![The service badge](./badge.png)\n');
      fs.writeFileSync(file(c, 'partials/badge.png'), PICTURE_C);
      fs.writeFileSync(file(c, 'handbook/guides/board.png'), PICTURE_D);
      fs.writeFileSync(file(c, 'handbook/guides/crew photo.png'), PICTURE_E);
      fs.writeFileSync(
        file(c, 'handbook/guides/board.mdx'),
        mdxPage('The release board', "import Notice from '../../partials/notice.mdx';\n\n<Notice />\n\n![The release board][board]\n\n![A crew at the board](<crew photo.png>)\n\n[board]: board.png"),
      );
    },
    rendered: ['handbook/guides/board/index.html'],
    // A page of another route: a new MDX page is a new module of the handbook route, whose pages Astro then renders again.
    reused: ['releases/notify-scot/2.1.0/index.html'],
  },
  {
    name: "replace only the partial's picture",
    apply: (c) => fs.writeFileSync(file(c, 'partials/badge.png'), PICTURE_F),
    rendered: ['handbook/guides/board/index.html'],
    reused: ['handbook/guides/deploying/index.html', 'handbook/guides/releases/index.html'],
  },
  {
    name: 'replace only the picture named by a reference definition',
    // PICTURE_A: no other page shows those bytes now (a byte copy would rightly render that page again too).
    apply: (c) => fs.writeFileSync(file(c, 'handbook/guides/board.png'), PICTURE_A),
    rendered: ['handbook/guides/board/index.html'],
    reused: ['handbook/guides/deploying/index.html'],
  },
  {
    name: 'replace only the picture whose name has a space',
    apply: (c) => fs.writeFileSync(file(c, 'handbook/guides/crew photo.png'), PICTURE_D),
    rendered: ['handbook/guides/board/index.html'],
    reused: ['handbook/guides/deploying/index.html'],
  },
  {
    name: 'add a radar blip written in MDX that lists the latest releases',
    apply: (c) =>
      fs.writeFileSync(
        file(c, 'radar/blips/release-bot.mdx'),
        '---\ntitle: Release bot\nquadrant: tools\nowner: Release Manager\nreview_by: 2027-06-30\nhistory:\n  - edition: "2025-10"\n    ring: assess\n    reason: Recorded for the incremental-build test.\n    approved_by: Technical Steering Group\n---\nIt announced these:\n\n<LatestReleases limit={2} />\n',
      ),
    rendered: ['radar/blips/release-bot/index.html'],
    reused: ['handbook/guides/deploying/index.html'],
  },
  {
    name: 'change the title of a release that MDX blip lists',
    apply: (c) => replaceIn(file(c, 'releases/notify-scot/2.0.2.json'), '"title": "Email retries and letter addresses"', '"title": "Email retries, and letter addresses checked"'),
    rendered: ['radar/blips/release-bot/index.html', 'releases/notify-scot/2.0.2/index.html'],
    reused: ['radar/blips/terraform/index.html', 'handbook/guides/deploying/index.html'],
  },
  {
    name: 'add an MDX page importing a stylesheet, and another page that does not yet',
    apply: (c) => {
      fs.mkdirSync(file(c, 'styles'), { recursive: true });
      fs.writeFileSync(file(c, 'styles/map.css'), '.station-map { border: 2px solid #333; }\n');
      fs.writeFileSync(file(c, 'handbook/guides/stations.mdx'), mdxPage('Stations', "import '../../styles/map.css';\n\n<p class=\"station-map\">The stations.</p>"));
      fs.writeFileSync(file(c, 'handbook/guides/hydrants.mdx'), mdxPage('Hydrants', 'The hydrants.'));
    },
    rendered: ['handbook/guides/stations/index.html', 'handbook/guides/hydrants/index.html'],
    // A page of another route: a new MDX page is a new module of the handbook route, whose pages Astro then renders again.
    reused: ['releases/notify-scot/2.1.0/index.html'],
  },
  {
    // Vite names a stylesheet after its one importer, or after itself once two pages share it: the first page's
    // <link> changes although nothing it imports did.
    name: 'import the same stylesheet in the second page',
    apply: (c) => replaceIn(file(c, 'handbook/guides/hydrants.mdx'), 'The hydrants.', "import '../../styles/map.css';\n\nThe hydrants."),
    rendered: ['handbook/guides/stations/index.html', 'handbook/guides/hydrants/index.html'],
    reused: ['handbook/guides/deploying/index.html'],
  },
  {
    // A published build shows no draft edition: radar pages are keyed on the radar as built, not on its files, so a
    // draft's moves leave them as they were (until 2 December 2026 every radar page was rendered again).
    name: 'start a draft radar edition and move a blip in it',
    apply: (c) => {
      fs.appendFileSync(file(c, 'radar/radar.yaml'), '  - id: "2027-04"\n    state: draft\n    title: "Spring 2027"\n');
      replaceIn(
        file(c, 'radar/blips/terraform.md'),
        '    approved_by: Technical Steering Group\n---',
        '    approved_by: Technical Steering Group\n  - edition: "2027-04"\n    ring: trial\n    reason: A draft move for the incremental-build test.\n    approved_by: Technical Steering Group\n---',
      );
    },
    rendered: [],
    reused: ['radar/blips/terraform/index.html', 'radar/quadrants/tools/index.html', 'radar/2025-10/index.html'],
  },
  {
    // A preview build shows the draft edition on the radar's pages; the build after it is a published build again,
    // and must not reuse them (until 2 December 2026 it did: a new adopter's trial).
    name: 'a preview build (drafts shown)',
    apply: () => {},
    env: { HANDBOOK_PREVIEW: '1' },
    rendered: ['radar/blips/terraform/index.html', 'handbook/guides/deploying/index.html'],
    reused: [],
    // Kept out of search engines should it be put online by mistake.
    files: { 'robots.txt': 'User-agent: *\nDisallow: /\n' },
  },
  {
    name: 'a published build after the preview build',
    apply: () => {},
    rendered: ['radar/blips/terraform/index.html', 'handbook/guides/deploying/index.html'],
    reused: [],
    files: { 'robots.txt': 'User-agent: *\nAllow: /\n\nSitemap: https://handbook.mygov.scot/sitemap-index.xml\n' },
  },
  {
    // The on-call page's review date (15 December) passes: it gains the overdue banner.
    name: 'move "today" past a review date',
    apply: () => {},
    epoch: DEC_20,
    rendered: ['handbook/guides/on-call/index.html'],
    reused: [],
  },
  {
    // A path that was a keyed page and is now a redirect page (no key): Astro forgets the old page, and the redirect
    // written at the same path in this build must survive (a new adopter's trial, 1 December 2026).
    name: 'move a page and keep its old address (redirect_from)',
    apply: (c) => {
      const text = fs.readFileSync(file(c, 'handbook/guides/rollback.md'), 'utf8');
      fs.rmSync(file(c, 'handbook/guides/rollback.md'));
      fs.writeFileSync(file(c, 'handbook/guides/rolling-back.md'), text.replace('---\n', '---\nredirect_from:\n  - /handbook/guides/rollback/\n'));
    },
    rendered: ['handbook/guides/rolling-back/index.html', 'handbook/guides/rollback/index.html', 'handbook/guides/deploying/index.html'],
    reused: ['radar/blips/terraform/index.html'],
  },
  {
    // The folder's landing page is then generated (no key) at the path the deleted index page had.
    name: "delete a folder's index page",
    apply: (c) => fs.rmSync(file(c, 'handbook/guides/index.md')),
    rendered: ['handbook/guides/index.html', 'handbook/guides/deploying/index.html'],
    reused: ['radar/blips/terraform/index.html'],
  },
  {
    // dist/ deleted with the cache kept (a CI cache of .cache/ alone): pages may be copied back from Astro's cache or
    // rendered again; either way the result must be a clean build's.
    name: 'delete dist/ and keep the cache',
    apply: (c) => fs.rmSync(path.join(path.dirname(c), 'dist'), { recursive: true }),
    rendered: [],
    reused: [],
    restores: true,
  },
  {
    // What a build stopped during page generation leaves: a page rendered again and written (so its copy, a link to
    // it, has the new bytes), Astro's record not yet rewritten, and the engine's own record of finished output gone.
    // If the next build trusted Astro's record, this page would be put back from its copy with bytes no source has.
    name: 'a build stopped half-way',
    apply: (c) => {
      const project = path.dirname(c);
      fs.writeFileSync(path.join(project, 'dist/handbook/guides/deploying/index.html'), '<p>half-way</p>');
      fs.rmSync(path.join(project, '.cache/astro', OUTPUT_MANIFEST));
    },
    rendered: ['handbook/guides/deploying/index.html', 'radar/blips/terraform/index.html', 'releases/notify-scot/2.1.0/index.html'],
    reused: [],
  },
  {
    name: 'change site.yaml',
    apply: (c) => replaceIn(file(c, 'site.yaml'), /^title: .*$/m, 'title: Fixture Handbook Renamed'),
    epoch: DEC_20,
    rendered: ['handbook/guides/deploying/index.html', 'radar/blips/terraform/index.html', 'releases/notify-scot/2.1.0/index.html'],
    reused: [],
  },
];

describe('incremental builds', () => {
  it(
    'after each edit, an incremental build writes the same bytes as a clean build: ' + EDITS.map((e) => e.name).join('; '),
    async () => {
      const inc = copyProject('mygov-incremental-', { content: false });
      const clean = copyProject('mygov-clean-', { content: false });
      try {
        fs.cpSync(FIXTURE, path.join(inc, 'content'), { recursive: true });
        // Astro's own page copies, as a cache from an engine before the copies were links holds them: removed.
        fs.mkdirSync(path.join(inc, '.cache/astro/dist/handbook'), { recursive: true });
        fs.writeFileSync(path.join(inc, '.cache/astro/dist/handbook/index.html'), '<p>an older engine wrote this copy</p>');
        await build(inc, NOV_27);
        expectCopiesLinked(inc, 'the first build');
        let epoch = NOV_27;
        for (const edit of EDITS) {
          edit.apply(path.join(inc, 'content'));
          // A file no build wrote (left by hand, or by an older engine) must not survive an incremental build either.
          if (fs.existsSync(path.join(inc, 'dist'))) fs.writeFileSync(path.join(inc, 'dist', 'stray.html'), '<p>not from this build</p>');
          epoch = edit.epoch ?? epoch;
          // The clean side starts from nothing: no dist/, no Astro cache, no content store, same content.
          for (const d of ['content', 'dist', '.cache', '.astro']) fs.rmSync(path.join(clean, d), { recursive: true, force: true });
          fs.cpSync(path.join(inc, 'content'), path.join(clean, 'content'), { recursive: true });
          const [incLog] = await Promise.all([build(inc, epoch, edit.env), build(clean, epoch, edit.env)]);
          const a = hashes(path.join(inc, 'dist'));
          const b = hashes(path.join(clean, 'dist'));
          const differ = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
          expect(differ, `files that differ after "${edit.name}"`).toEqual([]);
          expectCopiesLinked(inc, edit.name);
          // The cache was really used, and the keys really changed where they had to.
          const reused = reusedPages(incLog);
          for (const p of edit.rendered) {
            expect(a.has(p), `${p} written after "${edit.name}"`).toBe(true);
            expect(reused.has(p), `${p} re-rendered after "${edit.name}"`).toBe(false);
          }
          for (const p of edit.reused) expect(reused.has(p), `${p} reused after "${edit.name}"`).toBe(true);
          for (const [p, text] of Object.entries(edit.files ?? {})) expect(fs.readFileSync(path.join(inc, 'dist', p), 'utf8'), `${p} after "${edit.name}"`).toBe(text);
          // Reused pages stay where they are in dist/ rather than being copied back from the cache.
          if (!edit.restores) expect(reusedPages(incLog, 'restored'), `pages copied back from the cache after "${edit.name}"`).toEqual(new Set());
        }
      } finally {
        fs.rmSync(inc, { recursive: true, force: true });
        fs.rmSync(clean, { recursive: true, force: true });
      }
    },
    1_500_000,
  );
});
