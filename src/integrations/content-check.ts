// Astro integration: runs the content check before a build writes anything, and pagefind after it.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../lib/check/index';
import { ContentError, formatIssue, sortIssues } from '../lib/shared/errors';

export function contentCheck(): AstroIntegration {
  return {
    name: 'mygov:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const t0 = performance.now();
        const res = runChecks(root, { includeDrafts: false });
        for (const note of res.notes) logger.info(note);
        if (res.errors > 0) {
          // Print every problem grouped by file, as `npm run check` does, then stop before anything is written.
          const errors = sortIssues(res.issues.filter((i) => i.severity === 'error'));
          let last = '';
          for (const i of errors) {
            if (i.file !== last) logger.error(i.file);
            last = i.file;
            logger.error('  ' + formatIssue(i));
          }
          const err = new ContentError(res.issues);
          err.message = `content check failed: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${new Set(errors.map((i) => i.file)).size} file(s), listed above. Nothing was built.`;
          err.stack = err.message; // the stack of our own check is no help to an editor
          throw err;
        }
        logger.info(`content check passed in ${Math.round(performance.now() - t0)} ms (${res.warnings} warnings)`);
      },
    },
  };
}
