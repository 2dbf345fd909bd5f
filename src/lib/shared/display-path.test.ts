// Paths shown from GitHub's workspace: files and the paths the engine writes into messages, never the editor's own text.
import { describe, expect, it } from 'vitest';
import { AS_LOADED, pathsFrom, workspaceView } from './display-path';

describe('pathsFrom', () => {
  // The content repository at /w, the engine checked out inside it at /w/engine (HANDBOOK_CONTENT_DIR=..).
  const inside = pathsFrom('/w', '/w/engine', '..');

  it('names files from the workspace, and a file outside it from the engine', () => {
    expect(inside.file('../handbook/a.md')).toBe('handbook/a.md');
    expect(inside.file('../site.yaml')).toBe('site.yaml');
    expect(inside.file('../../elsewhere/b.md')).toBe('../../elsewhere/b.md');
    expect(inside.file('')).toBe('');
  });

  it('rewrites the paths the engine wrote into a message, and leaves quoted text as the editor wrote it', () => {
    expect(inside.text('is the URL of the page ../handbook/b.md: a redirect cannot replace it')).toBe('is the URL of the page handbook/b.md: a redirect cannot replace it');
    expect(inside.text('moved it (../handbook/c.md) without')).toBe('moved it (handbook/c.md) without');
    expect(inside.text('"../guides/on-call.md" links to a page\'s Markdown file')).toBe('"../guides/on-call.md" links to a page\'s Markdown file');
    expect(inside.text('not a quadrant in ../radar/radar.yaml')).toBe('not a quadrant in radar/radar.yaml');
    expect(inside.text('the repository that holds ..: run it there')).toBe('the repository that holds .: run it there');
    expect(inside.text('see ../../other/x.md')).toBe('see ../../other/x.md');
  });

  it('changes nothing when the content directory is inside the workspace at the same path', () => {
    const same = pathsFrom('/repo', '/repo', 'content');
    expect(same.file('content/handbook/a.md')).toBe('content/handbook/a.md');
    expect(same.text('expected content/handbook/x.png')).toBe('expected content/handbook/x.png');
  });

  it('names a sibling content directory from its own root', () => {
    // /ci/our-handbook is the workspace; the engine at /ci/engine reads it as ../our-handbook.
    const sibling = pathsFrom('/ci/our-handbook', '/ci/engine', '../our-handbook');
    expect(sibling.file('../our-handbook/handbook/a.md')).toBe('handbook/a.md');
    expect(sibling.text('expected ../our-handbook/handbook/x.png.')).toBe('expected handbook/x.png.');
    expect(sibling.text('under ../our-handbook/handbook, e.g.')).toBe('under handbook, e.g.');
  });
});

describe('workspaceView', () => {
  it('shows paths from GITHUB_WORKSPACE under GitHub Actions, as loaded elsewhere: one rule for the check and the build', () => {
    // A pull-request trial (3 December 2026): the build's report named ../handbook/… where the check named handbook/….
    const ci = workspaceView('/w/engine', { GITHUB_WORKSPACE: '/w', HANDBOOK_CONTENT_DIR: '..' });
    expect(ci.file('../handbook/platform/hosting.md')).toBe('handbook/platform/hosting.md');
    expect(workspaceView('/w/engine', { HANDBOOK_CONTENT_DIR: '..' })).toBe(AS_LOADED);
  });
});
