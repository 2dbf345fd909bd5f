import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, htmlToMarkdownReport, markdownToHtml } from './html';

describe('htmlToMarkdown', () => {
  it('keeps escaped markup as visible text, never as HTML', () => {
    expect(htmlToMarkdown('Use &lt;script&gt;alert(1)&lt;/script&gt; with care')).toBe('Use &lt;script>alert(1)&lt;/script> with care');
    expect(htmlToMarkdown('<p>Try &lt;img src=x onerror=alert(2)&gt; &amp; more</p>')).toBe('Try &lt;img src=x onerror=alert(2)> & more');
  });
  it('drops tags, keeps safe links and list items', () => {
    expect(htmlToMarkdown('<p>See <a href="https://example.org/">docs</a> and <a href="javascript:x()">this</a></p><ul><li>one</li></ul><script>bad()</script>')).toBe(
      'See [docs](https://example.org/) and this\n\n- one',
    );
  });
});

describe('markdownToHtml', () => {
  it('links reference-style links like inline ones: full, collapsed and shortcut', () => {
    // A new adopter's trial (2 December 2026): `[the runbook][runbook]` reached the BYOR HTML as bare text.
    const md = 'Read [the runbook][rb], [Docs][] and [docs], not [javascript][js].\n\n[rb]: https://example.org/runbook\n[docs]: https://example.org/docs\n[js]: javascript:alert(1)\n';
    expect(markdownToHtml(md)).toBe(
      '<p>Read <a href="https://example.org/runbook">the runbook</a>, <a href="https://example.org/docs">Docs</a> and <a href="https://example.org/docs">docs</a>, not javascript.</p>',
    );
  });
  it('keeps inline links safe and drops raw HTML', () => {
    expect(markdownToHtml('[x](https://example.org/?a=1&b="2") <b>bold</b>')).toBe('<p><a href="https://example.org/?a=1&amp;b=&quot;2&quot;">x</a> bold</p>');
  });
});

describe('importing foreign HTML: what is kept, and what is reported as left out', () => {
  it('keeps bold, italic and code as Markdown, and names the tags it drops', () => {
    // A new adopter's trial (3 December 2026): "<strong>SQL</strong>" and a <script> vanished without a word.
    expect(htmlToMarkdownReport("<p>Transforms in <strong>SQL</strong>, <em>tested</em> with <code>dbt test</code>.</p><script>alert('x')</script> Noise<img src=x>")).toEqual({
      markdown: 'Transforms in **SQL**, *tested* with `dbt test`.\n\nNoise',
      dropped: ['img', 'script'],
    });
    expect(htmlToMarkdownReport('<p>Plain <a href="https://example.org/">link</a></p>').dropped).toEqual([]);
    // A name stays plain text.
    expect(htmlToMarkdown('<b>Kafka</b>', { plain: true })).toBe('Kafka');
  });
});
