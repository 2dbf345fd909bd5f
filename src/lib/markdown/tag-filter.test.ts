import { describe, expect, it } from 'vitest';
import { disallowedTags, filterTags } from './tag-filter';
import { renderMarkdown } from './render.testing';
import { analyseMarkdown } from './analyse';

describe("GFM's tag filter", () => {
  it('escapes the < of the nine disallowed tags, in any letter case, and nothing else', () => {
    expect(filterTags('<script>x</script> <TEXTAREA rows=2> <iframe/> <title>t</title> <em>ok</em> <scripts>')).toBe(
      '&lt;script>x&lt;/script> &lt;TEXTAREA rows=2> &lt;iframe/> &lt;title>t&lt;/title> <em>ok</em> <scripts>',
    );
    expect(disallowedTags('<xmp> <noembed></noembed> <NOFRAMES> <plaintext> <style>')).toEqual(['xmp', 'noembed', 'noframes', 'plaintext', 'style']);
  });

  it('renders disallowed raw HTML as text, in blocks and inline, so it cannot swallow the rest of the page', async () => {
    const { html } = await renderMarkdown('<textarea>\n\n*foo*\n\n</textarea>\n\nText <style>p{}</style> and <em>kept</em>.\n');
    expect(html).not.toMatch(/<(textarea|style)\b/i);
    expect(html).toContain('&#x3C;textarea>');
    expect(html).toContain('<p>Text &#x3C;style>p{}&#x3C;/style> and <em>kept</em>.</p>');
  });

  it('is a check error at the line of the tag, saying what to do', () => {
    const a = analyseMarkdown('Intro.\n\n<iframe src="https://example.org/"></iframe>\n\nText <textarea>x</textarea>\n', { bodyLine: 8 });
    expect(a.problems.map((p) => `${p.line}:${p.column} ${p.field} ${p.message}`)).toEqual([
      "10:1 html raw HTML <iframe>: GitHub's tag filter disallows it (it can hide or take over the rest of the page), so the page would show it as text; remove it, or write it in `code`",
      "12:6 html raw HTML <textarea>: GitHub's tag filter disallows it (it can hide or take over the rest of the page), so the page would show it as text; remove it, or write it in `code`",
    ]);
  });
});
