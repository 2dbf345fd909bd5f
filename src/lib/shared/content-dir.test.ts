import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { contentDir, contentPaths, DEFAULT_PATHS, pathsUnder } from './content-dir';

const root = path.resolve('/srv/engine');

describe('the content-directory setting', () => {
  it('defaults to content/ under the project root', () => {
    expect(contentDir(root, {})).toBe(path.join(root, 'content'));
    expect(contentPaths(root, {})).toEqual(DEFAULT_PATHS);
    expect(DEFAULT_PATHS.handbook).toBe('content/handbook');
    expect(DEFAULT_PATHS.doraBands).toBe('content/kpis/dora-bands.yaml');
  });

  it('reads HANDBOOK_CONTENT_DIR relative to the project root, so messages name files from the root', () => {
    const p = contentPaths(root, { HANDBOOK_CONTENT_DIR: 'tests/fixtures/minimal/' });
    expect(p.dir).toBe('tests/fixtures/minimal');
    expect(p.handbook).toBe('tests/fixtures/minimal/handbook');
    expect(p.site).toBe('tests/fixtures/minimal/site.yaml');
    expect(p.blips).toBe('tests/fixtures/minimal/radar/blips');
  });

  it('takes an absolute directory, inside or outside the project', () => {
    expect(contentPaths(root, { HANDBOOK_CONTENT_DIR: path.join(root, 'handbooks/council') }).releases).toBe('handbooks/council/releases');
    expect(contentPaths(root, { HANDBOOK_CONTENT_DIR: path.resolve('/srv/council-handbook') }).site).toBe('../council-handbook/site.yaml');
  });

  it('treats a blank setting as unset', () => {
    expect(contentPaths(root, { HANDBOOK_CONTENT_DIR: '  ' })).toEqual(DEFAULT_PATHS);
  });

  it('can be the project root itself', () => {
    expect(pathsUnder('.').site).toBe('site.yaml');
    expect(contentPaths(root, { HANDBOOK_CONTENT_DIR: '.' }).checklists).toBe('checklists');
  });
});
