// The release manager's radar edits: new and published editions, blip moves, new blips and retirements, as file edits.
import { byCodePoint } from '../shared/sort';
import { isIsoDate, notADate } from '../shared/dates';
import { issue, showValue, type ContentIssue } from '../shared/errors';
import { lineOf } from '../shared/validate';
import { editFrontMatter, editYaml, splitFrontMatter, type YamlEdit } from '../shared/yaml-edit';
import { blipIdFromFile, editionOrder, loadRadarFromSources, type Blip, type RadarContent, type RadarSources } from './load';
import { EDITION_ID_RE, RING_IDS, SLUG_RE, type Edition, type HistoryRing, type RingId } from './schema';
import { matchQuadrant, matchRing, normaliseName, toBlipId } from './formats/common';

/** What an edit does: the files to write (project-relative path → whole new text) and a line per change. */
export type EditResult =
  | { ok: true; writes: Array<{ file: string; text: string }>; changes: string[]; warnings: ContentIssue[] }
  | { ok: false; issues: ContentIssue[] };

/** Where refusals about the command itself are filed. */
export const COMMAND_LINE = 'command line';

/** Owner written into blips made by `add` when none is given: the role that runs the radar. */
export const DEFAULT_BLIP_OWNER = 'Release Manager';

const refuse = (message: string, file = COMMAND_LINE, field = '', line?: number): EditResult => ({
  ok: false,
  issues: [issue(file, field, message, { line })],
});

const notEmpty = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

/** The radar as it stands, or the refusal that says it must be fixed first. */
function loaded(src: RadarSources): { ok: true; content: RadarContent } | { ok: false; result: EditResult } {
  if (src.configText === '')
    return { ok: false, result: refuse('is missing or empty: the radar needs quadrants, rings and editions', src.configFile) };
  const res = loadRadarFromSources(src);
  if (!res.ok) {
    const errors = res.issues.filter((i) => i.severity === 'error');
    return {
      ok: false,
      result: { ok: false, issues: [...errors, issue(COMMAND_LINE, '', 'the radar content has errors (listed above): fix them before editing it with this command')] },
    };
  }
  return { ok: true, content: res.content };
}

/**
 * Validates the radar after the writes with the same loader as `npm run check`; any error refuses the whole edit.
 * Warnings about the files written are passed on (e.g. a blip on hold without replaced_by).
 */
/**
 * The edit's result, checked as `npm run check` would: refused with the errors when any, else the files to write,
 * what changed, and the warnings on the files written or named in `about` (files the edit changes the meaning of
 * without writing: the blips an edition publishes, whose warnings apply only once it is out).
 */
function finish(src: RadarSources, writes: Map<string, string>, changes: string[], about: ReadonlySet<string> = new Set()): EditResult {
  const after: RadarSources = {
    configFile: src.configFile,
    configText: writes.get(src.configFile) ?? src.configText,
    blips: [
      ...src.blips.map((b) => ({ file: b.file, text: writes.get(b.file) ?? b.text })),
      ...[...writes].filter(([f]) => f !== src.configFile && !src.blips.some((b) => b.file === f)).map(([file, text]) => ({ file, text })),
    ],
  };
  const res = loadRadarFromSources(after);
  if (!res.ok) return { ok: false, issues: res.issues.filter((i) => i.severity === 'error') };
  return {
    ok: true,
    writes: [...writes].map(([file, text]) => ({ file, text })).sort((a, b) => byCodePoint(a.file, b.file)),
    changes,
    warnings: res.issues.filter((i) => i.severity === 'warning' && (writes.has(i.file) || about.has(i.file))),
  };
}

