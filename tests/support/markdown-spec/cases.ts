// Conformance cases beyond CommonMark: the GFM specification's extension examples (GitHub Flavored Markdown Spec
// 0.29-gfm, example numbers as in that spec), footnotes as GitHub renders them, and the cases editors hit that this
// issue fixed (a body that starts with ---, a first line that is indented, local images, disallowed raw HTML).
import type { SpecCase } from './fixture';

type Case = Omit<SpecCase, 'id' | 'suite'>;

/** The GFM spec's examples for the extensions the product supports (tables, task lists, strikethrough, autolinks, tag filter). */
const GFM_SPEC: Case[] = [
  { number: 198, section: "Tables", markdown: "| foo | bar |\n| --- | --- |\n| baz | bim |\n", html: "<table>\n<thead>\n<tr>\n<th>foo</th>\n<th>bar</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>baz</td>\n<td>bim</td>\n</tr>\n</tbody>\n</table>\n" },
  { number: 199, section: "Tables", markdown: "| abc | defghi |\n:-: | -----------:\nbar | baz\n", html: "<table>\n<thead>\n<tr>\n<th align=\"center\">abc</th>\n<th align=\"right\">defghi</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"center\">bar</td>\n<td align=\"right\">baz</td>\n</tr>\n</tbody>\n</table>\n" },
  { number: 200, section: "Tables", markdown: "| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n", html: "<table>\n<thead>\n<tr>\n<th>f|oo</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b <code>|</code> az</td>\n</tr>\n<tr>\n<td>b <strong>|</strong> im</td>\n</tr>\n</tbody>\n</table>\n" },
  { number: 201, section: "Tables", markdown: "| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n", html: "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>\n</tbody>\n</table>\n<blockquote>\n<p>bar</p>\n</blockquote>\n" },
  { number: 202, section: "Tables", markdown: "| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n", html: "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>\n<tr>\n<td>bar</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n<p>bar</p>\n" },
  { number: 203, section: "Tables", markdown: "| abc | def |\n| --- |\n| bar |\n", html: "<p>| abc | def |\n| --- |\n| bar |</p>\n" },
  { number: 204, section: "Tables", markdown: "| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n", html: "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>bar</td>\n<td></td>\n</tr>\n<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>\n</tbody>\n</table>\n" },
  { number: 205, section: "Tables", markdown: "| abc | def |\n| --- | --- |\n", html: "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n</table>\n" },
  { number: 279, section: "Task list items", markdown: "- [ ] foo\n- [x] bar\n", html: "<ul>\n<li><input disabled=\"\" type=\"checkbox\"> foo</li>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> bar</li>\n</ul>\n" },
  { number: 280, section: "Task list items", markdown: "- [x] foo\n  - [ ] bar\n  - [x] baz\n- [ ] bim\n", html: "<ul>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> foo\n<ul>\n<li><input disabled=\"\" type=\"checkbox\"> bar</li>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> baz</li>\n</ul>\n</li>\n<li><input disabled=\"\" type=\"checkbox\"> bim</li>\n</ul>\n" },
  { number: 491, section: "Strikethrough", markdown: "~~Hi~~ Hello, world!\n", html: "<p><del>Hi</del> Hello, world!</p>\n" },
  { number: 492, section: "Strikethrough", markdown: "This ~~has a\n\nnew paragraph~~.\n", html: "<p>This ~~has a</p>\n<p>new paragraph~~.</p>\n" },
  { number: 621, section: "Autolinks", markdown: "www.commonmark.org\n", html: "<p><a href=\"http://www.commonmark.org\">www.commonmark.org</a></p>\n" },
  { number: 622, section: "Autolinks", markdown: "Visit www.commonmark.org/help for more information.\n", html: "<p>Visit <a href=\"http://www.commonmark.org/help\">www.commonmark.org/help</a> for more information.</p>\n" },
  { number: 623, section: "Autolinks", markdown: "Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.\n", html: "<p>Visit <a href=\"http://www.commonmark.org\">www.commonmark.org</a>.</p>\n<p>Visit <a href=\"http://www.commonmark.org/a.b\">www.commonmark.org/a.b</a>.</p>\n" },
  { number: 624, section: "Autolinks", markdown: "www.google.com/search?q=Markup+(business)\n\nwww.google.com/search?q=Markup+(business)))\n\n(www.google.com/search?q=Markup+(business))\n\n(www.google.com/search?q=Markup+(business)\n", html: "<p><a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a></p>\n<p><a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a>))</p>\n<p>(<a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a>)</p>\n<p>(<a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a></p>\n" },
  { number: 625, section: "Autolinks", markdown: "www.google.com/search?q=(business))+ok\n", html: "<p><a href=\"http://www.google.com/search?q=(business))+ok\">www.google.com/search?q=(business))+ok</a></p>\n" },
  { number: 626, section: "Autolinks", markdown: "www.google.com/search?q=commonmark&hl=en\n\nwww.google.com/search?q=commonmark&hl;\n", html: "<p><a href=\"http://www.google.com/search?q=commonmark&amp;hl=en\">www.google.com/search?q=commonmark&amp;hl=en</a></p>\n<p><a href=\"http://www.google.com/search?q=commonmark\">www.google.com/search?q=commonmark</a>&amp;hl;</p>\n" },
  { number: 627, section: "Autolinks", markdown: "www.commonmark.org/he<lp\n", html: "<p><a href=\"http://www.commonmark.org/he\">www.commonmark.org/he</a>&lt;lp</p>\n" },
  { number: 628, section: "Autolinks", markdown: "http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))\n\nAnonymous FTP is available at ftp://foo.bar.baz.\n", html: "<p><a href=\"http://commonmark.org\">http://commonmark.org</a></p>\n<p>(Visit <a href=\"https://encrypted.google.com/search?q=Markup+(business)\">https://encrypted.google.com/search?q=Markup+(business)</a>)</p>\n<p>Anonymous FTP is available at <a href=\"ftp://foo.bar.baz\">ftp://foo.bar.baz</a>.</p>\n" },
  { number: 629, section: "Autolinks", markdown: "foo@bar.baz\n", html: "<p><a href=\"mailto:foo@bar.baz\">foo@bar.baz</a></p>\n" },
  { number: 630, section: "Autolinks", markdown: "hello@mail+xyz.example isn\'t valid, but hello+xyz@mail.example is.\n", html: "<p>hello@mail+xyz.example isn't valid, but <a href=\"mailto:hello+xyz@mail.example\">hello+xyz@mail.example</a> is.</p>\n" },
  { number: 631, section: "Autolinks", markdown: "a.b-c_d@a.b\n\na.b-c_d@a.b.\n\na.b-c_d@a.b-\n\na.b-c_d@a.b_\n", html: "<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a></p>\n<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a>.</p>\n<p>a.b-c_d@a.b-</p>\n<p>a.b-c_d@a.b_</p>\n" },
  { number: 653, section: "Disallowed raw HTML", markdown: "<strong> <title> <style> <em>\n\n<blockquote>\n  <xmp> is disallowed.  <XMP> is also disallowed.\n</blockquote>\n", html: "<p><strong> &lt;title> &lt;style> <em></p>\n<blockquote>\n  &lt;xmp> is disallowed.  &lt;XMP> is also disallowed.\n</blockquote>\n" },
];

