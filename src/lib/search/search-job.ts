// The search index as a step of its own after `astro build` (`npm run build`, scripts/build.mjs).
//
// Why: pagefind runs as a child process and holds the whole index in memory (about 290 MB at the benchmark's 3,236
// pages), while the Astro process that wrote the pages still holds everything it rendered them from (about 890 MB).
// Indexed from a hook inside the build, the two added up: the build's peak memory was their sum, 1.2 GB. Indexed once
// the build's process has ended, the peak is the larger of the two (scripts/bench.ts measures both, 2 December 2026).
// `astro build` run by itself (the test fixtures, an adopter's own pipeline) still indexes inside the build.
import fs from 'node:fs';
import path from 'node:path';
import type { SearchIndexResult } from './pagefind-index';

/**
 * The environment variable that moves the index out of the build: set to the path of a file, the build's last
 * hook writes its {@link SearchJob} there instead of indexing, and whoever set it runs the job
 * (scripts/search-index.ts) after the build succeeds.
 */
export const SEARCH_JOB_ENV = 'HANDBOOK_SEARCH_JOB';

/** What the search step needs from the build: absolute paths, and whether the build was asked to start clean. */
export interface SearchJob {
  /** The built site (Astro's outDir). */
  out: string;
  /** The project root (for pagefind's version). */
  root: string;
  /** Where the last index and the digest of its input are kept. */
  cacheDir: string;
  /** `--force`: index afresh even when no page changed. */
  fresh: boolean;
}

/** Writes `job` to `file` as JSON (the build's side of the hand-over). Throws what the write throws. */
export function writeSearchJob(file: string, job: SearchJob): void {
  fs.writeFileSync(file, JSON.stringify(job) + '\n');
}

/**
 * Reads a job written by {@link writeSearchJob}. Throws an Error naming `file` and what is wrong when it is missing,
 * is not JSON or lacks a field.
 */
export function readSearchJob(file: string): SearchJob {
  let data: Partial<SearchJob>;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SearchJob>;
  } catch (err) {
    throw new Error(`search index: cannot read the build's hand-over file ${file}: ${(err as Error).message}`, { cause: err });
  }
  for (const k of ['out', 'root', 'cacheDir'] as const)
    if (typeof data[k] !== 'string' || !data[k]) throw new Error(`search index: the build's hand-over file ${file} has no "${k}"`);
  return { out: data.out!, root: data.root!, cacheDir: data.cacheDir!, fresh: data.fresh === true };
}

/** The build log's line for a finished index: reused from the last build, or made, with its page count and time. */
export function searchIndexMessage(res: SearchIndexResult): string {
  return res.reused
    ? `no page changed: reused the search index of the last build (${res.pages} pages) in ${res.ms} ms`
    : `indexed ${res.pages} pages for search in ${res.ms} ms`;
}

/**
 * The build log's line as the index starts: what it is about to do for `job` (indexing afresh with `--force` or on a
 * first build, else comparing with the last build's pages). It said "comparing with the last build" when there was
 * none (a new adopter's trial, 2 December 2026).
 */
export function searchStartMessage(job: SearchJob): string {
  if (job.fresh) return 'search index: indexing every page afresh (--force)…';
  if (!fs.existsSync(path.join(job.cacheDir, 'key'))) return 'search index: indexing the pages (no index kept from an earlier build)…';
  return 'search index: comparing the pages with the last build…';
}
