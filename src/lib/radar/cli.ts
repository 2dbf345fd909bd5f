// The `npm run radar` command: editions, blip moves, import and export. Kept here so scripts/radar.ts stays a thin wrapper.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readContentFile, writeContentFile } from '../shared/read';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, formatIssues } from '../shared/errors';
import { loadRadar, readRadarSources } from './load';
import { buildRadarModel } from './model';
import { loadSite } from '../site/load';
import { buildToday } from '../shared/dates';
import { addBlip, moveBlip, newEdition, publishEdition, retireBlip, type EditResult } from './editor';
import { exportRadar, FORMATS, parseImport, planImport, summariseActions, type FormatId } from './formats/index';

export const USAGE = `Usage:
  npm run radar -- edition new <id> --title "…" [--date YYYY-MM-DD] [--summary "…"]
  npm run radar -- edition publish <id> [--date YYYY-MM-DD] [--summary "…"]
  npm run radar -- move <blip> <ring> --edition <id> --reason "…" --approved-by "…" [--adr ADR-NNN] [--replaced-by <blip>]
  npm run radar -- add <name> --quadrant <id> --ring <ring> [--edition <id>] [--reason "…"] [--approved-by "…"]
                   [--owner "…"] [--description "…"] [--tag <tag> …]
  npm run radar -- retire <blip> --edition <id> --reason "…" [--approved-by "…"] [--replaced-by <blip>]
  npm run radar -- import --format <format> <file> --edition <id> [options]
  npm run radar -- export --format <format> [--edition <id>] [--out <file|dir>] [options]

Editions and blips:
  edition new      adds a draft edition to radar.yaml (built only by npm run dev and HANDBOOK_PREVIEW=1 builds)
  edition publish  publishes a draft, dated --date or today (--summary writes its summary); refuses while its
                   summary is empty or a move in it lacks a reason or approver
  move, add, retire record history in a draft edition; --edition may be left out when there is exactly one draft
  Each command checks the result with the same rules as npm run check, writes nothing if they fail, and prints
  what it changed.

Formats: ${FORMATS.join(', ')}
  byor-csv, byor-json  Thoughtworks Build-Your-Own-Radar (name, ring, quadrant, isNew, status, description)
  aoe                  AOE technology radar: a radar/ folder of Markdown items, or its data.json (import)
  zalando              Zalando tech-radar config JSON (entries with quadrant/ring indexes)
  backstage            Backstage tech-radar plugin JSON (entries with timeline)

Import options:
  --edition <id>            edition the rings belong to (must be in <content>/radar/radar.yaml)
  --map-ring "A=b"          read ring name A as ring b (repeatable), e.g. --map-ring "Experiment=trial"
  --map-quadrant "A=b"      read quadrant name A as quadrant b (repeatable)
  --owner <role>            owner of new blips (default: Release Manager)
  --approved-by <role>      approver recorded in the new history entries (default: Release Manager)
  --reason <text>           reason recorded when the file gives none

Export options:
  --edition <id>            edition to export (default: the latest)
  --out <file|dir>          where to write (default: standard output; aoe needs a folder)
  --base-url <url>          site address, for links back to the site's pages (default: site.yaml url)

Common:
  --dry-run                 show what would change (import, and the edition and blip commands); write nothing
  --root <dir>              project folder (default: current folder); content is read from its
                            HANDBOOK_CONTENT_DIR when set, else content/
  --help                    show this help
`;

export interface CliIo {
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  /** Environment for SOURCE_DATE_EPOCH (the default publication date); process.env when omitted. */
  env?: Record<string, string | undefined>;
}

class UsageError extends Error {}

const COMMANDS = ['edition', 'move', 'add', 'retire', 'import', 'export'];

function readImportFiles(input: string, format: FormatId): Array<{ path: string; text: string }> {
  if (!existsSync(input)) throw new UsageError(`${input}: no such file or folder`);
  if (statSync(input).isDirectory()) {
    if (format !== 'aoe') throw new UsageError(`${input} is a folder: only --format aoe reads a folder (of Markdown items)`);
    const files: Array<{ path: string; text: string }> = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.md')) files.push({ path: full.split(path.sep).join('/'), text: readImportFile(full) });
      }
    };
    walk(input);
    if (files.length === 0) throw new UsageError(`${input}: no Markdown (.md) items found`);
    return files;
  }
  return [{ path: input.split(path.sep).join('/'), text: readImportFile(input) }];
}

