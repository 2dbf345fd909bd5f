// `astro dev` checks content beside the server: a saved mistake is reported by file, line and field while pages are
// still served, and fixing it is reported too. A real dev server on a fixture copy; minutes of timeout.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../../scripts/lib/project';
import { startDevServer, type DevServer } from '../support/dev-server';
import { copyFixture, removeCopy } from '../support/fixtures';

let copy: string;
let dev: DevServer;

beforeAll(async () => {
  copy = copyFixture('handbook-only');
  dev = await startDevServer(copy);
  await dev.logShows((l) => /content check: ✔ No errors/.test(l));
  await dev.served('/handbook/guides/deploying/');
}, 300_000);

afterAll(async () => {
  await dev?.stop();
  if (copy) removeCopy(copy);
}, 60_000); // waits for the server to exit (SIGKILL after 10 s)

describe('astro dev with the content check beside it', () => {
  it('starts without warnings an editor can do nothing about (e.g. about the absent radar folder)', () => {
    expect(dev.log()).not.toMatch(/\[WARN\]/);
  });

  it('reports a saved mistake by file, line and field, keeps serving pages, and reports the fix', async () => {
    const file = path.join(REPO, copy, 'handbook/guides/deploying.md');
    const before = fs.readFileSync(file, 'utf8');
    const passedSoFar = (dev.log().match(/content check: ✔ No errors/g) ?? []).length;
    fs.writeFileSync(file, before.replace('title: Deploying a service', 'title: [Deploying a service'));
    await dev.logShows((l) => l.includes(`${copy}/handbook/guides/deploying.md:2:8  title  front matter is not valid YAML`));
    await dev.logShows((l) => /✖ 1 error and 0 warnings in 1 file/.test(l));
    // Other pages are still served while the mistake stands.
    expect((await dev.get('/handbook/guides/on-call/')).status).toBe(200);

    fs.writeFileSync(file, before);
    await dev.logShows((l) => (l.match(/content check: ✔ No errors/g) ?? []).length > passedSoFar);
    expect((await dev.get('/handbook/guides/deploying/')).status).toBe(200);
  }, 300_000);

  it('keeps serving pages with the last valid site.yaml while it has a mistake, and reports it', async () => {
    // A new adopter's trial (2 December 2026): every page answered 500 with a bare "ContentError" until the fix.
    const file = path.join(REPO, copy, 'site.yaml');
    const before = fs.readFileSync(file, 'utf8');
    const passedSoFar = (dev.log().match(/content check: ✔ No errors/g) ?? []).length;
    fs.writeFileSync(file, before.replace('phase: alpha', 'phase: Alpha'));
    await dev.logShows((l) => l.includes(`${copy}/site.yaml:6:1  phase  "Alpha" is not one of alpha|beta|live`));
    expect((await dev.get('/handbook/guides/on-call/')).status).toBe(200);
    fs.writeFileSync(file, before);
    await dev.logShows((l) => (l.match(/content check: ✔ No errors/g) ?? []).length > passedSoFar);
  }, 300_000);
});
