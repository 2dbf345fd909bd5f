// Generates a synthetic handbook corpus (pages, releases, radar blips) for the benchmark; deterministic by seed.

export interface CorpusFile {
  path: string;
  text: string;
}

export interface CorpusOptions {
  pages: number;
  releases: number;
  blips: number;
  /** radar.yaml to reuse (its editions and rings); blips cite its editions. */
  radarYaml: string;
  editions: string[];
  quadrants: string[];
  seed?: number;
}

/** mulberry32: tiny, fast, good enough for spreading synthetic data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'release candidate promotion staging live rollback artefact checksum pipeline approval readiness criteria ' +
  'migration schema configuration environment deployment window freeze incident retrospective action owner ' +
  'partner council service citizen account payment notification content platform runner branch merge tag ' +
  'version semantic patch minor major emergency change risk mitigation likelihood impact evidence review'
).split(' ');

function sentence(r: () => number, n = 14): string {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  return w[0].charAt(0).toUpperCase() + w[0].slice(1) + ' ' + w.slice(1).join(' ') + '.';
}

function paragraph(r: () => number, sentences = 4): string {
  return Array.from({ length: sentences }, () => sentence(r)).join(' ');
}

const pad = (n: number, w = 4) => String(n).padStart(w, '0');

/** Handbook pages in sections of 50, each ~350 words with headings, a table and links to other pages. */
export function handbookPages(count: number, seed = 1): CorpusFile[] {
  const r = prng(seed);
  const perSection = 50;
  const sections = Math.max(1, Math.ceil(count / perSection));
  const files: CorpusFile[] = [];
  const url = (s: number, p: number) => `/handbook/section-${pad(s, 3)}/page-${pad(p)}/`;
  let made = 0;
  for (let s = 0; s < sections && made < count; s++) {
    files.push({
      path: `content/handbook/section-${pad(s, 3)}/index.md`,
      text: fm({ title: `Section ${s + 1}`, description: `Synthetic section ${s + 1}.`, order: s + 1 }) + `${paragraph(r)}\n`,
    });
    made++;
    for (let p = 0; p < perSection - 1 && made < count; p++, made++) {
      const other = Math.floor(r() * sections);
      const body = [
        paragraph(r),
        '## Overview',
        paragraph(r, 5),
        `See also [a related page](${p > 0 ? url(s, p - 1) : `/handbook/section-${pad(s, 3)}/`}) and [another section](/handbook/section-${pad(other, 3)}/).`,
        '### Steps',
        ['1. ' + sentence(r, 8), '2. ' + sentence(r, 8), '3. ' + sentence(r, 8)].join('\n'),
        '## Details',
        paragraph(r, 5),
        '| Item | Owner | When |\n|---|---|---|\n' + Array.from({ length: 4 }, () => `| ${sentence(r, 3)} | Release Manager | Before live |`).join('\n'),
        '### Notes',
        `${paragraph(r, 3)} Back to [the overview](#overview).`,
      ].join('\n\n');
      files.push({
        path: `content/handbook/section-${pad(s, 3)}/page-${pad(p)}.md`,
        text: fm({ title: `Page ${s + 1}.${p + 1}: ${sentence(r, 4).slice(0, -1)}`, description: sentence(r, 10), order: p + 1 }) + body + '\n',
      });
    }
  }
  return files;
}

function fm(o: { title: string; description: string; order: number }): string {
  return `---\ntitle: ${JSON.stringify(o.title)}\ndescription: ${JSON.stringify(o.description)}\norder: ${o.order}\nowner: Release Manager\nlast_reviewed: 2026-09-01\nreview_in: 12 months\n---\n\n`;
}

/** Components and released GA versions across 2024–2025 (before the sample checklists take effect). */
export function releaseFiles(count: number, seed = 2): CorpusFile[] {
  const r = prng(seed);
  const components = Math.max(5, Math.ceil(count / 50));
  const files: CorpusFile[] = [];
  const ids = Array.from({ length: components }, (_, i) => `component-${pad(i, 3)}`);
  files.push({
    path: 'content/components.yaml',
    text:
      ids
        .map((id, i) => `- id: ${id}\n  name: Component ${i + 1}\n  description: Synthetic component ${i + 1}.\n  owner: Team ${i % 7}\n  repository: https://github.com/example-org/${id}`)
        .join('\n') + '\n',
  });
  const perComponent = Math.ceil(count / components);
  let made = 0;
  for (let c = 0; c < components && made < count; c++) {
    for (let v = 0; v < perComponent && made < count; v++, made++) {
      const day = Math.floor((v / perComponent) * 700 + r() * 5); // spread over ~2 years
      const date = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      const version = `${1 + Math.floor(v / 20)}.${v % 20}.0`;
      const at = (h: number) => `${date}T${String(h).padStart(2, '0')}:00:00Z`;
      const release = {
        $schema: '../../../schemas/release.schema.json',
        component: ids[c],
        version,
        title: `Component ${c + 1} ${version}`,
        releaseType: v % 20 === 0 ? 'major' : 'minor',
        stage: 'ga',
        status: 'released',
        dates: { planned: date, released: date },
        environments: [
          { name: 'dev', status: 'deployed', deployedAt: at(8), approvedBy: 'Lead developer' },
          { name: 'test', status: 'deployed', deployedAt: at(9), approvedBy: 'Test lead' },
          { name: 'staging', status: 'deployed', deployedAt: at(10), approvedBy: 'Release manager' },
          { name: 'live', status: 'deployed', deployedAt: at(11), approvedBy: 'Release manager' },
        ],
        changes: Array.from({ length: 4 }, (_, i) => ({
          category: ['added', 'changed', 'fixed', 'security'][i],
          summary: sentence(r, 9),
          commits: [{ sha: (c * 1000 + v * 10 + i).toString(16).padStart(40, '0'), committedAt: at(7) }],
        })),
        signOffs: [],
        risks: [],
      };
      files.push({ path: `content/releases/${ids[c]}/${version}.json`, text: JSON.stringify(release, null, 2) + '\n' });
    }
  }
  return files;
}

const RINGS = ['adopt', 'trial', 'assess', 'hold'];

/** Blips spread over the quadrants, with 1–3 history entries in edition order. */
export function blipFiles(count: number, opts: { editions: string[]; quadrants: string[] }, seed = 3): CorpusFile[] {
  const r = prng(seed);
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const quadrant = opts.quadrants[i % opts.quadrants.length];
    const first = Math.floor(r() * opts.editions.length);
    const history = opts.editions.slice(first).slice(0, 1 + Math.floor(r() * 3));
    let ring = '';
    const entries = history
      .map((e) => {
        ring = RINGS[Math.floor(r() * RINGS.length)];
        return `  - edition: "${e}"\n    ring: ${ring}\n    reason: ${JSON.stringify(sentence(r, 10))}\n    approved_by: Technical Steering Group`;
      })
      .join('\n');
    // A blip put on hold names the one to use instead, as the check asks (otherwise every bench build printed a
    // warning for each of them).
    const replacedBy = ring === 'hold' && count > 1 ? `replaced_by: blip-${pad(i > 0 ? i - 1 : 1)}\n` : '';
    files.push({
      path: `content/radar/blips/blip-${pad(i)}.md`,
      text: `---\ntitle: Technology ${i + 1}\nquadrant: ${quadrant}\ntags: [synthetic]\nowner: Release Manager\nreview_by: 2027-06-30\n${replacedBy}history:\n${entries}\n---\n\n${paragraph(r, 4)}\n`,
    });
  }
  return files;
}
