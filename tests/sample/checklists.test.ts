// Keeps the real sample consistent: the checklists in content/ load cleanly and the release files' readiness[] agrees with them.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/shared/errors';
import { loadChecklists } from '../../src/lib/checklists/load';
import { allItems } from '../../src/lib/checklists/parse';
import { checkReadiness, type ReleaseReadinessInput } from '../../src/lib/checklists/readiness';
import { IS_SAMPLE } from './is-sample';

const root = path.resolve(import.meta.dirname, '../..');
const RELEASES_DIR = 'content/releases';

/** Every content/releases/<component>/<version>.json, read straight from disk (not through the releases module). */
async function readReleases(): Promise<ReleaseReadinessInput[]> {
  let components: string[];
  try {
    components = (await readdir(path.join(root, RELEASES_DIR), { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
  const out: ReleaseReadinessInput[] = [];
  for (const c of components) {
    const names = (await readdir(path.join(root, RELEASES_DIR, c))).filter((n) => n.endsWith('.json')).sort();
    for (const n of names) {
      const file = `${RELEASES_DIR}/${c}/${n}`;
      const text = await readFile(path.join(root, file), 'utf8');
      out.push({ ...(JSON.parse(text) as Omit<ReleaseReadinessInput, 'file' | 'text'>), file, text });
    }
  }
  return out;
}

describe.skipIf(!IS_SAMPLE)('sample content', () => {
  it('has checklists that load without errors or warnings', async () => {
    const { checklists, issues } = await loadChecklists(root);
    expect(formatIssues(issues)).toBe('');
    expect(checklists.map((c) => c.id)).toEqual([
      'emergency-change',
      'go-no-go',
      'post-release-verification',
      'production-deployment',
      'release-notes',
      'retrospective',
      'stakeholder-sign-off',
    ]);
    for (const c of checklists) {
      expect(allItems(c).length, c.id).toBeGreaterThanOrEqual(8);
      expect(allItems(c).some((i) => i.required), c.id).toBe(true);
    }
  });

  it('has release readiness results that agree with the checklists', async () => {
    const { checklists } = await loadChecklists(root);
    const releases = await readReleases();
    expect(formatIssues(checkReadiness(checklists, releases))).toBe('');
  });

  it('shows a waiver with a reason and a failure that did not block a release', async () => {
    const { checklists } = await loadChecklists(root);
    const required = new Set(checklists.flatMap((c) => allItems(c).filter((i) => i.required).map((i) => `${c.id}#${i.id}`)));
    const records = (await readReleases()).flatMap((r) => (r.status === 'released' ? (r.readiness ?? []) : []));
    expect(records.some((r) => r.result === 'waived' && (r.waiverReason ?? '').trim().length > 0)).toBe(true);
    expect(records.some((r) => r.result === 'fail' && !required.has(`${r.checklist}#${r.item}`))).toBe(true);
  });
});
