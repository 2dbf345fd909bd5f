// A lenient HTML tokenizer that keeps raw HTML exactly as written (no tree repair), and the CommonMark spec's
// normalising serialiser; the conformance suites compare rendered pages with the spec's expected HTML through these.
import { decodeHTMLStrict } from 'entities';

export type Token =
  | { type: 'start'; tag: string; attrs: [string, string | undefined][]; selfClosing: boolean }
  | { type: 'end'; tag: string }
  | { type: 'text'; text: string }
  /** Comments, declarations, processing instructions and CDATA, kept verbatim. */
  | { type: 'raw'; kind: 'comment' | 'decl' | 'pi' | 'cdata'; text: string };

const ATTR = String.raw`[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
const PATTERNS: [RegExp, (m: RegExpExecArray) => Token][] = [
  [/<!---?>/y, (m) => ({ type: 'raw', kind: 'comment', text: m[0] })],
  [/<!--[\s\S]*?-->/y, (m) => ({ type: 'raw', kind: 'comment', text: m[0] })],
  [/<!\[CDATA\[[\s\S]*?\]\]>/y, (m) => ({ type: 'raw', kind: 'cdata', text: m[0] })],
  [/<\?[\s\S]*?\?>/y, (m) => ({ type: 'raw', kind: 'pi', text: m[0] })],
  [/<![a-zA-Z][^>]*>/y, (m) => ({ type: 'raw', kind: 'decl', text: m[0] })],
  [/<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/y, (m) => ({ type: 'end', tag: m[1].toLowerCase() })],
  [
    new RegExp(String.raw`<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+${ATTR})*)\s*(/?)>`, 'y'),
    (m) => ({ type: 'start', tag: m[1].toLowerCase(), attrs: parseAttrs(m[2]), selfClosing: m[3] === '/' }),
  ],
];

function parseAttrs(src: string): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  for (const m of src.matchAll(/([a-zA-Z_:][a-zA-Z0-9_.:-]*)(?:\s*=\s*(?:([^\s"'=<>\x60]+)|'([^']*)'|"([^"]*)"))?/g)) {
    const raw = m[2] ?? m[3] ?? m[4];
    out.push([m[1].toLowerCase(), raw === undefined ? undefined : decodeHTMLStrict(raw)]);
  }
  return out;
}

/** Elements whose content is raw text: nothing inside them is a tag until their own end tag. */
const RAW_TEXT = new Set(['script', 'style']);

/**
 * Splits HTML into tags, text and verbatim pieces without building a tree, so unbalanced raw HTML (which the spec
 * passes through untouched) is compared as written. Text has its character references decoded.
 */
export function tokenize(html: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text: decodeHTMLStrict(text) });
    text = '';
  };
  while (i < html.length) {
    if (html[i] !== '<') {
      const next = html.indexOf('<', i);
      const end = next < 0 ? html.length : next;
      text += html.slice(i, end);
      i = end;
      continue;
    }
    let matched = false;
    for (const [re, make] of PATTERNS) {
      re.lastIndex = i;
      const m = re.exec(html);
      if (!m) continue;
      flush();
      const tok = make(m);
      out.push(tok);
      i += m[0].length;
      matched = true;
      if (tok.type === 'start' && RAW_TEXT.has(tok.tag) && !tok.selfClosing) {
        const close = html.slice(i).search(new RegExp(`</${tok.tag}\\s*>`, 'i'));
        const end = close < 0 ? html.length : i + close;
        if (end > i) out.push({ type: 'text', text: html.slice(i, end) });
        i = end;
      }
      break;
    }
    if (!matched) {
      text += '<';
      i += 1;
    }
  }
  flush();
  return out;
}

// The block-level tags of the spec's normaliser (commonmark-spec test/normalize.py).
const BLOCK = new Set(
  (
    'article header aside hgroup blockquote hr iframe body li map button object canvas ol caption output col p ' +
    'colgroup pre dd progress div section dl table td dt tbody embed textarea fieldset tfoot figcaption th figure ' +
    'thead footer tr form ul h1 h2 h3 h4 h5 h6 video script style'
  ).split(' '),
);

// HTML's whitespace (not Unicode's): a no-break space is content, not layout.
const trimStart = (s: string) => s.replace(/^[ \t\n\r\f]+/, '');
const trimEnd = (s: string) => s.replace(/[ \t\n\r\f]+$/, '');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The spec's normalisation (commonmark-spec test/normalize.py): whitespace runs collapse to one space outside
 * `<pre>`, whitespace around block-level tags is dropped, `<x />` becomes `<x>`, attributes are sorted and
 * lower-cased, character references become characters except `<`, `>`, `&` and `"`. Two deliberate tightenings
 * of "the same HTML": text and attribute values are compared after decoding every reference (so `"` and `&quot;`
 * agree), and an attribute without a value equals one with an empty value (`disabled` = `disabled=""`).
 */
export function serialiseNormalised(tokens: Token[]): string {
  let out = '';
  let last: 'starttag' | 'endtag' | 'data' | 'other' = 'starttag';
  let lastTag = '';
  let inPre = false;
  for (const t of tokens) {
    if (t.type === 'text') {
      let d = t.text;
      const afterTag = last === 'starttag' || last === 'endtag';
      const afterBlock = afterTag && BLOCK.has(lastTag);
      if (afterTag && lastTag === 'br') d = d.replace(/^\n+/, '');
      if (!inPre) d = d.replace(/[ \t\n\r\f]+/g, ' ');
      if (afterBlock && !inPre) d = last === 'starttag' ? trimStart(d) : trimStart(trimEnd(d));
      out += escapeText(d);
      last = 'data';
    } else if (t.type === 'start') {
      if (t.tag === 'pre') inPre = true;
      if (BLOCK.has(t.tag)) out = trimEnd(out);
      const attrs = [...t.attrs].map(([k, v]): [string, string] => [k, v ?? '']).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
      out += `<${t.tag}${attrs.map(([k, v]) => ` ${k}="${escapeText(v)}"`).join('')}>`;
      lastTag = t.tag;
      last = t.selfClosing ? 'endtag' : 'starttag';
    } else if (t.type === 'end') {
      if (t.tag === 'pre') inPre = false;
      else if (BLOCK.has(t.tag)) out = trimEnd(out);
      out += `</${t.tag}>`;
      lastTag = t.tag;
      last = 'endtag';
    } else {
      out += t.text;
      if (t.kind !== 'cdata') last = 'other';
    }
  }
  return out;
}

/** The text inside a run of tokens (what a reader sees), for collapsing highlighted code back to its source. */
export function textOf(tokens: Token[]): string {
  return tokens.map((t) => (t.type === 'text' ? t.text : '')).join('');
}
