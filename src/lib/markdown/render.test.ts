import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render.testing';
import { analyseMarkdown } from './analyse';
import { contentsOf } from './contents';
import { styleToClasses } from './highlight';

const html = async (md: string) => (await renderMarkdown(md)).html;

describe('Markdown rendering under the strict CSP', () => {
  it('never writes a style attribute: table alignment becomes classes', async () => {
    const out = await html('| L | C | R | N |\n|:--|:-:|--:|---|\n| a | b | c | d |');
    expect(out).not.toMatch(/\sstyle=|\salign=/);
    expect(out).toContain('<th class="mh_align-left">L</th>');
    expect(out).toContain('<th class="mh_align-center">C</th>');
    expect(out).toContain('<td class="mh_align-right">c</td>');
    expect(out).toContain('<th>N</th>');
  });
  it('puts each table in a focusable box labelled by its number and section', async () => {
    const out = await html('| a |\n|---|\n| 1 |\n\n## Release windows\n\n| b |\n|---|\n| 2 |');
    expect(out).toContain('<div class="mh_scroll" role="group" tabindex="0" aria-label="Table 1"><table>');
    expect(out).toContain('<div class="mh_scroll" role="group" tabindex="0" aria-label="Table 2: Release windows"><table>');
  });
  it('highlights fenced code with classes only, keeping every line, in a labelled focusable box', async () => {
    const out = await html('## Set-up\n\n```ts\nconst x: number = 1; // a comment that is long enough to need scrolling on a phone\nlet y = "s";\n```\n\n```\nplain\n```');
    expect(out).not.toMatch(/\sstyle=/);
    expect(out).toContain('<div class="mh_code" data-language="ts"><pre class="mh_code__pre" tabindex="0" data-language="ts" role="group" aria-label="Code example 1: Set-up">');
    expect(out).toContain('<span class="mh_tok-keyword">const</span>');
    expect(out).toContain('<span class="mh_tok-comment">// a comment that is long enough to need scrolling on a phone</span>');
    expect(out).toContain('<span class="mh_tok-string-expression"> "s"</span>');
    expect(out.match(/<span class="line">/g)).toHaveLength(3);
    expect(out).toContain('aria-label="Code example 2: Set-up"><code><span class="line"><span>plain</span></span></code></pre>');
  });
  it("highlights fenced code whose language pandoc wrote as a class ({.powershell}, {.python .numberLines})", async () => {
    const out = await html('``` {.powershell}\nGet-Service -Name "x" | Restart-Service\n```\n\n```{.python .numberLines}\nimport os\n```');
    expect(out).toContain('<div class="mh_code" data-language="powershell"><pre class="mh_code__pre" tabindex="0" data-language="powershell"');
    expect(out).toContain('<span class="mh_tok-function">Get-Service</span>');
    expect(out).toContain('<div class="mh_code" data-language="python"><pre class="mh_code__pre" tabindex="0" data-language="python"');
    expect(out).toContain('<span class="mh_tok-keyword">import</span>');
  });
  it('maps every Shiki declaration to a class and drops the rest', () => {
    expect(styleToClasses('color:var(--astro-code-token-keyword);font-style:italic')).toEqual(['mh_tok-keyword', 'mh_tok-italic']);
    expect(styleToClasses('background-color:var(--astro-code-background);color:var(--astro-code-foreground); overflow-x: auto;')).toEqual([]);
    expect(styleToClasses('user-select: none;')).toEqual(['mh_tok-nosel']);
  });
  it('renders GitHub alerts as design-system inset or warning text with a label', async () => {
    const out = await html('> [!TIP]\n> Use **feature flags**.\n\n> [!CAUTION]\n> Never skip the rehearsal.\n\n> [!NOTE] Not an alert: text follows the marker.\n\n> A plain quote.');
    expect(out).toContain('<div class="ds_inset-text mh_alert mh_alert--tip" role="note" aria-label="Tip"><p class="mh_alert__label" aria-hidden="true">Tip</p><div class="ds_inset-text__text"><p>Use <strong>feature flags</strong>.</p></div></div>');
    expect(out).toContain('<div class="ds_warning-text mh_alert mh_alert--caution" role="note" aria-label="Caution"><strong class="ds_warning-text__icon" aria-hidden="true"></strong><div class="ds_warning-text__text"><p class="mh_alert__label" aria-hidden="true">Caution</p><p>Never skip the rehearsal.</p></div></div>');
    expect(out).toContain('<blockquote>\n<p>[!NOTE] Not an alert: text follows the marker.</p>\n</blockquote>');
    expect(out).toContain('<blockquote>\n<p>A plain quote.</p>\n</blockquote>');
    expect(out).not.toContain('[!TIP]');
  });
  it('starts an alert with its text when the marker line ends in spaces (a hard break in Markdown)', async () => {
    const out = await html('> [!WARNING]   \n> Trailing spaces after the marker.');
    expect(out).toContain('<p class="mh_alert__label" aria-hidden="true">Warning</p><p>Trailing spaces after the marker.</p>');
    expect(out).not.toContain('<br>');
  });
  it('labels the footnotes section with the design system visually-hidden class and leaves it out of the contents', async () => {
    const r = await renderMarkdown('## A\n\nText[^1].\n\n## B\n\n### B1\n\n[^1]: Note.');
    expect(r.html).toContain('<h2 class="visually-hidden" id="footnote-label">Footnotes</h2>');
    expect(r.html).not.toContain('sr-only');
    expect(contentsOf(r.headings)).toEqual([
      { slug: 'a', text: 'A', children: [] },
      { slug: 'b', text: 'B', children: [{ slug: 'b1', text: 'B1' }] },
    ]);
  });
  it('writes task-list state as text, with no unlabelled checkbox', async () => {
    const out = await html('- [x] Rehearsed\n- [ ] Signed off');
    expect(out).not.toContain('<input');
    expect(out).toContain('<span class="mh_task mh_task--done"><span class="mh_task__box" aria-hidden="true"></span><span class="visually-hidden">Done: </span></span> Rehearsed');
    expect(out).toContain('<span class="mh_task mh_task--todo"><span class="mh_task__box" aria-hidden="true"></span><span class="visually-hidden">Not done: </span></span> Signed off');
  });
  it('gives each <th> of a table written in HTML the scope its place implies, keeping one the editor wrote', async () => {
    // A migration trial (3 December 2026): pandoc's tables with merged cells had no scope (WCAG 1.3.1, H63).
    const out = await html(
      '<table>\n<thead><tr><th colspan="2">Service</th><th scope="col">Owner</th></tr></thead>\n' +
        '<tbody><tr><th rowspan="2">Flood warnings</th><td>1</td><td>A</td></tr><tr><th>Sign-up</th><td>B</td></tr></tbody>\n</table>\n\n' +
        '<table><tr><th>Step</th><th>Who</th></tr><tr><th>Build</th><td>CI</td></tr></table>',
    );
    const scopes = [...out.matchAll(/<th(\s[^>]*)?>([^<]*)/g)].map((m) => `${m[2]}:${/scope="([^"]+)"/.exec(m[1] ?? "")?.[1]}`);
    expect(scopes).toEqual(['Service:colgroup', 'Owner:col', 'Flood warnings:rowgroup', 'Sign-up:row', 'Step:col', 'Who:col', 'Build:row']);
  });

  it('renders a raw mailto link as one link', async () => {
    const out = await html('Write to <a href="mailto:x@example.org">x@example.org</a> or y@example.org.');
    expect(out).toBe('<p>Write to <a href="mailto:x@example.org">x@example.org</a> or <a href="mailto:y@example.org">y@example.org</a>.</p>');
  });
  it('gives headings a "link to this section" beside them, so the heading\'s name is only its text', async () => {
    const out = await html('## Using <abbr title="Change Advisory Board">CAB</abbr> approval');
    expect(out).toBe(
      '<div class="mh_heading mh_heading--h2"><h2 id="using-cab-approval">Using <abbr title="Change Advisory Board">CAB</abbr> approval</h2>' +
        '<a class="mh_heading__link" href="#using-cab-approval" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="visually-hidden">Link to the section “Using CAB approval”</span></a></div>',
    );
  });
  it('marks the site\'s own words in a page in another language with the site\'s, the heading quoted in the page\'s (a bilingual trial, 3 December 2026)', async () => {
    const md = '## Ro làimh\n\n- [x] Deuchainnean[^1]\n\n> [!NOTE]\n> Thoir an aire.\n\n[^1]: Nota.';
    const out = (await renderMarkdown(md, { lang: 'GD' })).html;
    expect(out).toContain('<span class="visually-hidden" lang="en-GB">Link to the section “<span lang="gd">Ro làimh</span>”</span>');
    expect(out).toContain('<span class="visually-hidden" lang="en-GB">Done: </span>');
    // The note's name was an attribute in the page's language: its visible label, marked, is read instead.
    expect(out).toContain('<div class="ds_inset-text mh_alert mh_alert--note" role="note"><p class="mh_alert__label" lang="en-GB">Note</p>');
    expect(out).toContain('<h2 class="visually-hidden" id="footnote-label" lang="en-GB">Footnotes</h2>');
    expect(out).toContain('<a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref" lang="en-GB">↩</a>');
    // A page in the site's language, or with a lang the check refuses, marks nothing.
    for (const fm of [undefined, { lang: 'Gaelic' }]) expect((await renderMarkdown(md, fm)).html).not.toContain('lang=');
  });
});

