// Astro integration: runs the content check before a build writes anything; in `astro dev` it reports problems
// at start-up and whenever content changes, without stopping the preview.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { runChecks, type CheckResult } from '../lib/check/index';
import { formatIssue, sortIssues, summaryLine } from '../lib/shared/errors';
import { contentDir } from '../lib/shared/content-dir';

/** Every error grouped by file, as `npm run check` prints them. */
function logErrors(res: CheckResult, logger: AstroIntegrationLogger): number {
  const errors = sortIssues(res.issues.filter((i) => i.severity === 'error'));
  let last = '';
  for (const i of errors) {
    if (i.file !== last) logger.error(i.file);
    last = i.file;
    logger.error('  ' + formatIssue(i));
  }
  return errors.length;
}

export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'mygov:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'dev') {
          const res = runChecks(root, { includeDrafts: true });
          if (logErrors(res, logger) === 0) logger.info('content check passed');
          return;
        }
        if (command !== 'build') return;
        const t0 = performance.now();
        const res = runChecks(root, { includeDrafts: false });
        for (const note of res.notes) logger.info(note);
        const count = logErrors(res, logger);
        if (count > 0) {
          logger.error(`${summaryLine(res.issues.filter((i) => i.severity === 'error'))}, listed above. Nothing was built.`);
          // Astro reports an exception thrown from a hook as "An unhandled error occurred…" with a stack trace, which
          // buries the list above and tells an editor nothing. The errors are printed, nothing has been written:
          // end the build here with a failing exit status instead.
          process.exit(1);
        }
        logger.info(`content check passed in ${Math.round(performance.now() - t0)} ms (${res.warnings} warnings)`);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Editors see their mistakes in the terminal as they save, named by file and line.
        const watched = contentDir(root) + path.sep;
        // A content directory outside the project is not under Vite's watch by default.
        server.watcher.add(watched);
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(watched)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const res = runChecks(root, { includeDrafts: true });
            if (logErrors(res, logger) === 0) logger.info('content check passed');
          }, 200);
        });
      },
    },
  };
}
