import { describe, expect, it } from 'vitest';
import { inlineMarkdownHtml, resolveFieldUrl } from './inline';

describe('inlineMarkdownHtml', () => {
  it('shows links, emphasis and code, and escapes every character of text', () => {
    // A new adopter's trial (2 December 2026): a reason's Markdown was published as typed, brackets and all.
    expect(inlineMarkdownHtml('Chosen over [Flux](/radar/blips/flux/) for *its UI*; see `argocd app diff` & <b>ADR</b>.', '/radar/blips/argo-cd/')).toBe(
      'Chosen over <a href="/radar/blips/flux/">Flux</a> for <em>its UI</em>; see <code>argocd app diff</code> &amp; &lt;b&gt;ADR&lt;/b&gt;.',
    );
  });
  it('never links an unsafe scheme, and shows raw HTML as text', () => {
    expect(inlineMarkdownHtml('[x](javascript:alert(1)) <script>alert(2)</script>', '/radar/blips/a/')).toBe('x &lt;script&gt;alert(2)&lt;/script&gt;');
  });
  it('runs paragraphs on, and shows a list as its text', () => {
    expect(inlineMarkdownHtml('First.\n\nSecond **strong**.\n\n- a\n- b', '/')).toBe('First. Second <strong>strong</strong>. ab');
  });
  it('is empty for an empty field', () => {
    expect(inlineMarkdownHtml('  ', '/')).toBe('');
  });
});

describe('resolveFieldUrl', () => {
  it('resolves site paths and relative links against where the field is shown; absolute bases give absolute URLs', () => {
    expect(resolveFieldUrl('../flux/', '/radar/blips/argo-cd/')).toBe('/radar/blips/flux/');
    expect(resolveFieldUrl('#history', '/radar/blips/argo-cd/')).toBe('/radar/blips/argo-cd/#history');
    expect(resolveFieldUrl('/releases/', 'https://handbook.example/radar/blips/argo-cd/')).toBe('https://handbook.example/releases/');
    expect(resolveFieldUrl('https://argo-cd.readthedocs.io/', '/x/')).toBe('https://argo-cd.readthedocs.io/');
    expect(resolveFieldUrl('mailto:release@example.org', '/x/')).toBe('mailto:release@example.org');
    expect(resolveFieldUrl('data:text/html,x', '/x/')).toBeUndefined();
  });
});
