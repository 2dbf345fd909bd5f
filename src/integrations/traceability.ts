// Astro integration: routes the traceability page (/traceability/) only when the handbook has traceability.yaml,
// so a handbook without a map has no such page, and nothing links to it.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadTraceability, TRACEABILITY_PATH } from '../lib/traceability/index';

export function traceabilityPage(): AstroIntegration {
  return {
    name: 'handbook:traceability',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        if (!loadTraceability(fileURLToPath(config.root))) return;
        injectRoute({ pattern: TRACEABILITY_PATH.replace(/\/$/, ''), entrypoint: './src/areas/traceability/traceability.astro', prerender: true });
      },
    },
  };
}