/** An import file's text through the one content reader (BOM, line endings); a file that is not UTF-8 stops the import. */
function readImportFile(file: string): string {
  const res = readContentFile(file, file.split(path.sep).join('/'));
  if (res.issue) throw new UsageError(formatIssue(res.issue));
  return res.text;
}

function runImport(args: ReturnType<typeof parse>, io: CliIo): number {
  const { values, positionals } = args;
  const format = checkFormat(values.format);
  const [input, ...extra] = positionals;
  if (!input) throw new UsageError('import needs the file to import, e.g. npm run radar -- import --format byor-csv radar.csv --edition 2026-10');
  if (extra.length) throw new UsageError(`import takes one file; also got ${extra.join(' ')}`);
  if (!values.edition) throw new UsageError('import needs --edition <id>: the edition the imported rings belong to');
  const root = path.resolve(io.cwd, values.root ?? '.');
  const files = readImportFiles(path.resolve(io.cwd, input), format).map((f) => ({
    ...f,
    path: path.relative(io.cwd, f.path).split(path.sep).join('/') || f.path,
  }));
  const parsed = parseImport(format, files);
  const plan = planImport(readRadarSources(root), parsed, {
    format,
    edition: values.edition,
    mapRing: values['map-ring'] ?? [],
    mapQuadrant: values['map-quadrant'] ?? [],
    owner: values.owner,
    approvedBy: values['approved-by'],
    reason: values.reason,
    sourceName: path.basename(input),
  });
  if (plan.issues.length) io.err(formatIssues(plan.issues) + '\n');
  if (!plan.ok) {
    const n = plan.issues.filter((i) => i.severity === 'error').length;
    io.err(`Import stopped: ${n} error${n === 1 ? '' : 's'}. Nothing was written.\n`);
    return 1;
  }
  for (const line of summariseActions(plan.actions)) io.out(`${line}\n`);
  const changed = plan.writes.length;
  if (values['dry-run']) {
    io.out(`Dry run: ${changed} file${changed === 1 ? '' : 's'} would change; nothing was written.\n`);
    return 0;
  }
  for (const w of plan.writes) {
    const target = path.join(root, w.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeContentFile(target, w.text);
  }
  io.out(`Imported ${parsed.rows.length} row${parsed.rows.length === 1 ? '' : 's'} into ${values.edition}: ${changed} file${changed === 1 ? '' : 's'} written.\n`);
  return 0;
}

function runExport(args: ReturnType<typeof parse>, io: CliIo): number {
  const { values, positionals } = args;
  const format = checkFormat(values.format);
  if (positionals.length) throw new UsageError(`export takes no file argument (got ${positionals.join(' ')}); use --out`);
  const root = path.resolve(io.cwd, values.root ?? '.');
  const loaded = loadRadar(root);
  if (!loaded.ok) {
    io.err(formatIssues(loaded.issues) + '\nExport stopped: the radar content has errors.\n');
    return 1;
  }
  if (!loaded.content.config.editions.some((e) => e.state === 'published'))
    throw new UsageError('the radar has no published edition yet: there is nothing to export (publish one with npm run radar -- edition publish <id>)');
  const model = buildRadarModel(loaded.content);
  const draft = loaded.content.config.editions.find((e) => e.id === values.edition && e.state === 'draft');
  if (draft) throw new UsageError(`--edition "${draft.id}" is a draft: exports are of published editions only (${model.editions.map((e) => e.id).join('|')})`);
  if (values.edition && !model.edition(values.edition))
    throw new UsageError(`--edition "${values.edition}" is not an edition: expected one of ${model.editions.map((e) => e.id).join('|')}`);
  // The site's own address by default, as the published /radar/radar.csv and .json are made (src/areas/radar): without
  // it, a description's links to the site's pages had nowhere to point and were dropped, so the command's export
  // differed from the published one (a new adopter's trial, 3 December 2026).
  const baseUrl = values['base-url'] ?? loadSite(root).site?.url;
  const files = exportRadar(model, format, { edition: values.edition, baseUrl });
  if (!values.out) {
    if (format === 'aoe') throw new UsageError('--format aoe writes a folder of Markdown files: give --out <folder>');
    io.out(files[0].content);
    return 0;
  }
  const out = path.resolve(io.cwd, values.out);
  if (format === 'aoe') {
    for (const f of files) {
      const target = path.join(out, f.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, f.content);
    }
    io.out(`Wrote ${files.length} AOE items under ${values.out}\n`);
  } else {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, files[0].content);
    io.out(`Wrote ${values.out}\n`);
  }
  return 0;
}