/**
 * Footnotes are not in the GFM spec; GitHub's rendering (docs.github.com, "Basic writing and formatting syntax",
 * Footnotes) is the reference: a superscript link to the note, the notes in a labelled section at the end, each with a
 * link back. Numbers follow the order of first reference, whatever the labels.
 */
const FOOTNOTES: Case[] = [
  {
    number: 1,
    section: 'Footnotes',
    markdown: 'A claim.[^1]\n\n[^1]: The source.\n',
    html:
      '<p>A claim.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup></p>\n' +
      '<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>\n' +
      '<li id="user-content-fn-1">\n<p>The source. <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>\n</li>\n' +
      '</ol>\n</section>\n',
  },
  {
    number: 2,
    section: 'Footnotes',
    markdown: 'First[^note] and second[^2], first again[^note].\n\n[^2]: Two.\n[^note]: One,\n    on two lines.\n',
    html:
      '<p>First<sup><a href="#user-content-fn-note" id="user-content-fnref-note" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup> ' +
      'and second<sup><a href="#user-content-fn-2" id="user-content-fnref-2" data-footnote-ref="" aria-describedby="footnote-label">2</a></sup>, ' +
      'first again<sup><a href="#user-content-fn-note" id="user-content-fnref-note-2" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>.</p>\n' +
      '<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>\n' +
      '<li id="user-content-fn-note">\n<p>One,\non two lines. <a href="#user-content-fnref-note" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a> ' +
      '<a href="#user-content-fnref-note-2" data-footnote-backref="" aria-label="Back to reference 1-2" class="data-footnote-backref">↩<sup>2</sup></a></p>\n</li>\n' +
      '<li id="user-content-fn-2">\n<p>Two. <a href="#user-content-fnref-2" data-footnote-backref="" aria-label="Back to reference 2" class="data-footnote-backref">↩</a></p>\n</li>\n' +
      '</ol>\n</section>\n',
  },
  {
    number: 3,
    section: 'Footnotes',
    markdown: 'No note here[^missing].\n',
    html: '<p>No note here[^missing].</p>\n',
  },
];

