// Components editors can use in .mdx handbook pages without importing them: every .astro file in this folder,
// by its file name (e.g. Kpi.astro → <Kpi />). Document each one on the "How to contribute" page.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

const modules = import.meta.glob<{ default: AstroComponentFactory }>('./*.astro', { eager: true });

export const mdxComponents: Record<string, AstroComponentFactory> = Object.fromEntries(
  Object.entries(modules)
    .map(([file, mod]) => [file.replace(/^\.\//, '').replace(/\.astro$/, ''), mod.default] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
