// Which optional areas a handbook has: here, a radar only once it has a published edition.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { areaContent, detectAreas, radarPublished } from './areas';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
});

/** A project whose content/radar/radar.yaml is `radarYaml` (none when undefined). */
function project(radarYaml: string | undefined): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'areas-'));
  roots.push(root);
  fs.mkdirSync(path.join(root, 'content/radar'), { recursive: true });
  if (radarYaml !== undefined) fs.writeFileSync(path.join(root, 'content/radar/radar.yaml'), radarYaml);
  return root;
}

describe('the radar area', () => {
  it('is there once an edition is published (state: published, or no state)', () => {
    for (const text of ['editions:\n  - id: "2026-10"\n    state: published\n', 'editions:\n  - id: "2026-10"\n    title: Autumn\n']) {
      expect(radarPublished(project(text)), text).toBe(true);
      expect(detectAreas(project(text)).radar, text).toBe(true);
    }
  });

  it('has no pages while it is still being written: no editions yet, or drafts only', () => {
    for (const text of ['editions: []\n', 'editions:\n  - id: "2027-04"\n    state: draft\n    title: First\n']) {
      const root = project(text);
      expect(radarPublished(root), text).toBe(false);
      expect(detectAreas(root).radar, text).toBe(false);
      // Its files are still there to check.
      expect(areaContent(root).radar, text).toBe(true);
    }
  });

  it('counts a radar.yaml the check must report (unparsable, no editions list) as published, so the area is checked', () => {
    for (const text of ['editions: [unclosed\n', 'title: A radar\n', ''])
      expect(radarPublished(project(text)), JSON.stringify(text)).toBe(true);
  });

  it('is off when site.yaml switches it off, published or not', () => {
    expect(detectAreas(project('editions:\n  - id: "2026-10"\n'), { radar: false }).radar).toBe(false);
  });
});
