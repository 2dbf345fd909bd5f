// Astro integration: runs the content check before a build writes anything; in `astro dev` it reports problems
// at start-up and whenever content changes, without stopping the preview.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { redirectPagePath, redirectsFile, type Redirect } from '../lib/handbook/redirects';
import type { CheckOptions, CheckResult } from '../lib/check/index';
import { lookUpCheck } from '../lib/check/cache-store';
import { setBuildCheckGate, buildCheckPassed } from '../lib/check/build-gate';
import { summaryLine } from '../lib/shared/errors';
import { logIssues } from './log-issues';
import { isPreviewBuild } from '../lib/shared/preview';
import { contentDir } from '../lib/shared/content-dir';
import { workspaceView } from '../lib/shared/display-path';
import { backgroundChecker } from './dev-check';
import { tsNodeArgs } from '../lib/shared/ts-child.mjs';

/** Old URLs of moved pages found by the build's check, so the sitemap leaves their redirect pages out. */
export const movedPaths = new Set<string>();

/**
 * Runs the build's content check (`src/lib/check/build-child.ts`) in a child process through tsx, as `astro dev`
 * runs its check (./dev-check.ts). Resolves with its result; rejects with what the child printed when it could not
 * run (a syntax error in the project's code, a missing module).
 */
function checkInChild(root: string, opts: CheckOptions, key: string): Promise<CheckResult> {
  const script = fileURLToPath(new URL('../lib/check/build-child.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, tsNodeArgs(root, script, [root, JSON.stringify(opts), key]), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        if (code === 0) return resolve(JSON.parse(out) as CheckResult);
      } catch {
        // Not a result: reported below with what the child printed.
      }
      reject(new Error(`${out}\n${err}`.trim() || `the check exited with status ${code}`));
    });
  });
}

/**
 * The build's content check. Awaited in astro.config.mjs: the stored result for the project at `projectRoot` is looked
 * up while the config loads. An unchanged handbook (every rebuild) uses it at once. Otherwise the check runs in a
 * child process from the first hook (astro:config:setup), while Astro resolves routes, prepares Vite and syncs its
 * content; astro:build:start waits for it (src/lib/check/build-gate.ts), so nothing is written before it has passed,
 * and a page Astro's own parser cannot take waits for it too (src/loaders/markdown-glob.ts), so the check's report
 * comes first. Run in the build's own thread it cost the build its whole time: loading its modules (about a second)
 * and checking (about a second at 2,000 pages).
 */
export async function contentCheck(projectRoot: string): Promise<AstroIntegration> {
  const opts = { includeDrafts: isPreviewBuild() };
  const cache = lookUpCheck(projectRoot, opts);
  let root = projectRoot;
  let outDir: string | undefined;
  let finished = false;
  let redirects: Redirect[] = [];
  /** Reports a check's result as the build log shows it; ends the build (exit status 1) when it has errors. */
  const report = (res: CheckResult, t0: number, logger: AstroIntegrationLogger): void => {
    // Paths as `npm run check` shows them here (from the workspace under GitHub Actions).
    const view = workspaceView(root);
    for (const note of res.notes) logger.info(view.text(note));
    // Warnings are printed, each by file and line, not only counted: an editor can act on every one of them
    // (and body rules turned into warnings for the Markdown conformance suites are among them).
    const shown = res.issues.map((i) => ({ ...i, file: view.file(i.file), message: view.text(i.message) }));
    const count = logIssues(shown, logger);
    if (count > 0) {
      // Counted as `npm run check` counts them: errors and warnings, and the files either is in.
      logger.error(`${summaryLine(shown)}, listed above. Nothing was built.`);
      // Astro reports an exception thrown from a hook as "An unhandled error occurred…" with a stack trace, which
      // buries the list above and tells an editor nothing. The errors are printed, nothing has been written:
      // end the build here with a failing exit status instead.
      process.exit(1);
    }
    redirects = res.redirects;
    // The sitemap sees each redirect page at its own path (an old `/x.html` is built as the folder `/x.html/`).
    for (const r of redirects) movedPaths.add(redirectPagePath(r.from));
    logger.info(
      `content check passed in ${Math.round(performance.now() - t0)} ms (${res.warnings === 1 ? '1 warning' : `${res.warnings} warnings`}${res.warnings ? ', listed above' : ''})`,
    );
  };
  return {
    name: 'handbook:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        // In `astro dev` the check runs beside the server (astro:server:setup), never blocking it.
        if (command !== 'build') return;
        const t0 = performance.now();
        // A preview build (HANDBOOK_PREVIEW=1) builds drafts, so links to them are fine there.
        if (isPreviewBuild()) logger.info('preview build: draft pages and draft radar editions are included — do not publish this dist/');
        // Cached by content: an unchanged handbook is not checked twice by the build. `npm run check` keeps results of
        // its own, since it also compares with git (HEAD by default), which the build does not.
        if (cache.stored) return report(cache.stored, t0, logger);
        setBuildCheckGate(
          checkInChild(projectRoot, opts, cache.key).then(
            (res) => report(res, t0, logger),
            (err: Error) => {
              for (const l of err.message.split('\n').filter((x) => x.trim())) logger.error(l);
              logger.error('the content check could not run: the lines above say why. Nothing was built.');
              process.exit(1);
            },
          ),
        );
      },
      'astro:build:start': async () => {
        // The check has passed before anything is written (its failure ends the process with the old output intact).
        await buildCheckPassed();
        // A data load that fails after the check (a page throwing while it renders) must not leave half a site:
        // unless the build reaches its end, the output directory is removed as the process exits. Ctrl-C or a kill
        // too: a build interrupted while Astro rearranged its output left a mix of pages, build internals
        // (`.prerender/`) and no CNAME, sitemap or search index (a new adopter's trial, 2 December 2026).
        // A hook after this one's end (the content's public files, the search index) can still fail the build: the
        // exit status says so (a new adopter's trial, 2 December 2026: a site without its search index was left).
        const removeUnfinished = (status = 0) => {
          if ((!finished || status !== 0) && outDir && outDir !== root && fs.existsSync(outDir)) fs.rmSync(outDir, { recursive: true, force: true });
        };
        process.once('exit', (status) => removeUnfinished(status));
        for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)
          process.once(signal, () => {
            removeUnfinished();
            process.exit(status);
          });
      },
      'astro:build:done': ({ dir }) => {
        finished = true;
        // Cloudflare Pages applies _redirects even where a file exists (a real 301 for each old URL); Netlify serves the
        // redirect page there instead (it shadows unforced rules, and its forced "301!" is not Cloudflare's syntax);
        // the redirect pages cover every other host.
        const text = redirectsFile(redirects);
        if (text) fs.writeFileSync(path.join(fileURLToPath(dir), '_redirects'), text);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Editors see their mistakes in the terminal as they save, named by file and line — from a child process,
        // so the page they saved is served at once while the check runs.
        const check = backgroundChecker(root, logger);
        check();
        const watched = contentDir(root) + path.sep;
        // A content directory outside the project is not under Vite's watch by default.
        server.watcher.add(watched);
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(watched)) return;
          clearTimeout(timer);
          timer = setTimeout(check, 200);
        });
      },
    },
  };
}
