import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from './html';

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