/**
 * Prints an edit's changes and writes its files, or prints why it was refused; returns the exit code. `dryRun`: print
 * the same and write nothing. `--dry-run` was accepted by every command (it is an import option) and ignored by the
 * editing ones, which wrote all the same (a new adopter's trial, 3 December 2026).
 */
function applyEdit(result: EditResult, root: string, io: CliIo, dryRun = false): number {
  if (!result.ok) {
    io.err(formatIssues(result.issues) + '\nNothing was written.\n');
    return 1;
  }
  if (!dryRun)
    for (const w of result.writes) {
      const target = path.join(root, w.file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeContentFile(target, w.text);
    }
  for (const c of result.changes) io.out(`${c}\n`);
  if (result.warnings.length) io.out(formatIssues(result.warnings) + '\n');
  if (dryRun) io.out(`Dry run: ${result.writes.length} file${result.writes.length === 1 ? '' : 's'} would change; nothing was written.\n`);
  return 0;
}

function one(positionals: string[], what: string, example: string): string {
  const [first, ...extra] = positionals;
  if (!first) throw new UsageError(`${what} is required, e.g. ${example}`);
  if (extra.length) throw new UsageError(`unexpected ${extra.map((x) => JSON.stringify(x)).join(' ')}: put text with spaces in quotes, e.g. ${example}`);
  return first;
}

/**
 * The options each editing command reads (with --dry-run, --root and --help, which all take). The parser knows every
 * command's options, so one given to a command that does not read it was accepted and ignored: `edition publish
 * --summary "…"` then said the summary was empty (an operations trial, 3 December 2026).
 */
const EDIT_OPTIONS: Record<string, readonly string[]> = {
  'edition new': ['title', 'date', 'summary'],
  'edition publish': ['date', 'summary'],
  move: ['edition', 'reason', 'approved-by', 'adr', 'replaced-by'],
  add: ['quadrant', 'ring', 'edition', 'reason', 'approved-by', 'owner', 'description', 'tag'],
  retire: ['edition', 'reason', 'approved-by', 'replaced-by'],
};

/** Refuses (UsageError) an option the editing command `name` does not read, naming the ones it does. */
function onlyOptions(name: string, values: Record<string, unknown>): void {
  const allowed = EDIT_OPTIONS[name];
  if (!allowed) return;
  const extra = Object.keys(values).filter((k) => values[k] !== undefined && !allowed.includes(k) && !['dry-run', 'root', 'help'].includes(k));
  if (extra.length)
    throw new UsageError(
      `${extra.map((k) => `--${k}`).join(', ')} ${extra.length === 1 ? 'is not an option' : 'are not options'} of ${name}: it takes ${allowed.map((k) => `--${k}`).join(', ')} (and --dry-run)`,
    );
}

function runEdit(command: string, args: ReturnType<typeof parse>, io: CliIo): number {
  const { values, positionals } = args;
  onlyOptions(command === 'edition' ? `edition ${positionals[0] ?? ''}` : command, values);
  const root = path.resolve(io.cwd, values.root ?? '.');
  const src = readRadarSources(root);
  if (command === 'edition') {
    const [sub, ...rest] = positionals;
    if (sub === 'new') {
      const id = one(rest, 'the edition id', 'npm run radar -- edition new 2027-04 --title "Spring 2027"');
      if (values.title === undefined) throw new UsageError('edition new needs --title "…", e.g. --title "Spring 2027: …"');
      return applyEdit(newEdition(src, { id, title: values.title, date: values.date, summary: values.summary }), root, io, values['dry-run'] === true);
    }
    if (sub === 'publish') {
      const id = one(rest, 'the edition id', 'npm run radar -- edition publish 2027-04');
      return applyEdit(
        publishEdition(src, { id, date: values.date, summary: values.summary, today: buildToday(io.env ?? process.env) }),
        root,
        io,
        values['dry-run'] === true,
      );
    }
    throw new UsageError(sub ? `unknown edition command "${sub}": use edition new or edition publish` : 'edition needs new or publish');
  }
  if (command === 'move') {
    const [blip, ring, ...extra] = positionals;
    if (!blip || !ring) throw new UsageError('move needs a blip and a ring, e.g. npm run radar -- move argo-cd adopt --edition 2027-04 --reason "…" --approved-by "…"');
    if (extra.length) throw new UsageError(`unexpected ${extra.map((x) => JSON.stringify(x)).join(' ')}: put text with spaces in quotes`);
    return applyEdit(
      moveBlip(src, {
        blip,
        ring,
        edition: values.edition,
        reason: values.reason ?? '',
        approvedBy: values['approved-by'] ?? '',
        adr: values.adr,
        replacedBy: values['replaced-by'],
      }),
      root,
      io,
      values['dry-run'] === true,
    );
  }
  if (command === 'add') {
    const name = one(positionals, 'the technology\'s name', 'npm run radar -- add "Argo CD" --quadrant tools --ring assess');
    if (values.quadrant === undefined) throw new UsageError('add needs --quadrant <id>');
    if (values.ring === undefined) throw new UsageError('add needs --ring <ring>: adopt, trial, assess or hold');
    return applyEdit(
      addBlip(src, {
        name,
        quadrant: values.quadrant,
        ring: values.ring,
        edition: values.edition,
        reason: values.reason,
        approvedBy: values['approved-by'],
        owner: values.owner,
        description: values.description,
        tags: values.tag,
      }),
      root,
      io,
      values['dry-run'] === true,
    );
  }
  const blip = one(positionals, 'the blip to retire', 'npm run radar -- retire jenkins --edition 2027-04 --reason "…"');
  return applyEdit(
    retireBlip(src, { blip, edition: values.edition, reason: values.reason ?? '', approvedBy: values['approved-by'], replacedBy: values['replaced-by'] }),
    root,
    io,
    values['dry-run'] === true,
  );
}

function checkFormat(v: string | undefined): FormatId {
  if (!v) throw new UsageError(`--format is required: one of ${FORMATS.join('|')}`);
  if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format "${v}" is not one of ${FORMATS.join('|')}`);
  return v as FormatId;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      edition: { type: 'string' },
      'map-ring': { type: 'string', multiple: true },
      'map-quadrant': { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      root: { type: 'string' },
      out: { type: 'string' },
      owner: { type: 'string' },
      'approved-by': { type: 'string' },
      reason: { type: 'string' },
      'base-url': { type: 'string' },
      title: { type: 'string' },
      date: { type: 'string' },
      summary: { type: 'string' },
      adr: { type: 'string' },
      'replaced-by': { type: 'string' },
      quadrant: { type: 'string' },
      ring: { type: 'string' },
      description: { type: 'string' },
      tag: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** Runs the command; returns the exit code (0 ok, 1 errors). Never calls process.exit, so tests can call it. */
export function runRadarCli(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  try {
    if (!COMMANDS.includes(command))
      throw new UsageError(command ? `Unknown command "${command}": use ${COMMANDS.join(', ')}` : `Give a command: ${COMMANDS.join(', ')}`);
    let args: ReturnType<typeof parse>;
    try {
      args = parse(rest);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (args.values.help) {
      io.out(USAGE);
      return 0;
    }
    if (command === 'import') return runImport(args, io);
    if (command === 'export') return runExport(args, io);
    return runEdit(command, args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`radar: ${e.message}\n\n${USAGE}`);
      return 1;
    }
    throw e;
  }
}
