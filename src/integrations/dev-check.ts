// The content check as `astro dev` runs it: in a child process, so a check of a large handbook never holds up the
// page the editor just saved (run in the server's own thread, a 2,000-page check blocked every response for seconds).
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';

/**
 * Runs `scripts/check.ts --drafts` (the same check and cache as `npm run check`) for the project at `root` in a child
 * process and passes its report to `logger` line by line: warnings as warnings, the rest as errors when the check
 * failed and as info when it passed. Calls while a check runs are folded into one more run after it, so a burst of saves costs at most
 * two checks. Returns a function that starts a check.
 */
export function backgroundChecker(root: string, logger: AstroIntegrationLogger): () => void {
  const require = createRequire(path.join(root, 'package.json'));
  const tsxCli = require.resolve('tsx/cli');
  const script = path.join(root, 'scripts/check.ts');
  let running: ChildProcess | undefined;
  let again = false;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    let out = '';
    const child = spawn(process.execPath, [tsxCli, script, '--root', root, '--drafts'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running = child;
    // Below the server's priority: on a small machine a 2,000-page check must not take the CPU the page render needs.
    if (child.pid) {
      try {
        os.setPriority(child.pid, 15);
      } catch {
        /* not permitted here: the check still runs, at normal priority */
      }
    }
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', (err) => logger.error(`the content check could not start: ${err.message}`));
    child.on('close', (code) => {
      running = undefined;
      const lines = out.split('\n').filter((l) => l.trim());
      const summary = lines.pop() ?? '';
      // Problem lines keep their severity; a file's heading and the notes (reviews due …) follow the outcome.
      for (const l of lines) {
        if (/\swarning: /.test(l)) logger.warn(l);
        else if (code === 0) logger.info(l);
        else logger.error(l);
      }
      if (code === 0) logger.info(`content check: ${summary}`);
      else logger.error(summary);
      if (again) {
        again = false;
        start();
      }
    });
  };
  return start;
}
