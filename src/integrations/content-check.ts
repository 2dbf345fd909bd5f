// Astro integration: runs the content check before a build writes anything, and pagefind after it.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../lib/check/index';
import { ContentError } from '../lib/shared/errors';

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
          // Throwing here stops Astro before it renders or writes dist/.
          throw new ContentError(res.issues);
        }
        logger.info(`content check passed in ${Math.round(performance.now() - t0)} ms (${res.warnings} warnings)`);
      },
    },
  };
}
