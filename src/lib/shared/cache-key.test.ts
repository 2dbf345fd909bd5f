// Cache keys: equal values give equal keys whatever order they were built in; any difference changes the key.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheKey, imageTwins, localImagesDigest, stableJson } from './cache-key';

describe('cacheKey', () => {
  it('ignores key order and undefined fields, and sorts Maps and Sets', () => {
    expect(stableJson({ b: 1, a: [new Map([['y', 2], ['x', 1]])], c: undefined, d: new Set(['q', 'p']) })).toBe(
      '{"a":[[["x",1],["y",2]]],"b":1,"d":["\\"p\\"","\\"q\\""]}',
    );
    expect(cacheKey({ a: 1, b: 2 }, 'x')).toBe(cacheKey({ b: 2, a: 1 }, 'x'));
  });
  it('changes with any value, and with how values are split between parts', () => {
    const k = cacheKey({ title: 'On call' });
    expect(cacheKey({ title: 'On-call' })).not.toBe(k);
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(k).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('localImagesDigest', () => {
  const project = () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'images-key-'));
    fs.mkdirSync(path.join(root, 'content/handbook/guides/img'), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/handbook/guides/img/pipeline diagram.png'), 'first picture');
    fs.writeFileSync(path.join(root, 'content/handbook/shared.png'), 'shared picture');
    return root;
  };
  const entry = (paths: unknown) => ({ filePath: 'content/handbook/guides/deploying.md', rendered: { metadata: { localImagePaths: paths } } });

  it('changes when a picture the body shows changes, and only then', () => {
    const root = project();
    try {
      const e = entry(['./img/pipeline%20diagram.png', '../shared.png?v=1']);
      const before = localImagesDigest(root, e);
      expect(before).toMatch(/^[0-9a-f]{32}$/);
      // The Markdown (the entry) is the same; the picture's bytes are not: the page shows a new picture.
      fs.writeFileSync(path.join(root, 'content/handbook/guides/img/pipeline diagram.png'), 'second picture');
      expect(localImagesDigest(root, e)).not.toBe(before);
      // A file the body does not show changes nothing.
      const after = localImagesDigest(root, e);
      fs.writeFileSync(path.join(root, 'content/handbook/unrelated.png'), 'x');
      expect(localImagesDigest(root, e)).toBe(after);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('is null for a body without local pictures, or one not rendered during the sync', () => {
    expect(localImagesDigest('/nowhere', entry([]))).toBeNull();
    expect(localImagesDigest('/nowhere', { filePath: 'content/handbook/a.md' })).toBeNull();
    expect(localImagesDigest('/nowhere', undefined)).toBeNull();
  });

  it('digests a missing picture as missing, and a path that is not valid %-encoding as written', () => {
    const root = project();
    try {
      const missing = localImagesDigest(root, entry(['gone.png']));
      fs.writeFileSync(path.join(root, 'content/handbook/guides/gone.png'), 'back');
      expect(localImagesDigest(root, entry(['gone.png']))).not.toBe(missing);
      expect(localImagesDigest(root, entry(['100%.png']))).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('pictures with byte copies elsewhere (imageTwins)', () => {
  const project = () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'images-twins-'));
    fs.mkdirSync(path.join(root, 'content/handbook/guides'), { recursive: true });
    fs.mkdirSync(path.join(root, 'content/handbook/access'), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/handbook/guides/pipeline.png'), 'picture bytes');
    fs.writeFileSync(path.join(root, 'content/handbook/guides/deploying.md'), '![Pipeline](pipeline.png)');
    fs.writeFileSync(path.join(root, 'content/handbook/access/other.png'), 'other bytes');
    return root;
  };
  const deploying = { filePath: 'content/handbook/guides/deploying.md', rendered: { metadata: { localImagePaths: ['./pipeline.png'] } } };
  const digest = (root: string, text = 'text v1') =>
    localImagesDigest(root, deploying, { twins: imageTwins(root, 'content'), pagesText: () => text });

  it('groups image files by their bytes, each group sorted, other files left out', () => {
    const root = project();
    try {
      fs.writeFileSync(path.join(root, 'content/handbook/access/requesting.png'), 'picture bytes');
      fs.writeFileSync(path.join(root, 'content/handbook/access/notes.md'), 'picture bytes');
      const twins = imageTwins(root, 'content');
      expect(twins.get('content/handbook/guides/pipeline.png')).toEqual(['content/handbook/access/requesting.png', 'content/handbook/guides/pipeline.png']);
      expect(twins.get('content/handbook/access/other.png')).toEqual(['content/handbook/access/other.png']);
      expect(twins.has('content/handbook/access/notes.md')).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("changes a page's key when a byte copy of its picture appears or goes, and then with every page's text", () => {
    const root = project();
    try {
      const alone = digest(root);
      // Another page's text changing does not matter while the picture has no twin.
      expect(digest(root, 'text v2')).toBe(alone);
      fs.writeFileSync(path.join(root, 'content/handbook/access/requesting.png'), 'picture bytes');
      const twinned = digest(root);
      expect(twinned).not.toBe(alone);
      // With a twin, which page shows which copy decides the picture's name: every page's text counts.
      expect(digest(root, 'text v2')).not.toBe(twinned);
      fs.rmSync(path.join(root, 'content/handbook/access/requesting.png'));
      expect(digest(root)).toBe(alone);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads an .mdx page\'s pictures from its text (imports, Markdown images and src attributes that exist) and the other files it imports', () => {
    const root = project();
    try {
      const mdx = 'content/handbook/guides/releases.mdx';
      fs.writeFileSync(
        path.join(root, mdx),
        "import pic from './pipeline.png';\n\n![Other](../access/other.png)\n\n<img src=\"/brand/logo.png\" alt=\"\" />\n![Gone](gone.png)\n",
      );
      const key = (text = 'v1') => localImagesDigest(root, { filePath: mdx }, { twins: imageTwins(root, 'content'), pagesText: () => text });
      const before = key();
      expect(before).toMatch(/^[0-9a-f]{32}$/);
      fs.writeFileSync(path.join(root, 'content/handbook/access/other.png'), 'new bytes');
      expect(key()).not.toBe(before);
      // Whatever else it imports counts too: a change to a JSON file the page shows is a change to the page.
      fs.writeFileSync(path.join(root, 'content/handbook/guides/team.json'), '{ "lead": "A" }');
      fs.appendFileSync(path.join(root, mdx), "import team from './team.json';\n");
      const withData = key();
      fs.writeFileSync(path.join(root, 'content/handbook/guides/team.json'), '{ "lead": "B" }');
      expect(key()).not.toBe(withData);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
