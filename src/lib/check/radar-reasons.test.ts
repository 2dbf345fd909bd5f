// A radar move's reason is inline Markdown shown on the blip's page and its edition's "What changed" page
// (src/lib/markdown/inline.ts): its links are checked like a description's, at their own line and column in the file,
// whether the reason is on the key's line, in quotes, or a block scalar below it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from './index';
import { formatIssue } from '../shared/errors';

let root: string;
const blip = (name: string) => path.join(root, 'content/radar/blips', name);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'radar-reasons-'));
  fs.cpSync(path.resolve(__dirname, '../../../tests/fixtures/every-area'), path.join(root, 'content'), { recursive: true });
  const edit = (name: string, change: (t: string) => string) => fs.writeFileSync(blip(name), change(fs.readFileSync(blip(name), 'utf8')));
  // A block scalar: the link on the reason's second line.
  edit('argo-cd.md', (t) => t.replace('where without cluster access.', 'where without cluster access; see [Flux](/radar/blips/flux/).'));
  // A plain reason and a quoted one on the key's line; relative links are refused as in a description.
  edit('helm.md', (t) => t.replace(/^( {4}reason: )>-\n(?: {6}.*\n)+/m, '$1Packaged with [Argo CD](../argo-cd/) and [nothing](../no-such-blip/).\n'));
  edit('flyway.md', (t) => t.replace(/^( {4}reason: )>-\n(?: {6}.*\n)+/m, '$1"Works with [the releases](/releases/nowhere/)."\n'));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('links in a radar move\'s reason', () => {
  it('are checked at the line and column they are written on', () => {
    const res = runChecks(root, { today: '2026-12-01' });
    const text = (name: string) => fs.readFileSync(blip(name), 'utf8').split('\n');
    const where = (name: string, needle: string) => {
      const lines = text(name);
      const i = lines.findIndex((l) => l.includes(needle));
      return `${i + 1}:${lines[i].indexOf(needle) + 1}`;
    };
    const links = res.issues.filter((i) => i.file.startsWith('content/radar/blips/') && i.field === 'link').map(formatIssue);
    expect(links).toEqual([
      `content/radar/blips/argo-cd.md:${where('argo-cd.md', '[Flux]')}  link  "/radar/blips/flux/" is not a page on this site: no page has that address`,
      `content/radar/blips/flyway.md:${where('flyway.md', '[the releases]')}  link  "/releases/nowhere/" is not a page on this site: no page has that address`,
      `content/radar/blips/helm.md:${where('helm.md', '[Argo CD]')}  link  "../argo-cd/" is a relative link: write it from the site root, "/radar/blips/argo-cd/"`,
      `content/radar/blips/helm.md:${where('helm.md', '[nothing]')}  link  "../no-such-blip/" is a relative link: write it from the site root, e.g. "/handbook/section/page/"`,
    ]);
  });
});
