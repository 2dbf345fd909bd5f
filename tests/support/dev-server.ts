// `astro dev` for tests: a real dev server on a content directory, its log collected as plain text, stopped with its
// whole process group (Astro starts workers of its own).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { freePort } from '../../src/lib/bench/dev-server';
import { buildEnv, REPO } from '../../scripts/lib/project';

export interface DevServer {
  /** `http://127.0.0.1:<port>`. */
  base: string;
  /** Everything the server has printed so far, colours stripped. */
  log(): string;
  /** GET `url` (a path) with no caching; status and body. */
  get(url: string): Promise<{ status: number; body: string }>;
  /** Resolves once `test` is true of the log (checked every 100 ms); rejects with the log after `ms`. */
  logShows(test: (log: string) => boolean, ms?: number): Promise<void>;
  /** Resolves once `url` answers 200 (the server has synced its content); rejects with the log after `ms`. */
  served(url: string, ms?: number): Promise<void>;
  /**
   * GETs `url` every 250 ms until `test` is true of its status (a save takes Astro a moment to pick up), and
   * returns that response; rejects with the log after `ms`.
   */
  answers(url: string, test: (status: number) => boolean, ms?: number): Promise<{ status: number; body: string }>;
  /** Stops the server's whole process group and resolves once it has exited (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts `astro dev` in the project with HANDBOOK_CONTENT_DIR set to `contentDir` (project-relative or absolute). */
export async function startDevServer(contentDir: string): Promise<DevServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = '';
  // --ignore-lock: tests run one server after another on the same project root, each on its own content directory;
  // Astro 7's lock file (.astro/dev.json) would refuse the next while the last is still shutting down, and an agent-run
  // shell would otherwise send the server to the background.
  const args = ['dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'];
  const server = spawn(path.join(REPO, 'node_modules/.bin/astro'), args, {
    cwd: REPO,
    // Without vitest's own variables (MODE=test, NODE_ENV=test …), which change how Astro serves pages.
    env: buildEnv({ HANDBOOK_CONTENT_DIR: contentDir }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const add = (d: Buffer) => (log += stripVTControlCharacters(d.toString()));
  server.stdout!.on('data', add);
  server.stderr!.on('data', add);
  const get = async (url: string) => {
    const res = await fetch(base + url, { headers: { 'cache-control': 'no-cache' } });
    return { status: res.status, body: await res.text() };
  };
  const answers: DevServer['answers'] = async (url, test, ms = 240_000) => {
    const until = Date.now() + ms;
    for (;;) {
      const res = await get(url).catch(() => ({ status: 0, body: '' }));
      if (test(res.status)) return res;
      if (Date.now() > until) throw new Error(`${url} never gave the status wanted (last ${res.status}); the log:\n${log}`);
      await sleep(250);
    }
  };
  return {
    base,
    log: () => log,
    get,
    async logShows(test, ms = 240_000) {
      const until = Date.now() + ms;
      while (!test(log)) {
        if (Date.now() > until) throw new Error(`the dev server's log never showed it; the log:\n${log}`);
        await sleep(100);
      }
    },
    async served(url, ms = 240_000) {
      await answers(url, (s) => s === 200, ms);
    },
    answers,
    stop() {
      return new Promise<void>((resolve) => {
        if (!server.pid || server.exitCode !== null || server.signalCode !== null) return resolve();
        const kill = (signal: NodeJS.Signals) => {
          try {
            process.kill(-server.pid!, signal);
          } catch {
            /* already stopped */
          }
        };
        const hard = setTimeout(() => kill('SIGKILL'), 10_000);
        server.once('exit', () => {
          clearTimeout(hard);
          resolve();
        });
        kill('SIGTERM');
      });
    },
  };
}