/** The edition named by `id`, which must be a draft: history is only ever recorded in an edition not yet out. */
function draftEdition(content: RadarContent, id: string | undefined, command: string): { ok: true; edition: Edition } | { ok: false; result: EditResult } {
  const drafts = content.config.editions.filter((e) => e.state === 'draft');
  if (id === undefined) {
    if (drafts.length === 1) return { ok: true, edition: drafts[0] };
    return {
      ok: false,
      result: refuse(
        drafts.length === 0
          ? `${command} needs --edition <id>, a draft edition, and there is none: start one with npm run radar -- edition new <id> --title "…"`
          : `${command} needs --edition <id>: there are ${drafts.length} draft editions (${drafts.map((e) => e.id).join('|')})`,
      ),
    };
  }
  const edition = content.config.editions.find((e) => e.id === id);
  if (!edition) return { ok: false, result: refuse(`--edition ${showValue(id)} is not an edition: expected one of ${content.config.editions.map((e) => e.id).join('|')}`) };
  if (edition.state !== 'draft')
    return {
      ok: false,
      result: refuse(
        `--edition ${showValue(id)} is published (${edition.date}): a published edition is a record and is not changed; ` +
          `record the change in a draft edition (npm run radar -- edition new <id> --title "…")`,
      ),
    };
  return { ok: true, edition };
}

function findBlip(content: RadarContent, id: string): { ok: true; blip: Blip } | { ok: false; result: EditResult } {
  const blip = content.blips.find((b) => b.id === id);
  if (blip) return { ok: true, blip };
  const byTitle = content.blips.find((b) => normaliseName(b.title) === normaliseName(id));
  const hint = byTitle ? `; did you mean ${byTitle.id} (${byTitle.title})?` : `: expected the id of a blip file, one of ${content.blips.map((b) => b.id).join('|')}`;
  return { ok: false, result: refuse(`${showValue(id)} is not a blip${hint}`) };
}

function ringArg(content: RadarContent, value: string): RingId | undefined {
  return matchRing(content.config, value, new Map());
}

/** The history edit for `entry` in `edition`: replaces the blip's entry for that edition, or appends one. */
function historyEdit(blip: Blip, content: RadarContent, entry: Record<string, string>): { ok: true; edit: YamlEdit } | { ok: false; result: EditResult } {
  const order = editionOrder(content.config);
  const at = order.get(entry.edition)!;
  const later = blip.history.find((h) => order.get(h.edition)! > at);
  if (later)
    return {
      ok: false,
      result: refuse(`${blip.file} already has history for the later edition ${later.edition}: record the change in that edition instead`),
    };
  const index = blip.history.findIndex((h) => h.edition === entry.edition);
  return { ok: true, edit: index >= 0 ? { op: 'replace-item', path: ['history'], index, value: entry } : { op: 'append', path: ['history'], value: entry } };
}

const ADR_RE = /^ADR-\d+$/;

// ---------------------------------------------------------------- editions

export interface NewEditionRequest {
  id: string;
  title: string;
  /** Planned publication date, YYYY-MM-DD. */
  date?: string;
  summary?: string;
}

/**
 * `edition new`: appends a draft edition to radar.yaml (`state: draft`, an empty summary to fill in). Refuses an
 * id that is malformed or taken, an empty title, a bad date, or a date before the latest published edition.
 */
export function newEdition(src: RadarSources, req: NewEditionRequest): EditResult {
  const l = loaded(src);
  if (!l.ok) return l.result;
  const { content } = l;
  if (!EDITION_ID_RE.test(req.id))
    return refuse(`edition id ${showValue(req.id)} is not valid: expected YYYY-MM (or YYYY-MM-DD), e.g. "2027-04"`);
  if (content.config.editions.some((e) => e.id === req.id))
    return refuse(`edition ${showValue(req.id)} already exists in ${src.configFile}: choose another id`);
  if (!notEmpty(req.title)) return refuse('--title is required: the edition\'s name, e.g. --title "Spring 2027: …"');
  if (req.date !== undefined && !isIsoDate(req.date)) return refuse(`--date ${showValue(req.date)} ${notADate(req.date)}, e.g. 2027-04-15`);
  const entry: Record<string, string> = { id: req.id, state: 'draft' };
  if (req.date) entry.date = req.date;
  entry.title = req.title.trim();
  entry.summary = req.summary?.trim() ?? '';
  const text = editYaml(src.configText, [{ op: 'append', path: ['editions'], value: entry }]);
  const change = `${src.configFile}: added draft edition ${req.id} "${entry.title}"${req.date ? ` planned for ${req.date}` : ''}`;
  return finish(src, new Map([[src.configFile, text]]), [change]);
}

