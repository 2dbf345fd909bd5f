// YAML syntax errors in plain words: the line where the problem starts, the field being read, and what to do.
import { countOf } from './plural';
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type YAMLError } from 'yaml';
import { issue, type ContentIssue } from './errors';

export interface YamlSyntaxProblem {
  /** 1-based line in the YAML text where the problem starts (not where the parser gave up). */
  line: number;
  column?: number;
  /** The field being read there, e.g. `title` or `history[1].reason`; '' when it is not inside a field. */
  field: string;
  /** What is wrong and what to do, for editors. */
  message: string;
}

interface LineInfo {
  indent: number;
  item: boolean;
  key?: string;
  /** Column (0-based) where the key starts. */
  keyCol: number;
  blank: boolean;
}

const KEY_RE = /^(\s*)((?:-\s+)*)(?:"([^"]*)"|'([^']*)'|([^\s"'#:[\]{},&*!|>%@`-][^:#]*?|[\w-]+))\s*:(?:\s|$)/;

function lineInfo(line: string): LineInfo {
  const indent = /^ */.exec(line)![0].length;
  const rest = line.slice(indent);
  const blank = rest.trim() === '' || rest.startsWith('#');
  const m = KEY_RE.exec(line);
  const item = /^-(\s|$)/.test(rest);
  if (!m) return { indent, item, keyCol: indent, blank };
  return { indent, item, key: (m[3] ?? m[4] ?? m[5]).trim(), keyCol: m[1].length + m[2].length, blank };
}

/**
 * The field a line belongs to, as a path: walks up from `lineIdx` taking each key with less indentation,
 * and the position of each `- ` list item among its siblings. A heuristic over the text, because the parse failed.
 */
export function fieldAtLine(lines: readonly string[], lineIdx: number): string {
  const infos = lines.map(lineInfo);
  const parts: string[] = [];
  let limit = Infinity;
  for (let i = Math.min(lineIdx, lines.length - 1); i >= 0; i--) {
    const info = infos[i];
    if (info.blank) continue;
    if (info.key !== undefined && info.keyCol < limit) {
      parts.unshift(info.key);
      limit = info.keyCol;
    }
    if (info.item && info.indent < limit) {
      let index = 0;
      for (let j = i - 1; j >= 0; j--) {
        const s = infos[j];
        if (s.blank || s.indent > info.indent) continue;
        if (s.indent === info.indent && s.item) index++;
        else break;
      }
      parts.unshift(`[${index}]`);
      limit = info.indent;
    } else if (info.key === undefined && info.indent < limit && i !== lineIdx) {
      limit = info.indent;
    }
  }
  return parts.reduce((path, p) => (p.startsWith('[') ? path + p : path ? `${path}.${p}` : p), '');
}

/** Counts `open` minus `close` outside quotes on a line (flow collections). */
function balance(line: string, open: string, close: string): number {
  let n = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote && line[i - 1] !== '\\') quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
    else if (c === open) n++;
    else if (c === close) n--;
  }
  return n;
}

/** The last line at or before `from` where an unclosed `open` (a bracket or a quote) begins, and its column. */
function openerBefore(lines: readonly string[], from: number, open: string, close?: string): { line: number; col: number } | undefined {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const line = lines[i];
    if (close) {
      if (balance(line, open, close) > 0) return { line: i, col: line.indexOf(open) };
    } else {
      // An odd count of the quote character (ignoring escaped ones) means a quoted value opens here.
      const count = line.split('').filter((c, k) => c === open && line[k - 1] !== '\\').length;
      if (count % 2 === 1) return { line: i, col: line.indexOf(open) };
    }
  }
  return undefined;
}

function listItemOutOfPlace(line: number, col: number | undefined) {
  return {
    line,
    col,
    fieldLine: Math.max(0, line - 1),
    message: 'a "- " list item can only follow a field name that ends with ":" and nothing after it (e.g. tags:), indented like the other items',
  };
}

