// How long the dev server takes to show a saved change: `astro dev` on a project, one page edited several times,
// the time from the file write to the first HTTP response that contains the edit (issue 14: within 1 s at 2,000 pages).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface DevUpdateOptions {
  /** Project directory to run `astro dev` in (it has node_modules, astro.config.mjs and its content). */
  dir: string;
  /** The `astro` executable (node_modules/.bin/astro). */
  astroBin: string;
  /** The Markdown file to edit, relative to `dir`, and the URL path that renders it (e.g. `/handbook/a/b/`). */
  file: string;
  url: string;
  /** Edits to time; each appends a new paragraph with a unique marker. Default 5. */
  edits?: number;
  /** Give up on one edit (or on the server starting) after this many milliseconds. Default 120 000 (start: 600 000). */
  timeoutMs?: number;
  /** Extra environment for the server. */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface DevUpdateResult {
  /** Milliseconds from spawning `astro dev` to the first successful response for `url`. */
  startMs: number;
  /** Milliseconds from each file write to the first response showing it, in edit order. */
  updateMs: number[];
}

/** A free TCP port on 127.0.0.1, from the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const res = await fetch(url, { headers: { 'cache-control': 'no-cache' } });
    return res.ok ? await res.text() : undefined;
  } catch {
    return undefined; // not listening yet, or restarting
  }
}

/** Polls `url` every `everyMs` until its body satisfies `ok`; resolves with the elapsed milliseconds from `t0`. */
async function until(url: string, ok: (body: string) => boolean, t0: number, timeoutMs: number, everyMs = 20): Promise<number> {
  for (;;) {
    const body = await fetchText(url);
    const elapsed = performance.now() - t0;
    if (body !== undefined && ok(body)) return Math.round(elapsed);
    if (elapsed > timeoutMs) throw new Error(`no response from ${url} showing the change within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGTERM'); // the whole group: astro dev starts workers of its own
    } catch {
      child.kill('SIGTERM');
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000).unref();
  });
}

/**
 * Starts `astro dev` in `opts.dir`, waits until `opts.url` renders, then `edits` times appends a paragraph with a
 * unique marker to `opts.file` and times how long until the served page contains it. The file is restored
 * afterwards. Throws when the server does not start, or an edit does not show, within the timeout (with the
 * server's last output).
 */
export async function measureDevUpdate(opts: DevUpdateOptions): Promise<DevUpdateResult> {
  const log = opts.log ?? (() => {});
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const file = path.join(opts.dir, opts.file);
  const original = fs.readFileSync(file, 'utf8');
  let output = '';
  const t0 = performance.now();
  const child = spawn(opts.astroBin, ['dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    cwd: opts.dir,
    env: { ...process.env, ...opts.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.on('data', (d) => (output = (output + d).slice(-40000)));
  child.stderr!.on('data', (d) => (output = (output + d).slice(-40000)));
  try {
    log(`  starting astro dev on port ${port}…`);
    const startMs = await until(`${base}${opts.url}`, () => true, t0, Math.max(timeoutMs, 600_000), 250).catch((err: Error) => {
      throw new Error(`${err.message}\n${output}`);
    });
    const updateMs: number[] = [];
    const edits = opts.edits ?? 5;
    for (let i = 1; i <= edits; i++) {
      const marker = `dev-bench-edit-${i}-${Date.now().toString(36)}`;
      const t = performance.now();
      fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\nA saved change (${marker}).\n`);
      updateMs.push(
        await until(`${base}${opts.url}`, (body) => body.includes(marker), t, timeoutMs).catch((err: Error) => {
          throw new Error(`${err.message}\n${output}`);
        }),
      );
      log(`  edit ${i} of ${edits} shown after ${updateMs.at(-1)} ms`);
      await sleep(500); // let the watcher settle so edits do not overlap
    }
    return { startMs, updateMs };
  } finally {
    fs.writeFileSync(file, original);
    await stop(child);
  }
}