export interface PublishRequest {
  id: string;
  /** Publication date, YYYY-MM-DD; default `today`. */
  date?: string;
  /** The caller's today (London), YYYY-MM-DD: the default publication date. */
  today: string;
  /** The edition's summary, written as it is published (replacing what radar.yaml has). */
  summary?: string;
}

/**
 * `edition publish`: sets a draft edition to `state: published` with its publication date. Refuses when the
 * edition is unknown or already published, its summary is empty, any blip's entry in it lacks a reason or an
 * approver (each one is listed with file and line), or the date is before the latest published edition.
 */
export function publishEdition(src: RadarSources, req: PublishRequest): EditResult {
  const l = loaded(src);
  if (!l.ok) return l.result;
  const { content } = l;
  const index = content.config.editions.findIndex((e) => e.id === req.id);
  const edition = content.config.editions[index];
  if (!edition) return refuse(`${showValue(req.id)} is not an edition: expected one of ${content.config.editions.map((e) => e.id).join('|')}`);
  if (edition.state === 'published') return refuse(`edition ${req.id} is already published (${edition.date}): nothing to do`);
  const date = req.date ?? req.today;
  if (!isIsoDate(date)) return refuse(`--date ${showValue(date)} ${notADate(date)}, e.g. 2027-04-15`);
  // Published with a date to come, the edition was the current radar at once, saying "Published 15 June 2027" in
  // April (an operations trial, 3 December 2026): an edition is published on the day it comes out.
  if (date > req.today)
    return refuse(`--date ${date} is after today (${req.today}): publish the edition on the day it comes out (a draft may carry its planned date meanwhile)`);

  const problems: ContentIssue[] = [];
  const cfgSrc = { file: src.configFile, text: src.configText };
  const at = (path: PropertyKey[]) => {
    const pos = lineOf(cfgSrc, path);
    return pos.line !== undefined ? pos : lineOf(cfgSrc, path.slice(0, -1));
  };
  // `--summary` was taken by the option parser and ignored here, so "summary is empty" came back with no command that
  // could fill it (an operations trial, 3 December 2026): publishing now writes it.
  const summary = req.summary?.trim();
  if (req.summary !== undefined && !summary) return refuse('--summary is empty: say in a sentence or two what changed in the edition');
  if (edition.summary === '' && !summary)
    problems.push(
      issue(
        src.configFile,
        `editions[${index}].summary`,
        `is empty: say in a sentence or two what changed in ${req.id} before publishing it (write it there, or give --summary "…")`,
        at(['editions', index, 'summary']),
      ),
    );
  for (const blip of content.blips) {
    const i = blip.history.findIndex((h) => h.edition === req.id);
    if (i < 0) continue;
    const h = blip.history[i];
    const fm = splitFrontMatter(src.blips.find((b) => b.file === blip.file)!.text)?.fm ?? '';
    for (const k of ['reason', 'approved_by'] as const) {
      if (h[k] !== '') continue;
      const fmSrc = { file: blip.file, text: fm, lineOffset: 1 };
      const pos = lineOf(fmSrc, ['history', i, k]);
      const where = pos.line !== undefined ? pos : lineOf(fmSrc, ['history', i]);
      problems.push(
        issue(
          blip.file,
          `history[${i}].${k}`,
          k === 'reason'
            ? `is empty: the move to ${h.ring} in ${req.id} needs a reason before the edition is published`
            : `is empty: the move to ${h.ring} in ${req.id} needs an approver (a role or board) before the edition is published`,
          where,
        ),
      );
    }
  }
  const latest = content.config.editions
    .filter((e) => e.state === 'published')
    .reduce<Edition | undefined>((m, e) => (m && m.date! >= e.date! ? m : e), undefined);
  if (latest && date < latest.date!)
    problems.push(issue(COMMAND_LINE, '', `publication date ${date} is before the latest published edition ${latest.id} (${latest.date}): editions are published in order`));
  if (problems.length) return { ok: false, issues: problems };

  const text = editYaml(src.configText, [
    { op: 'set', path: ['editions', index, 'state'], value: 'published' },
    { op: 'set', path: ['editions', index, 'date'], value: date },
    ...(summary !== undefined && summary !== edition.summary ? [{ op: 'set' as const, path: ['editions', index, 'summary'], value: summary }] : []),
  ]);
  const moved = content.blips.filter((b) => b.history.some((h) => h.edition === req.id));
  const moves = moved.length;
  // The blips it publishes are said what the check will say of them once the edition is out (a hold blip without
  // replaced_by): publishing passed in silence and the next check warned (a new adopter's trial, 3 December 2026).
  return finish(
    src,
    new Map([[src.configFile, text]]),
    [
      `${src.configFile}: edition ${req.id} "${edition.title}" state draft → published, date ${edition.date && edition.date !== date ? `${edition.date} → ` : ''}${date} (${moves} blip${moves === 1 ? '' : 's'} changed in it)`,
      ...(summary !== undefined && summary !== edition.summary ? [`${src.configFile}: edition ${req.id} summary ${edition.summary ? 'replaced' : 'added'}: ${summary}`] : []),
    ],
    new Set(moved.map((b) => b.file)),
  );
}

