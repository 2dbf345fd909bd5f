// Loads and checks the radar content (radar.yaml + blips/<id>.md|mdx), collecting every problem with file, field and line.
import { readdirSync, existsSync } from 'node:fs';
import { byCodePoint } from '../shared/sort';
import path from 'node:path';
import matter from 'gray-matter';
import { parseDocument } from 'yaml';
import { ContentError, issue, showValue, sortIssues, type ContentIssue } from '../shared/errors';
import { lineOf, validate, type SourceInfo } from '../shared/validate';
import { yamlSyntaxIssue } from '../shared/yaml-errors';
import { indicatorIssue } from '../shared/frontmatter';
import { contentPaths } from '../shared/content-dir';
import {
  blipFrontMatterSchema,
  compareEditions,
  radarConfigSchema,
  SLUG_RE,
  type BlipFrontMatter,
  type RadarConfig,
} from './schema';
import { readContent } from '../shared/read';
import { closest, expectedOneOf } from '../shared/closest';


/** One blip file's text, named by its project-relative path. */
export interface BlipSource {
  file: string;
  text: string;
}

/** Everything the loader reads, so tests can pass it in memory. */
/** The blips folder beside a radar config file: `content/radar/radar.yaml` → `content/radar/blips`. */
export function blipsDirOf(configFile: string): string {
  return configFile.replace(/[^/]*$/, 'blips');
}

export interface RadarSources {
  configFile: string;
  configText: string;
  blips: BlipSource[];
}

export interface Blip extends BlipFrontMatter {
  /** The file name without extension; also the URL segment. */
  id: string;
  file: string;
  /** The Markdown body (the description), as written. */
  body: string;
}

export interface RadarContent {
  config: RadarConfig;
  /** Sorted by id. */
  blips: Blip[];
}

export type LoadResult =
  | { ok: true; content: RadarContent; issues: ContentIssue[] }
  | { ok: false; issues: ContentIssue[] };

const FRONT_MATTER_LINE_OFFSET = 1;

// gray-matter only splits the file here; the front matter is parsed with the `yaml` package, which is what
// locate() uses, so values and line numbers agree (js-yaml would also turn dates into Date objects).
const splitOnly = { engines: { yaml: () => ({}) } };

/** The blip id a file name stands for: `trunk-based-development.md` → `trunk-based-development`. */
export function blipIdFromFile(file: string): string {
  return path.posix.basename(file).replace(/\.mdx?$/, '');
}

function yamlErrorIssue(file: string, err: unknown, lineOffset: number): ContentIssue {
  const e = err as { message?: string; linePos?: Array<{ line: number; col: number }> };
  // The parser's own "at line N" counts from the start of the front matter, not the file: drop it.
  const first = (e.message ?? String(err)).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const pos = e.linePos?.[0];
  return issue(file, '', `is not valid YAML: ${first}`, {
    line: pos ? pos.line + lineOffset : undefined,
    column: pos?.col,
  });
}

function parseConfig(src: RadarSources, issues: ContentIssue[]): RadarConfig | undefined {
  const doc = parseDocument(src.configText);
  if (doc.errors.length) {
    const plain = yamlSyntaxIssue(src.configFile, src.configText);
    if (plain) issues.push(plain);
    else for (const err of doc.errors) issues.push(yamlErrorIssue(src.configFile, err, 0));
    return undefined;
  }
  const res = validate(radarConfigSchema, doc.toJS(), { file: src.configFile, text: src.configText });
  if (!res.ok) {
    issues.push(...res.issues);
    return undefined;
  }
  return res.value;
}

interface ParsedBlip {
  blip: Blip;
  source: SourceInfo;
  /** First line of the body, for messages about the description. */
  bodyLine: number;
}

function parseBlip(b: BlipSource, issues: ContentIssue[]): ParsedBlip | undefined {
  const id = blipIdFromFile(b.file);
  if (!SLUG_RE.test(id)) {
    issues.push(
      issue(
        b.file,
        '',
        `file name ${showValue(id)} is not a valid blip id: use lower-case letters, digits and single hyphens, e.g. "feature-flags.md"`,
      ),
    );
  }
  if (!/^---\r?\n/.test(b.text)) {
    issues.push(issue(b.file, '', 'has no front matter: a blip file starts with a line "---", then YAML, then "---"', { line: 1 }));
    return undefined;
  }
  const parsed = matter(b.text, splitOnly);
  const fmText = parsed.matter.replace(/^\r?\n/, '');
  const doc = parseDocument(fmText);
  if (doc.errors.length) {
    const plain = yamlSyntaxIssue(b.file, fmText, FRONT_MATTER_LINE_OFFSET, 'front matter is not valid YAML');
    if (plain) issues.push(plain);
    else for (const e of doc.errors) issues.push(yamlErrorIssue(b.file, e, FRONT_MATTER_LINE_OFFSET));
    return undefined;
  }
  const marked = indicatorIssue(b.file, fmText, FRONT_MATTER_LINE_OFFSET);
  if (marked) {
    issues.push(marked);
    return undefined;
  }
  const source: SourceInfo = { file: b.file, text: fmText, lineOffset: FRONT_MATTER_LINE_OFFSET };
  const res = validate(blipFrontMatterSchema, doc.toJS() ?? {}, source);
  if (!res.ok) {
    issues.push(...res.issues);
    return undefined;
  }
  const body = parsed.content.replace(/^\r?\n/, '');
  // Opening "---", the front-matter lines, closing "---", then the body.
  const bodyLine = fmText.split('\n').length + 3;
  return { blip: { ...res.value, id, file: b.file, body }, source, bodyLine };
}

