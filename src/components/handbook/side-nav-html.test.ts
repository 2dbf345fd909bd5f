import { describe, expect, it } from 'vitest';
import type { SideNavItem } from '../../lib/handbook/model';
import { sideNavItemsHtml } from './side-nav-html';

const page = (title: string, url: string, more: Partial<SideNavItem> = {}): SideNavItem => ({ title, url, current: false, ancestor: false, draft: false, ...more });

describe('sideNavItemsHtml', () => {
  const tree = page('Guides', '/handbook/guides/', {
    ancestor: true,
    children: [
      page('Install', '/handbook/guides/install/'),
      page('Deploy', '/handbook/guides/deploy/', {
        ancestor: true,
        children: [page('Roll back', '/handbook/guides/deploy/roll-back/', { current: true }), page('Canary', '/handbook/guides/deploy/canary/', { draft: true })],
      }),
      page('Monitor', '/handbook/guides/monitor/', { children: [] }),
    ],
  });

  it('nests expanded folders, marks the current page and the folders above it, but not the section itself', () => {
    expect(sideNavItemsHtml([tree], true)).toBe(
      '<li class="ds_side-navigation__item"><a href="/handbook/guides/" class="ds_side-navigation__link">Guides</a>' +
        '<ul class="ds_side-navigation__list">' +
        '<li class="ds_side-navigation__item"><a href="/handbook/guides/install/" class="ds_side-navigation__link">Install</a></li>' +
        '<li class="ds_side-navigation__item"><a href="/handbook/guides/deploy/" class="ds_side-navigation__link ds_current">Deploy</a>' +
        '<ul class="ds_side-navigation__list">' +
        '<li class="ds_side-navigation__item"><a href="/handbook/guides/deploy/roll-back/" class="ds_side-navigation__link ds_current" aria-current="page">Roll back</a></li>' +
        '<li class="ds_side-navigation__item"><a href="/handbook/guides/deploy/canary/" class="ds_side-navigation__link">Canary (draft)</a></li>' +
        '</ul></li>' +
        '<li class="ds_side-navigation__item"><a href="/handbook/guides/monitor/" class="ds_side-navigation__link">Monitor</a></li>' +
        '</ul></li>',
    );
  });

  it('highlights the section entry when it is the page shown', () => {
    expect(sideNavItemsHtml([page('Guides', '/handbook/guides/', { current: true })], true)).toContain('class="ds_side-navigation__link ds_current" aria-current="page">Guides<');
  });

  it('marks a title in another language with it, leaving "(draft)" in the site\'s (WCAG 2.2 SC 3.1.2)', () => {
    expect(sideNavItemsHtml([page('Leigeil a-mach', '/handbook/gaidhlig/leigeil-a-mach/', { lang: 'gd', draft: true })])).toBe(
      '<li class="ds_side-navigation__item"><a href="/handbook/gaidhlig/leigeil-a-mach/" class="ds_side-navigation__link"><span lang="gd">Leigeil a-mach</span> (draft)</a></li>',
    );
  });

  it('escapes titles and URLs as text', () => {
    const html = sideNavItemsHtml([page('<script>alert("x")</script> & more', '/handbook/a"b/')]);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</a>');
    expect(html).toContain('href="/handbook/a&quot;b/"');
    expect(html).not.toContain('<script>');
  });
});