// ---------------------------------------------------------------- blips

export interface MoveRequest {
  blip: string;
  ring: string;
  edition?: string;
  reason: string;
  approvedBy: string;
  adr?: string;
  /** For a move to hold: the blip to use instead. */
  replacedBy?: string;
}

function checkReplacedBy(content: RadarContent, blip: Blip, value: string | undefined): EditResult | undefined {
  if (value === undefined) return undefined;
  if (value === blip.id) return refuse(`--replaced-by ${showValue(value)} is the blip itself: name the technology to use instead`);
  if (!content.blips.some((b) => b.id === value))
    return refuse(`--replaced-by ${showValue(value)} is not a blip: expected the id of a blip file, e.g. ${content.blips.find((b) => b.id !== blip.id)?.id ?? 'another-blip'}`);
  return undefined;
}

/**
 * `move`: records a blip's ring in a draft edition, with reason, approver and optional ADR. A second move in the
 * same draft edition replaces the first (one entry per edition). Refuses an unknown blip, ring or edition, a
 * published edition, an empty reason or approver, a malformed ADR, or a blip with history in a later edition.
 */
export function moveBlip(src: RadarSources, req: MoveRequest): EditResult {
  const l = loaded(src);
  if (!l.ok) return l.result;
  const { content } = l;
  const b = findBlip(content, req.blip);
  if (!b.ok) return b.result;
  const ring = ringArg(content, req.ring);
  if (!ring)
    return refuse(
      req.ring.trim().toLowerCase() === 'retired'
        ? `"retired" is not a ring to move to: use npm run radar -- retire ${b.blip.id} --edition <id> --reason "…"`
        : `${showValue(req.ring)} is not a ring: expected one of ${RING_IDS.join('|')}`,
    );
  const e = draftEdition(content, req.edition, 'move');
  if (!e.ok) return e.result;
  if (!notEmpty(req.reason)) return refuse('--reason is required: say why the blip moves (the entry criteria it now meets)');
  if (!notEmpty(req.approvedBy)) return refuse('--approved-by is required: the role or board that approved the move');
  if (req.adr !== undefined && !ADR_RE.test(req.adr)) return refuse(`--adr ${showValue(req.adr)} is not an ADR reference: expected ADR-<number>, e.g. ADR-014`);
  const bad = checkReplacedBy(content, b.blip, req.replacedBy);
  if (bad) return bad;

  const previous = previousRing(b.blip, content, e.edition.id);
  const entry: Record<string, string> = { edition: e.edition.id, ring, reason: req.reason.trim(), approved_by: req.approvedBy.trim() };
  if (req.adr) entry.adr = req.adr;
  const h = historyEdit(b.blip, content, entry);
  if (!h.ok) return h.result;
  const edits: YamlEdit[] = [h.edit];
  if (req.replacedBy && req.replacedBy !== b.blip.replaced_by) edits.push({ op: 'set', path: ['replaced_by'], value: req.replacedBy });
  const text = editFrontMatter(src.blips.find((x) => x.file === b.blip.file)!.text, edits);
  const what = previous === undefined ? `new in ${ring}` : previous === ring ? `re-affirmed in ${ring}` : `${previous} → ${ring}`;
  // What a second move in the same draft overwrote, in words: the message said only "replaces its earlier entry",
  // and the entry's own ring and reason were gone without a trace (a new adopter's trial, 2 December 2026).
  const replaced = h.edit.op === 'replace-item' ? b.blip.history.find((x) => x.edition === e.edition.id) : undefined;
  const replacedText = replaced ? ` (replaces its earlier entry for this edition: ${replaced.ring}, "${replaced.reason}")` : '';
  const changes = [`${b.blip.file}: ${b.blip.id} ${what} in edition ${e.edition.id}${replacedText}`];
  if (req.replacedBy && req.replacedBy !== b.blip.replaced_by) changes.push(`${b.blip.file}: replaced_by ${b.blip.replaced_by ? `${b.blip.replaced_by} → ` : ''}${req.replacedBy}`);
  return finish(src, new Map([[b.blip.file, text]]), changes);
}