function at(src: SourceInfo, pathParts: ReadonlyArray<PropertyKey>) {
  return lineOf(src, pathParts);
}

/** Cross-reference rules that need the radar config and the set of blip ids. */
function checkBlip(p: ParsedBlip, config: RadarConfig | undefined, ids: Set<string>, issues: ContentIssue[], configFile: string): void {
  const { blip, source } = p;
  const err = (field: string, pathParts: ReadonlyArray<PropertyKey>, message: string, severity: 'error' | 'warning' = 'error') =>
    issues.push(issue(blip.file, field, message, { ...at(source, pathParts), severity }));

  if (config) {
    const quadrantIds = config.quadrants.map((q) => q.id);
    if (!quadrantIds.includes(blip.quadrant))
      err(
        'quadrant',
        ['quadrant'],
        `${showValue(blip.quadrant)} is not a quadrant in ${configFile}: ${expectedOneOf(blip.quadrant, quadrantIds)}`,
      );
  }

  if (blip.history.length === 0) {
    err('history', ['history'], 'is empty: a blip needs at least one history entry (edition, ring, reason, approved_by)');
  }

  if (config) {
    const order = editionOrder(config);
    const allowed = [...order.keys()].join('|');
    const seen = new Map<string, number>();
    let lastIndex = -1;
    let lastAt = -1;
    blip.history.forEach((h, i) => {
      const idx = order.get(h.edition);
      if (idx === undefined) {
        err(
          `history[${i}].edition`,
          ['history', i, 'edition'],
          `${showValue(h.edition)} is not an edition in ${configFile}: expected one of ${allowed}`,
        );
        return;
      }
      const dup = seen.get(h.edition);
      if (dup !== undefined) {
        err(
          `history[${i}].edition`,
          ['history', i, 'edition'],
          `${showValue(h.edition)} already has an entry (history[${dup}]): one history entry per edition`,
        );
      } else if (idx < lastIndex) {
        err(
          `history[${i}].edition`,
          ['history', i, 'edition'],
          `${showValue(h.edition)} comes after ${showValue(blip.history[lastAt].edition)} (history[${lastAt}]): history must be oldest first, in edition order`,
        );
      }
      seen.set(h.edition, i);
      if (idx > lastIndex) {
        lastIndex = idx;
        lastAt = i;
      }
    });
  }

  if (config) {
    // A published edition is a record: every entry in it says why and who agreed. A draft may wait for both.
    const stateOf = new Map(config.editions.map((e) => [e.id, e.state]));
    blip.history.forEach((h, i) => {
      const state = stateOf.get(h.edition);
      if (state === undefined) return;
      const missing = (['reason', 'approved_by'] as const).filter((k) => h[k] === '');
      for (const k of missing) {
        const what = k === 'reason' ? 'why the blip is in this ring' : 'who approved the move (a role or board)';
        if (state === 'published')
          err(`history[${i}].${k}`, ['history', i, k], `is required: say ${what}; edition ${h.edition} is published`);
        else
          err(
            `history[${i}].${k}`,
            ['history', i, k],
            `is empty: say ${what} before draft edition ${h.edition} is published (edition publish refuses until then)`,
            'warning',
          );
      }
    });
  }

  if (blip.history[0]?.ring === 'retired')
    err('history[0].ring', ['history', 0, 'ring'], 'is "retired" in the first entry: a blip must be on the radar before it can be retired');

  if (blip.replaced_by !== undefined) {
    if (blip.replaced_by === blip.id)
      err('replaced_by', ['replaced_by'], `${showValue(blip.replaced_by)} is this blip itself: name the technology to use instead`);
    else if (!ids.has(blip.replaced_by))
      err(
        'replaced_by',
        ['replaced_by'],
        notABlip(blip.replaced_by, blip.id, ids, blipsDirOf(configFile)),
      );
  }

  // The tooling lifecycle says every held blip names what to use instead.
  const last = blip.history[blip.history.length - 1];
  if (last?.ring === 'hold' && blip.replaced_by === undefined) {
    // Put on hold only in a draft edition: said as what to do before it is published, not as a fault of the radar
    // readers see now (a new adopter's trial, 2 December 2026, read the plain warning as one).
    const draft = config?.editions.find((e) => e.id === last.edition && e.state === 'draft');
    err(
      'replaced_by',
      [],
      draft
        ? `is missing for a blip put on hold in draft edition ${last.edition}: name the blip to use instead (replaced_by: <id>); once the edition is published, its page says no replacement has been named`
        : 'is missing for a blip on hold: name the blip to use instead (replaced_by: <id>)',
      'warning',
    );
  }

  if (blip.body.trim() === '')
    issues.push(issue(blip.file, '', 'has no description: write one below the front matter', { line: p.bodyLine, severity: 'warning' }));
}

