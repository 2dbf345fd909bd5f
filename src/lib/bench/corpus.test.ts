import { describe, expect, it } from 'vitest';
import { blipFiles, handbookPages, releaseFiles } from './corpus';
import { parseHandbookFiles } from '../handbook/load';
import { buildHandbook } from '../handbook/model';
import { checkHandbookLinks } from '../handbook/link-check';
import { parseReleaseData } from '../releases/load';

describe('benchmark corpus', () => {
  it('makes the requested number of valid handbook pages whose links all resolve', () => {
    const files = handbookPages(120);
    expect(files).toHaveLength(120);
    const { sources, issues } = parseHandbookFiles(files);
    expect(issues).toEqual([]);
    const hb = buildHandbook(sources, { includeDrafts: false, today: '2026-11-27' });
    expect(checkHandbookLinks(hb, sources, { files: new Set() })).toEqual([]);
  });
  it('is the same every time', () => {
    expect(handbookPages(10)).toEqual(handbookPages(10));
    expect(releaseFiles(12)).toEqual(releaseFiles(12));
  });
  it('makes valid release files', () => {
    const files = releaseFiles(60);
    expect(files.filter((f) => f.path.endsWith('.json'))).toHaveLength(60);
    const data = parseReleaseData(files);
    expect(data.issues).toEqual([]);
    expect(data.releases).toHaveLength(60);
  });
  it('makes blips with history in edition order', () => {
    const files = blipFiles(8, { editions: ['2025-10', '2026-04', '2026-10'], quadrants: ['tools', 'platforms'] });
    expect(files).toHaveLength(8);
    expect(files[0].text).toMatch(/^---\ntitle: Technology 1\nquadrant: tools\n/);
  });
});