/** The ring a blip was in before `editionId` (its latest entry in an earlier edition), undefined when off the radar. */
function previousRing(blip: Blip, content: RadarContent, editionId: string): RingId | undefined {
  const order = editionOrder(content.config);
  const at = order.get(editionId)!;
  let ring: HistoryRing | undefined;
  for (const h of blip.history) if (order.get(h.edition)! < at) ring = h.ring;
  return ring === 'retired' ? undefined : ring;
}

export interface AddRequest {
  name: string;
  quadrant: string;
  ring: string;
  edition?: string;
  reason?: string;
  approvedBy?: string;
  owner?: string;
  description?: string;
  tags?: string[];
}

/**
 * `add`: creates `blips/<id>.md` with its first history entry in a draft edition. The id comes from the name by
 * the importer's rule (toBlipId) and must not collide with an existing blip's id or title. Reason and approver may
 * be left for later: `edition publish` refuses until they are given.
 */
export function addBlip(src: RadarSources, req: AddRequest): EditResult {
  const l = loaded(src);
  if (!l.ok) return l.result;
  const { content } = l;
  if (!notEmpty(req.name)) return refuse('add needs the technology\'s name, e.g. npm run radar -- add "Argo CD" --quadrant tools --ring assess');
  const name = req.name.trim();
  const id = toBlipId(name);
  if (!SLUG_RE.test(id)) return refuse(`${showValue(name)} gives no usable blip id: use a name with letters or digits`);
  const blipsDir = src.configFile.replace(/[^/]*$/, 'blips');
  const file = `${blipsDir}/${id}.md`;
  const sameId = content.blips.find((b) => b.id === id) ?? src.blips.find((b) => blipIdFromFile(b.file) === id);
  if (sameId) return refuse(`${showValue(name)} would be blip ${id}, but ${sameId.file} already has that id: move that blip instead, or choose a distinct name`);
  const sameTitle = content.blips.find((b) => normaliseName(b.title) === normaliseName(name));
  if (sameTitle) return refuse(`${showValue(name)} is already on the radar as ${sameTitle.id} (${sameTitle.file}): move that blip instead`);
  const quadrant = matchQuadrant(content.config, req.quadrant, new Map());
  if (!quadrant)
    return refuse(`--quadrant ${showValue(req.quadrant)} is not a quadrant: expected one of ${content.config.quadrants.map((q) => q.id).join('|')}`);
  const ring = ringArg(content, req.ring);
  if (!ring) return refuse(`--ring ${showValue(req.ring)} is not a ring: expected one of ${RING_IDS.join('|')}`);
  const e = draftEdition(content, req.edition, 'add');
  if (!e.ok) return e.result;

  const fm: Record<string, unknown> = {
    title: name,
    quadrant,
    tags: (req.tags ?? []).map((t) => t.trim()).filter(Boolean),
    owner: notEmpty(req.owner) ? req.owner.trim() : DEFAULT_BLIP_OWNER,
    history: [{ edition: e.edition.id, ring, reason: req.reason?.trim() ?? '', approved_by: req.approvedBy?.trim() ?? '' }],
  };
  const yaml = editYaml('title: x\n', [
    { op: 'set', path: ['title'], value: fm.title },
    { op: 'set', path: ['quadrant'], value: fm.quadrant },
    { op: 'set', path: ['tags'], value: fm.tags },
    { op: 'set', path: ['owner'], value: fm.owner },
    { op: 'set', path: ['history'], value: fm.history },
  ]);
  const body = req.description?.trim() ? `\n${req.description.trim()}\n` : '';
  const text = `---\n${yaml}---\n${body}`;
  const changes = [`${file}: new blip ${id} "${name}" (${quadrant}) in ${ring}, edition ${e.edition.id}`];
  if (!notEmpty(req.reason) || !notEmpty(req.approvedBy))
    changes.push(`${file}: history[0] still needs ${[!notEmpty(req.reason) && 'a reason', !notEmpty(req.approvedBy) && 'an approver'].filter(Boolean).join(' and ')} before ${e.edition.id} is published`);
  return finish(src, new Map([[file, text]]), changes);
}