/** Edition id → position in edition order (compareEditions: published by date, then drafts) — the order history must follow. */
export function editionOrder(config: RadarConfig): Map<string, number> {
  const sorted = [...config.editions].sort(compareEditions);
  return new Map(sorted.map((e, i) => [e.id, i]));
}

/** Pure: validate radar sources held in memory; never throws for bad content. */
export function loadRadarFromSources(src: RadarSources): LoadResult {
  const issues: ContentIssue[] = [];
  const config = parseConfig(src, issues);

  const sources = [...src.blips].sort((a, b) => byCodePoint(a.file, b.file));
  const firstFileOf = new Map<string, string>();
  const unique: BlipSource[] = [];
  for (const b of sources) {
    const id = blipIdFromFile(b.file);
    const first = firstFileOf.get(id);
    if (first !== undefined) {
      issues.push(issue(b.file, '', `duplicate blip id "${id}": ${first} has the same id; keep one of the two files`));
      continue;
    }
    firstFileOf.set(id, b.file);
    unique.push(b);
  }

  const parsed = unique.map((b) => parseBlip(b, issues)).filter((p): p is ParsedBlip => p !== undefined);
  // replaced_by may name any blip file, even one that failed validation (its own errors are reported).
  const ids = new Set(firstFileOf.keys());
  for (const p of parsed) checkBlip(p, config, ids, issues, src.configFile);
  // Two files with one title put the same name on the radar twice, often in different rings (a new adopter's trial,
  // 2 December 2026: a hand-written g.md beside github-actions.md). Titles compared as readers see them.
  const firstWithTitle = new Map<string, ParsedBlip>();
  for (const p of parsed) {
    const key = p.blip.title.trim().replace(/\s+/g, ' ').toLowerCase();
    const first = firstWithTitle.get(key);
    if (!first) firstWithTitle.set(key, p);
    else
      issues.push(
        issue(p.blip.file, 'title', `"${p.blip.title}" is also the title of ${first.blip.file}: the radar would show that name twice; keep one of the two files, or give each its own title`, at(p.source, ['title'])),
      );
  }

  const sorted = sortIssues(issues);
  const errors = sorted.filter((i) => i.severity === 'error');
  if (errors.length || !config || parsed.length !== unique.length) return { ok: false, issues: sorted };
  const blips = parsed.map((p) => p.blip).sort((a, b) => byCodePoint(a.id, b.id));
  return { ok: true, content: { config, blips }, issues: sorted };
}

/** Reads radar.yaml and every blip file in the content directory under `root` (the project root), sorted. */
export function readRadarSources(root: string): RadarSources {
  const { radarConfig: configFile, blips: blipsDir } = contentPaths(root);
  const configPath = path.join(root, configFile);
  const configText = existsSync(configPath) ? readContent(configPath) : '';
  const dir = path.join(root, blipsDir);
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.mdx?$/.test(n))
        .sort()
    : [];
  return {
    configFile,
    configText,
    blips: names.map((n) => ({ file: `${blipsDir}/${n}`, text: readContent(path.join(dir, n)) })),
  };
}

/** Load and validate the radar under `root` (the project directory). */
export function loadRadar(root: string): LoadResult {
  const src = readRadarSources(root);
  if (src.configText === '')
    return { ok: false, issues: [issue(src.configFile, '', 'is missing or empty: the radar needs quadrants, rings and editions')] };
  return loadRadarFromSources(src);
}

/** As loadRadar, but throws a ContentError carrying every issue — for the build, which must stop. */
export function loadRadarOrThrow(root: string): RadarContent {
  const res = loadRadar(root);
  if (!res.ok) throw new ContentError(res.issues);
  return res.content;
}

/**
 * The message for a `replaced_by` naming no blip: the likely intended id when one is near (closest), else an example
 * from this radar's own blips. The example was the sample's "trunk-based-development", a blip other handbooks do not
 * have (a new adopter's trial, 3 December 2026).
 */
function notABlip(written: string, self: string, ids: Set<string>, dir: string): string {
  const sorted = [...ids].filter((id) => id !== self).sort(byCodePoint);
  const near = closest(written, sorted);
  if (near !== undefined) return `${showValue(written)} is not a blip: did you mean "${near}"?`;
  const example = sorted[0];
  return `${showValue(written)} is not a blip: expected the id of a file in ${dir}/ (its name without .md${example ? `, e.g. "${example}"` : ''})`;
}