describe('analyseMarkdown: what the check reports', () => {
  const problems = (md: string, mdx = false) => analyseMarkdown(md, { bodyLine: 5, mdx }).problems.map((p) => `${p.line}:${p.column} ${p.field} ${p.message}`);
  it('reports a level-1 heading in the body at its line', () => {
    expect(problems('Intro\n\n# Second title')).toEqual([
      '7:1 heading a level-1 heading ("# …") in the page body: the page title is the page\'s only level-1 heading; use ## for a section',
    ]);
  });
  it('reports raw HTML the CSP would block: style attributes, <script>, <style> and event handlers', () => {
    expect(problems('<p style="color:red">x</p>\n\nText <span onclick="go()">y</span>\n\n<script>alert(1)</script>\n\n<style>p{}</style>\n\n<h1>T</h1>')).toEqual([
      '5:1 html raw HTML <p> with a style attribute: the site\'s Content-Security-Policy blocks inline styles, so it would be ignored; use Markdown, or a class from the site\'s stylesheet',
      '7:6 html raw HTML <span> with an event handler (onclick): the site\'s Content-Security-Policy blocks inline scripts, so it would not run; remove it',
      '9:1 html raw HTML <script>: the site\'s Content-Security-Policy blocks inline scripts, so it would not run; pages cannot carry their own scripts',
      '11:1 html raw HTML <style>: the site\'s Content-Security-Policy blocks inline styles, so it would be ignored; ask for a class in the site\'s stylesheet',
      '13:1 html raw HTML <h1> in the page body: the page title is the page\'s only level-1 heading; use ## for a section',
    ]);
  });
  it('reads JSX tags in MDX the same way', () => {
    expect(problems('Text\n\n<div style={{color: "red"}}>x</div>\n\n<a href="/handbook/x/" onClick={() => 1}>y</a>', true)).toEqual([
      '7:1 html raw HTML <div> with a style attribute: the site\'s Content-Security-Policy blocks inline styles, so it would be ignored; use Markdown, or a class from the site\'s stylesheet',
      '9:1 html raw HTML <a> with an event handler (onClick): the site\'s Content-Security-Policy blocks inline scripts, so it would not run; remove it',
    ]);
    expect(analyseMarkdown('<a href="/handbook/x/">y</a>', { mdx: true }).links).toEqual([{ url: '/handbook/x/', kind: 'link', source: 'html', line: 1, column: 1 }]);
  });
  it('reports a lang attribute that is not a language tag, in HTML and in MDX, and leaves real tags and lang="" alone', () => {
    expect(problems('Welcome: <span lang="Gaelic">Fàilte</span>, <span lang="gd">Fàilte</span>, <span lang="GD">Fàilte</span>, <span lang="">?</span>\n\n<p lang="xx-1">x</p>')).toEqual([
      '5:10 html raw HTML <span> with lang="Gaelic": "Gaelic" is not a language tag: write "gd" (Scottish Gaelic)',
      '7:1 html raw HTML <p> with lang="xx-1": "xx-1" is not a language tag we know: write the language\'s BCP 47 tag, e.g. "gd" for Scottish Gaelic, "cy" for Welsh, "ga" for Irish',
    ]);
    expect(problems('Text\n\n<span lang="welsh">Croeso</span> and <span lang={"cy"}>y</span>', true)).toEqual([
      '7:1 html raw HTML <span> with lang="welsh": "welsh" is not a language tag: write "cy" (Welsh)',
    ]);
    // A string literal written as an expression is the same value (a bilingual trial, 3 December 2026).
    expect(problems("Text\n\n<span lang={'Gaelic'}>Fàilte</span> <i lang={`gd_GB`}>x</i> <b lang={1 + 1}>y</b>", true)).toEqual([
      '7:1 html raw HTML <span> with lang="Gaelic": "Gaelic" is not a language tag: write "gd" (Scottish Gaelic)',
      '7:37 html raw HTML <i> with lang="gd_GB": "gd_GB" is not a language tag: write "gd-GB" (Scottish Gaelic); a tag\'s parts are joined with "-", not "_"',
    ]);
  });
  it('answers a lang attribute written as a locale or as the language\'s own name with its tag (a bilingual trial, 3 December 2026)', () => {
    expect(problems('A <span lang="gd_GB">Fàilte</span> and <i lang="Gàidhlig">madainn mhath</i>')).toEqual([
      '5:3 html raw HTML <span> with lang="gd_GB": "gd_GB" is not a language tag: write "gd-GB" (Scottish Gaelic); a tag\'s parts are joined with "-", not "_"',
      '5:40 html raw HTML <i> with lang="Gàidhlig": "Gàidhlig" is not a language tag: write "gd" (Scottish Gaelic)',
    ]);
  });
  it('warns of link text that says nothing of where it goes ("here", "read more"), not of named links or bare addresses', () => {
    expect(problems('Read the plan [here](/handbook/a/). [Click here.](/handbook/b/)\n\n[Read more](https://example.org/x) about [rollback plans](/handbook/c/) at <https://example.org/>.')).toEqual([
      '5:15 link link text "here" does not say where the link goes, and screen readers list links out of their sentence (WCAG 2.2 SC 2.4.4): make the link\'s words name what the reader will find there: "[<what it is>](/handbook/a/)"',
      '5:37 link link text "Click here." does not say where the link goes, and screen readers list links out of their sentence (WCAG 2.2 SC 2.4.4): make the link\'s words name what the reader will find there: "[<what it is>](/handbook/b/)"',
      '7:1 link link text "Read more" does not say where the link goes, and screen readers list links out of their sentence (WCAG 2.2 SC 2.4.4): make the link\'s words name what the reader will find there: "[<what it is>](https://example.org/x)"',
    ]);
  });
  it('ignores HTML inside code', () => {
    expect(problems('`<p style="x">`\n\n```html\n<script>x</script>\n```')).toEqual([]);
  });
});
