// `astro dev` checks content beside the server: a saved mistake is reported by file, line and field while pages are
// still served, and fixing it is reported too. A real dev server on a fixture copy; minutes of timeout.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, REPO } from '../../scripts/lib/project';
import { copyFixture, removeCopy } from '../support/fixtures';

let copy: string;
let server: ChildProcess;
let base: string;
let log = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once `test` is true of the server's log so far (checked every 100 ms); rejects with the log after `ms`. */
async function logShows(test: (log: string) => boolean, ms = 240_000): Promise<void> {
  const until = Date.now() + ms;
  while (!test(log)) {
    if (Date.now() > until) throw new Error(`the dev server's log never showed it; the log:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(base + url);
  return { status: res.status, body: await res.text() };
}

/** Resolves once `url` answers 200 (the server has synced its content); rejects with the log after `ms`. */
async function served(url: string, ms = 240_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const status = await get(url).then((r) => r.status, () => 0);
    if (status === 200) return;
    if (Date.now() > until) throw new Error(`${url} never answered 200 (last ${status}); the log:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  copy = copyFixture('handbook-only');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(path.join(REPO, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: REPO,
    // Without vitest's own variables (MODE=test, NODE_ENV=test …), which change how Astro serves pages.
    env: buildEnv({ HANDBOOK_CONTENT_DIR: copy }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const add = (d: Buffer) => (log += stripVTControlCharacters(d.toString()));
  server.stdout!.on('data', add);
  server.stderr!.on('data', add);
  await logShows((l) => /content check: ✔ No errors/.test(l));
  await served('/handbook/guides/deploying/');
}, 300_000);

afterAll(async () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already stopped */
    }
  }
  if (copy) removeCopy(copy);
});

describe('astro dev with the content check beside it', () => {
  it('starts without warnings an editor can do nothing about (e.g. about the absent radar folder)', () => {
    expect(log).not.toMatch(/\[WARN\]/);
  });

  it('reports a saved mistake by file, line and field, keeps serving pages, and reports the fix', async () => {
    const file = path.join(REPO, copy, 'handbook/guides/deploying.md');
    const before = fs.readFileSync(file, 'utf8');
    const passedSoFar = (log.match(/content check: ✔ No errors/g) ?? []).length;
    fs.writeFileSync(file, before.replace('title: Deploying a service', 'title: [Deploying a service'));
    await logShows((l) => l.includes(`${copy}/handbook/guides/deploying.md:2:8  title  front matter is not valid YAML`));
    await logShows((l) => /✖ 1 error and 0 warnings in 1 file/.test(l));
    // Other pages are still served while the mistake stands.
    expect((await get('/handbook/guides/on-call/')).status).toBe(200);

    fs.writeFileSync(file, before);
    await logShows((l) => (l.match(/content check: ✔ No errors/g) ?? []).length > passedSoFar);
    expect((await get('/handbook/guides/deploying/')).status).toBe(200);
  }, 300_000);
});
