import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { editFileUrl, repositoryPath, viewFile } from './repository';

const site = { repository: 'https://github.com/example-org/handbook/', branch: 'main' };
const env = (dir?: string) => {
  const before = process.env.HANDBOOK_CONTENT_DIR;
  if (dir === undefined) delete process.env.HANDBOOK_CONTENT_DIR;
  else process.env.HANDBOOK_CONTENT_DIR = dir;
  return () => (before === undefined ? delete process.env.HANDBOOK_CONTENT_DIR : (process.env.HANDBOOK_CONTENT_DIR = before));
};

describe('repositoryPath and editFileUrl', () => {
  it('keeps the content folder’s path when it is inside the project (engine and content in one repository)', () => {
    const restore = env(undefined);
    try {
      expect(repositoryPath(site, 'content/handbook/a/b.md', '/srv/engine')).toBe('content/handbook/a/b.md');
      expect(editFileUrl(site, 'content/releases/payments/2.4.0.json', '/srv/engine')).toBe(
        'https://github.com/example-org/handbook/edit/main/content/releases/payments/2.4.0.json',
      );
    } finally {
      restore();
    }
  });

  it('starts at the repository’s root for a content folder outside the project (a repository of its own)', () => {
    const restore = env('../our-handbook');
    try {
      expect(repositoryPath(site, '../our-handbook/handbook/index.md', '/srv/engine')).toBe('handbook/index.md');
      expect(editFileUrl(site, '/srv/our-handbook/handbook/on call.md', '/srv/engine')).toBe(
        'https://github.com/example-org/handbook/edit/main/handbook/on%20call.md',
      );
      // The review issue's links to files: once …/blob/main/../our-handbook/handbook/index.md (a new adopter's trial).
      expect(viewFile(site, '../our-handbook/handbook/index.md', '/srv/engine')).toEqual({
        path: 'handbook/index.md',
        url: 'https://github.com/example-org/handbook/blob/main/handbook/index.md',
      });
    } finally {
      restore();
    }
  });

  it('starts at the repository’s root for a content folder inside the project with a .git of its own', () => {
    // A new adopter's trial (2 December 2026): hb/ with its own `git init` got edit links to …/edit/main/hb/handbook/….
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'repo-path-'));
    const restore = env('hb');
    try {
      fs.mkdirSync(path.join(root, 'hb/.git'), { recursive: true });
      expect(repositoryPath(site, 'hb/handbook/services/payments.md', root)).toBe('handbook/services/payments.md');
      // A submodule's .git is a file.
      fs.rmSync(path.join(root, 'hb/.git'), { recursive: true });
      fs.writeFileSync(path.join(root, 'hb/.git'), 'gitdir: ../.git/modules/hb\n');
      expect(repositoryPath(site, 'hb/handbook/services/payments.md', root)).toBe('handbook/services/payments.md');
      fs.rmSync(path.join(root, 'hb/.git'));
      expect(repositoryPath(site, 'hb/handbook/services/payments.md', root)).toBe('hb/handbook/services/payments.md');
    } finally {
      restore();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('follows repository_path when site.yaml sets it', () => {
    const restore = env('../our-handbook');
    try {
      expect(repositoryPath({ ...site, repository_path: 'docs/handbook' }, '../our-handbook/handbook/index.md', '/srv/engine')).toBe(
        'docs/handbook/handbook/index.md',
      );
      expect(repositoryPath({ ...site, repository_path: '' }, '../our-handbook/site.yaml', '/srv/engine')).toBe('site.yaml');
    } finally {
      restore();
    }
  });
});