/** `fieldLine`: the line whose field is being read, when it is not the problem's own line (0-based). */
function describe(err: YAMLError, lines: readonly string[]): { line: number; col?: number; message: string; fieldLine?: number } {
  const at = err.linePos?.[0];
  const line = (at?.line ?? 1) - 1;
  const col = at?.col;
  const text = lines[line] ?? '';
  const raw = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (err.code) {
    case 'BAD_INDENT': {
      const flow = /^Flow (sequence|map)/.exec(raw);
      if (flow) {
        const [open, close] = flow[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
        const start = openerBefore(lines, line - 1, open, close) ?? openerBefore(lines, line, open, close);
        const what = flow[1] === 'sequence' ? 'list' : 'group';
        return {
          line: start?.line ?? line,
          col: start ? start.col + 1 : col,
          message:
            `the ${what} that opens with "${open}" here is never closed: end it with "${close}" on the same line, ` +
            `or put the whole value in quotes if the "${open}" is part of the text`,
        };
      }
      return { line, col, message: 'this line is indented differently from the lines around it: line up fields of the same level with spaces' };
    }
    case 'MISSING_CHAR': {
      // A field of a list item indented one space short or over: YAML reads it as a new item without its "- ", and
      // said just that ("Sequence item without - indicator") at column 1 (a new adopter's trial, 2 December 2026).
      if (/^Sequence item without - indicator/.test(raw)) {
        const indent = /^ */.exec(text)![0].length;
        let item = line - 1;
        while (item >= 0 && !/^\s*- /.test(lines[item])) item--;
        const m = item >= 0 ? /^(\s*-\s+)([^\s:#][^:#]*?):/.exec(lines[item]) : null;
        const key = lineInfo(text).key;
        if (m)
          return {
            line,
            col: indent + 1,
            message: `this line is indented ${countOf(indent, 'space')}, and the fields of the list item above start after ${m[1].length}: line up ${key ? `"${key}:"` : 'this line'} with "${m[2]}:" (${countOf(m[1].length, 'space')}), or start a new item with "- "`,
          };
      }
      const q = /closing (["'])quote/.exec(raw)?.[1];
      if (q) {
        const start = openerBefore(lines, line - 1, q) ?? openerBefore(lines, line, q);
        return {
          line: start?.line ?? line,
          col: start ? start.col + 1 : col,
          message: `the quoted text that starts here with ${q} is never closed: add the closing ${q} at the end of the value`,
        };
      }
      break;
    }
    case 'DUPLICATE_KEY': {
      const key = lineInfo(text).key;
      return { line, col, message: `${key ? `"${key}"` : 'this field'} is given twice: keep one of them` };
    }
    case 'TAB_AS_INDENT':
      return { line, col, message: 'this line is indented with a tab: YAML needs spaces' };
    case 'BAD_SCALAR_START': {
      const ch = /character (.)/.exec(raw)?.[1] ?? text[(col ?? 1) - 1];
      return { line, col, message: `a value cannot start with "${ch}" unless it is in quotes: ${quotedAt(text, (col ?? 1) - 1)}` };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const value = text.slice((col ?? 1) - 1);
      if (/:\s/.test(value) || value.trimEnd().endsWith(':')) {
        const key = lineInfo(text).key ?? 'title';
        return {
          line,
          col,
          message: `the value contains ": ", which YAML reads as the start of another field: put the whole value in quotes, e.g. ${key}: "${value.trim().replace(/"/g, '\\"')}"`,
        };
      }
      if (/^-(\s|$)/.test(value)) return listItemOutOfPlace(line, col);
      const next = lines.slice(line + 1).findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
      if (next >= 0) {
        return {
          line: line + next + 1,
          col: 1,
          fieldLine: line,
          message: 'this line is indented more than the field above it, so YAML reads it as part of that value: line up fields of the same level',
        };
      }
      break;
    }
    case 'UNEXPECTED_TOKEN':
      if (/block-seq-ind/.test(raw)) return listItemOutOfPlace(line, col);
      break;
  }
  // `owner: *Platform Team*`: YAML read the "*" as a reference to another value and stopped at what followed.
  const indicator = indicatorStart(text);
  if (indicator) return { line, col: indicator.col + 1, message: indicatorMessage(text, indicator.col) };
  return { line, col, message: `YAML cannot read this line (${raw})` };
}

/** What YAML makes of a value that starts with each of its node indicators, for messages. */
const INDICATORS: Record<string, string> = {
  '*': 'an alias, a reference to a value marked elsewhere',
  '&': 'an anchor, a mark for other values to refer to, and leaves it out of the value',
  '!': 'a type tag, and leaves it out of the value or refuses it',
};

/** A "&", "*" or "!" at the start of a line's value, a list item or a flow item: a cheap test before a full parse. */
const MAYBE_INDICATOR = /(?:^|[:\-[{,])[ \t]*[&*!]/m;

/** The 0-based column of the first unquoted value on `line` (a field's value, a list item) that starts with *, & or !. */
function indicatorStart(line: string): { col: number } | undefined {
  const m = /^(\s*(?:-\s+)*(?:[^\s"'#:[\]{},][^:#]*?:\s+)?(?:\[\s*(?:[^,\]]*,\s*)*)?)([*&!])/.exec(line);
  return m ? { col: m[1].length } : undefined;
}

/** The message for an unquoted value starting at `col` of `line` with *, & or !. */
function indicatorMessage(line: string, col: number): string {
  const ch = INDICATORS[line[col]] ? line[col] : '!';
  return `a value cannot start with "${ch}" unless it is in quotes (YAML reads it as ${INDICATORS[ch]}): ${quotedAt(line, col)}`;
}

/**
 * What to write for the unquoted value that starts at `col` (0-based) of `line`: the line with that value in double
 * quotes. Inside a flow list (`tags: [on-call, @sre]`) the value is the one item, up to the next "," or "]"; it was
 * taken to the end of the line, and the advice was `tags: "@sre]"` (a new adopter's trial, 2 December 2026).
 */
function quotedAt(line: string, col: number): string {
  const before = line.slice(0, col);
  const inFlow = (before.match(/[[{]/g)?.length ?? 0) > (before.match(/[\]}]/g)?.length ?? 0);
  const rest = line.slice(col);
  const end = inFlow ? rest.search(/\s*[,\]}]/) : -1;
  const value = (end >= 0 ? rest.slice(0, end) : rest).trim();
  const after = end >= 0 ? rest.slice(end) : '';
  return `write ${`${before}"${value.replace(/"/g, '\\"')}"${after}`.trim()}`;
}

/**
 * The first value in `text` (YAML that parses) that YAML took for an alias, an anchor or a type tag because it
 * started with *, & or ! unquoted: front matter is written by hand, where `owner: &team Ops` meaning "&team Ops" was
 * read as "Ops" without a word, and `owner: !important Ops` failed with "unknown tag". Undefined when there is none.
 */
export function yamlIndicatorProblem(text: string): YamlSyntaxProblem | undefined {
  // Most front matter has no "&", "*" or "!" where a value could start: those are not parsed a second time (the full
  // parse of every page took a sixth of a 2,000-page check, 2 December 2026).
  if (!MAYBE_INDICATOR.test(text)) return undefined;
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) return undefined;
  let offset: number | undefined;
  // The nodes themselves, not the text: a "* item" line inside a block of text is text, not an alias.
  visit(doc, (_key, node) => {
    const marked = isAlias(node) || ((isScalar(node) || isMap(node) || isSeq(node)) && (node.anchor !== undefined || node.tag !== undefined));
    if (marked && node.range && (offset === undefined || node.range[0] < offset)) offset = node.range[0];
  });
  if (offset === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  const before = text.slice(0, offset).split(/\r?\n/);
  const i = before.length - 1;
  // A node's range starts at its value; the anchor or tag in front of it is found on the line.
  const at = indicatorStart(lines[i]);
  const col = at?.col ?? before[i].length;
  return { line: i + 1, column: col + 1, field: fieldAtLine(lines, i), message: indicatorMessage(lines[i], col) };
}

/**
 * The first YAML syntax problem in `text`, or undefined when it parses. Parsed with the `yaml` package (YAML 1.2,
 * duplicate keys are errors). The line is where the problem starts — the opening bracket or quote of an unclosed
 * value, not the end of the text where the parser stopped — and `field` is the field being read there.
 */
export function yamlSyntaxProblem(text: string): YamlSyntaxProblem | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const err = doc.errors[0];
  if (!err) return undefined;
  const lines = text.split(/\r?\n/);
  const d = describe(err, lines);
  return { line: d.line + 1, column: d.col, field: fieldAtLine(lines, d.fieldLine ?? d.line), message: d.message };
}

/**
 * The ContentIssue for a YAML syntax problem in `text`, which starts `lineOffset` lines into `file` (front matter:
 * 1, after the opening `---`). `what` prefixes the message, e.g. "front matter is not valid YAML". Undefined when
 * the text parses.
 */
export function yamlSyntaxIssue(file: string, text: string, lineOffset = 0, what = 'is not valid YAML'): ContentIssue | undefined {
  const p = yamlSyntaxProblem(text);
  if (!p) return undefined;
  return issue(file, p.field, `${what}: ${p.message}`, { line: p.line + lineOffset, column: p.column });
}
