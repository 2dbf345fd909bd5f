// Small in-memory radar sources for the radar unit tests (not sample content: just enough to exercise rules), and
// one helper that writes a draft blip into a content folder on disk.
import fs from 'node:fs';
import path from 'node:path';
import type { BlipSource, RadarSources } from '../load';

export const CONFIG_FILE = 'content/radar/radar.yaml';

export const configYaml = `title: Test radar
quadrants:
  - id: techniques
    name: Techniques
    description: Ways of working.
  - id: tools
    name: Tools
    description: Software we use.
  - id: platforms
    name: Platforms
    description: Where things run.
  - id: languages-and-frameworks
    name: Languages & Frameworks
    description: What we write code in.
rings:
  - id: adopt
    name: Adopt
    description: Use it.
    entryCriteria: [Proven in production]
    exitCriteria: [A better option is adopted]
  - id: trial
    name: Trial
    description: Try it on a real service.
    entryCriteria: [An assessment recommends a pilot]
    exitCriteria: [The pilot report is accepted]
  - id: assess
    name: Assess
    description: Find out more.
    entryCriteria: [Someone proposes it]
    exitCriteria: [An assessment is written]
  - id: hold
    name: Hold
    description: Do not start new work with it.
    entryCriteria: [It causes harm or has a better replacement]
    exitCriteria: [It is no longer used]
editions:
  - id: 2025-10
    date: 2025-10-15
    title: Autumn 2025
    summary: First edition.
  - id: 2026-04
    date: 2026-04-15
    title: Spring 2026
    summary: Second edition.
  - id: 2026-10
    date: 2026-10-15
    title: Autumn 2026
    summary: Third edition.
`;

export interface BlipSpec {
  title?: string;
  quadrant?: string;
  owner?: string;
  review_by?: string;
  replaced_by?: string;
  tags?: string[];
  /** [edition, ring] pairs, oldest first. */
  history: Array<[string, string]>;
}

/** Renders a blip file the way an editor would write it. */
export function blipText(id: string, spec: BlipSpec): string {
  const lines = [
    '---',
    `title: ${spec.title ?? id.replace(/-/g, ' ')}`,
    `quadrant: ${spec.quadrant ?? 'tools'}`,
    `tags: [${(spec.tags ?? []).join(', ')}]`,
    `owner: ${spec.owner ?? 'Release Manager'}`,
  ];
  if (spec.review_by) lines.push(`review_by: ${spec.review_by}`);
  if (spec.replaced_by) lines.push(`replaced_by: ${spec.replaced_by}`);
  lines.push('history:');
  for (const [edition, ring] of spec.history)
    lines.push(
      `  - edition: "${edition}"`,
      `    ring: ${ring}`,
      `    reason: Moved to ${ring} in ${edition}.`,
      '    approved_by: Technical Steering Group',
    );
  lines.push('---', '', `Description of ${id}.`, '');
  return lines.join('\n');
}

/**
 * On disk, in the content folder `contentDir`: adds draft edition `edition` to its radar.yaml (appended to the
 * editions list, which must end the file) and a blip `id` (title `title`, in languages-and-frameworks) whose only
 * entry is in that draft. For tests of what a pull request adding a draft-only blip does.
 */
export function writeDraftBlip(contentDir: string, id: string, title: string, edition = '2027-04'): void {
  const yaml = path.join(contentDir, 'radar/radar.yaml');
  fs.writeFileSync(yaml, `${fs.readFileSync(yaml, 'utf8').trimEnd()}\n  - id: "${edition}"\n    state: draft\n    title: Spring ${edition.slice(0, 4)}\n`);
  fs.writeFileSync(path.join(contentDir, `radar/blips/${id}.md`), blipText(id, { title, quadrant: 'languages-and-frameworks', history: [[edition, 'assess']] }));
}

export function blipSource(id: string, spec: BlipSpec, ext = 'md'): BlipSource {
  return { file: `content/radar/blips/${id}.${ext}`, text: blipText(id, spec) };
}

export function sources(blips: BlipSource[], config = configYaml): RadarSources {
  return { configFile: CONFIG_FILE, configText: config, blips };
}

/** A radar with every movement across three editions, for the format tests. */
export const formatSpecs: Record<string, BlipSpec & { body?: string }> = {
  'trunk-based-development': { title: 'Trunk-based development', quadrant: 'techniques', history: [['2025-10', 'trial'], ['2026-04', 'adopt']] },
  gitflow: { title: 'GitFlow', quadrant: 'techniques', replaced_by: 'trunk-based-development', history: [['2025-10', 'hold']] },
  'argo-cd': { title: 'Argo CD', quadrant: 'tools', history: [['2025-10', 'assess'], ['2026-04', 'trial'], ['2026-10', 'adopt']] },
  jenkins: { title: 'Jenkins', quadrant: 'tools', history: [['2025-10', 'trial'], ['2026-10', 'hold']] },
  'sboms-cyclonedx': { title: 'SBOMs (CycloneDX)', quadrant: 'techniques', history: [['2026-10', 'assess']] },
  'vmware-estate': { title: 'SG data centre VMware estate', quadrant: 'platforms', history: [['2025-10', 'trial'], ['2026-04', 'retired']] },
  typescript: { title: 'TypeScript', quadrant: 'languages-and-frameworks', history: [['2025-10', 'adopt']] },
};

export function formatSources(specs = formatSpecs): RadarSources {
  return sources(
    Object.entries(specs).map(([id, s]) => {
      const src = blipSource(id, s);
      return { ...src, text: src.text.replace(`Description of ${id}.`, `**${s.title}**, see [docs](https://example.org/${id}), a, "quoted" & more.`) };
    }),
  );
}
