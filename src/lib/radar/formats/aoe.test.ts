import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/errors';
import { formatSources } from '../testing/fixtures';
import { modelFrom } from '../testing/model';
import { parseAoeJson, parseAoeMarkdown, toAoeFiles } from './aoe';

const model = modelFrom(formatSources());

describe('AOE export', () => {
  it('writes one release folder per edition date with the items new or changed in it', () => {
    const files = toAoeFiles(model);
    expect(files.map((f) => f.path)).toEqual([
      'radar/2025-10-15/argo-cd.md',
      'radar/2025-10-15/gitflow.md',
      'radar/2025-10-15/jenkins.md',
      'radar/2025-10-15/trunk-based-development.md',
      'radar/2025-10-15/typescript.md',
      'radar/2025-10-15/vmware-estate.md',
      'radar/2026-04-15/argo-cd.md',
      'radar/2026-04-15/trunk-based-development.md',
      'radar/2026-04-15/vmware-estate.md',
      'radar/2026-10-15/argo-cd.md',
      'radar/2026-10-15/jenkins.md',
      'radar/2026-10-15/sboms-cyclonedx.md',
    ]);
    expect(toAoeFiles(model, { edition: '2025-10' })).toHaveLength(6);
  });

  it('writes AOE front matter: the first file carries the description, later ones the reason', () => {
    const files = new Map(toAoeFiles(model).map((f) => [f.path, f.content]));
    expect(files.get('radar/2025-10-15/argo-cd.md')).toBe(
      '---\ntitle: "Argo CD"\nring: assess\nquadrant: tools\n---\n\n**Argo CD**, see [docs](https://example.org/argo-cd), a, "quoted" & more.\n',
    );
    expect(files.get('radar/2026-10-15/argo-cd.md')).toBe('---\ntitle: "Argo CD"\nring: adopt\nquadrant: tools\n---\n\nMoved to adopt in 2026-10.\n');
    // AOE has no retired state: the blip stays in the ring it left but leaves the chart.
    expect(matter(files.get('radar/2026-04-15/vmware-estate.md')!).data).toEqual({
      title: 'SG data centre VMware estate',
      ring: 'trial',
      quadrant: 'platforms',
      featured: false,
    });
  });
});

describe('AOE import parsing', () => {
  it('merges release folders in order, later files overriding, as AOE does', () => {
    const p = parseAoeMarkdown([
      { path: 'radar/2024-03-01/react.md', text: '---\ntitle: "React"\nring: adopt\nquadrant: languages-and-frameworks\n---\nA UI library.\n' },
      { path: 'radar/2017-03-01/react.md', text: '---\ntitle: "React"\nring: trial\nquadrant: languages-and-frameworks\n---\nOld text.\n' },
      { path: 'radar/2017-03-01/artifactory.md', text: '---\ntitle: "Artifactory"\nring: trial\nsegment: platforms-and-aoe-services\n---\nStores artefacts.\n' },
    ]);
    expect(p.issues).toEqual([]);
    expect(p.rows.map((r) => [r.id, r.name, r.ring, r.quadrant, r.description, r.reason, r.at.file, r.at.line])).toEqual([
      ['artifactory', 'Artifactory', 'trial', 'platforms-and-aoe-services', 'Stores artefacts.', undefined, 'radar/2017-03-01/artifactory.md', 3],
      ['react', 'React', 'adopt', 'languages-and-frameworks', 'Old text.', 'A UI library.', 'radar/2024-03-01/react.md', 3],
    ]);
  });

  it('treats featured: false in the latest file as off the radar', () => {
    const p = parseAoeMarkdown([{ path: 'radar/2026-01-01/x.md', text: '---\ntitle: X\nring: hold\nquadrant: tools\nfeatured: false\n---\n' }]);
    expect(p.rows[0].retired).toBe(true);
  });

  it('reads data.json items with HTML bodies as text', () => {
    const text = JSON.stringify({ releases: ['2024-03-01'], items: [{ id: 'react', title: 'React', ring: 'adopt', quadrant: 'languages-and-frameworks', body: '<p>UI &amp; more</p>' }] });
    expect(parseAoeJson(text, 'data.json').rows[0]).toMatchObject({ id: 'react', description: 'UI & more' });
    expect(parseAoeJson('{"releases":[]}', 'data.json').issues.map(formatIssue)).toEqual([
      'data.json:1  items  is missing: an AOE data.json has items[] of {id, title, ring, quadrant, body}',
    ]);
  });
});