export interface RetireRequest {
  blip: string;
  edition?: string;
  reason: string;
  approvedBy?: string;
  replacedBy?: string;
}

/**
 * `retire`: takes a blip off the radar in a draft edition (history ring `retired`), optionally naming what
 * replaces it. Refuses an unknown blip or edition, a published edition, an empty reason, a blip already off the
 * radar, or a replacement that is not another blip.
 */
export function retireBlip(src: RadarSources, req: RetireRequest): EditResult {
  const l = loaded(src);
  if (!l.ok) return l.result;
  const { content } = l;
  const b = findBlip(content, req.blip);
  if (!b.ok) return b.result;
  const e = draftEdition(content, req.edition, 'retire');
  if (!e.ok) return e.result;
  if (!notEmpty(req.reason)) return refuse('--reason is required: say why the blip leaves the radar');
  const previous = previousRing(b.blip, content, e.edition.id);
  if (previous === undefined) return refuse(`${b.blip.id} is not on the radar before ${e.edition.id}: there is nothing to retire`);
  const bad = checkReplacedBy(content, b.blip, req.replacedBy);
  if (bad) return bad;
  const entry: Record<string, string> = { edition: e.edition.id, ring: 'retired', reason: req.reason.trim(), approved_by: req.approvedBy?.trim() ?? '' };
  const h = historyEdit(b.blip, content, entry);
  if (!h.ok) return h.result;
  const edits: YamlEdit[] = [h.edit];
  if (req.replacedBy && req.replacedBy !== b.blip.replaced_by) edits.push({ op: 'set', path: ['replaced_by'], value: req.replacedBy });
  const text = editFrontMatter(src.blips.find((x) => x.file === b.blip.file)!.text, edits);
  const changes = [`${b.blip.file}: ${b.blip.id} ${previous} → retired in edition ${e.edition.id}`];
  if (req.replacedBy && req.replacedBy !== b.blip.replaced_by) changes.push(`${b.blip.file}: replaced_by ${b.blip.replaced_by ? `${b.blip.replaced_by} → ` : ''}${req.replacedBy}`);
  if (!notEmpty(req.approvedBy)) changes.push(`${b.blip.file}: the retirement still needs an approver (--approved-by) before ${e.edition.id} is published`);
  return finish(src, new Map([[b.blip.file, text]]), changes);
}