/**
 * What editors write that the pipeline around the parser used to lose or break (issue 16), as the CommonMark and GFM
 * specs say it must render. `.mdx` cases check that MDX pages start their body at the right place too.
 */
const EDITOR: Case[] = [
  { number: 1, section: 'Body start', markdown: '---\nFoo\n---\nBar\n', html: '<hr />\n<h2>Foo</h2>\n<p>Bar</p>\n' },
  { number: 2, section: 'Body start', markdown: '***\n\n---\n', html: '<hr />\n<hr />\n' },
  { number: 3, section: 'Body start', markdown: '    indented code\n\ntext\n', html: '<pre><code>indented code\n</code></pre>\n<p>text</p>\n' },
  { number: 4, section: 'Body start', markdown: '   ```\n   fenced\n   ```\n', html: '<pre><code>fenced\n</code></pre>\n' },
  { number: 5, section: 'Body start', markdown: '\n\n    after blank lines\n', html: '<pre><code>after blank lines\n</code></pre>\n' },
  { number: 6, section: 'Body start', markdown: '---\nFoo\n---\nBar\n', html: '<hr />\n<h2>Foo</h2>\n<p>Bar</p>\n', ext: '.mdx' },
  { number: 7, section: 'Body start', markdown: '  - a\n  - b\n', html: '<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n', ext: '.mdx' },
  { number: 8, section: 'Local images', markdown: '![A photo](photo.png)\n', html: '<p><img src="photo.png" alt="A photo" /></p>\n' },
  { number: 9, section: 'Local images', markdown: '![In brackets](<photo two.jpg>)\n', html: '<p><img src="photo%20two.jpg" alt="In brackets" /></p>\n' },
  { number: 10, section: 'Local images', markdown: '![By reference][r]\n\n[r]: ./img/ref.png "Title"\n', html: '<p><img src="./img/ref.png" alt="By reference" title="Title" /></p>\n' },
  { number: 11, section: 'Local images', markdown: '![Collapsed][]\n\n[collapsed]: ../local-images/photo.png\n', html: '<p><img src="../local-images/photo.png" alt="Collapsed" /></p>\n' },
  { number: 12, section: 'Local images', markdown: '![No extension](diagram)\n', html: '<p><img src="diagram" alt="No extension" /></p>\n' },
  { number: 13, section: 'Raw HTML', markdown: '<iframe src="https://example.org/"></iframe>\n\nText with <textarea>inline</textarea>.\n', html: '&lt;iframe src="https://example.org/">&lt;/iframe>\n<p>Text with &lt;textarea>inline&lt;/textarea>.</p>\n' },
  { number: 14, section: 'Raw HTML', markdown: '<TITLE>Shouting</TITLE>\n', html: '&lt;TITLE>Shouting&lt;/TITLE>\n' },
];

const label = (suite: SpecCase['suite'], prefix: string) => (c: Case): SpecCase => ({ ...c, suite, id: `${prefix}-${String(c.number).padStart(3, '0')}` });

/** Every GFM extension case (spec examples and footnotes). */
export const gfmCases = (): SpecCase[] => [...GFM_SPEC.map(label('gfm', 'gfm')), ...FOOTNOTES.map(label('gfm', 'fn'))];

/** The editor cases of issue 16. */
export const editorCases = (): SpecCase[] => EDITOR.map(label('editor', 'ed'));
