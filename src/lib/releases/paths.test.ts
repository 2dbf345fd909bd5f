import { describe, expect, it } from 'vitest';
import { pathsUnder } from '../shared/content-dir';
import { releaseSchemaRef } from './paths';

describe('releaseSchemaRef', () => {
  it('is a path to the project’s schema from a content directory inside the project', () => {
    expect(releaseSchemaRef(pathsUnder('content'), 'https://handbook.example.org')).toBe('../../../schemas/release.schema.json');
    expect(releaseSchemaRef(pathsUnder('sites/ours'))).toBe('../../../../schemas/release.schema.json');
  });

  it('is the published schema for a content directory outside the project, never a path into this machine', () => {
    expect(releaseSchemaRef(pathsUnder('../our-handbook'), 'https://handbook.example.org/')).toBe(
      'https://handbook.example.org/schemas/release.schema.json',
    );
    expect(releaseSchemaRef(pathsUnder('/srv/our-handbook'), 'https://handbook.example.org')).toBe(
      'https://handbook.example.org/schemas/release.schema.json',
    );
  });
});
