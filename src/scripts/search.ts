// Progressive enhancement for /search/: runs the query in the URL through pagefind, lists results a page at a time
// with links to the matching sections, and shows how many results each section filter holds.
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}
interface PagefindResult {
  url: string;
  excerpt: string;
  /** `lang`: the page's language when it is not the site's (`data-pagefind-meta` on the page's text). */
  meta: { title?: string; lang?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindSearch {
  results: { data(): Promise<PagefindResult> }[];
  /** Counts per filter value for this query with the chosen filters; `totalFilters` without them. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  search(q: string, opts?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
  preload(q: string, opts?: { filters?: Record<string, string> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Results shown at first and added by each "Show more results". */
const PAGE_SIZE = 10;
/** Sections of one page linked under its result: the best matches, so a long page does not fill the screen. */
const MAX_SECTIONS = 3;

/** pagefind excerpts are escaped text with <mark> tags; rebuild them as DOM nodes so nothing else is injected. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out: Node[] = [];
  doc.body.firstChild?.childNodes.forEach((n) => {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent ?? '';
      out.push(m);
    } else out.push(document.createTextNode(n.textContent ?? ''));
  });
  return out;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * One result: the page title as a link, its section, the excerpt, then links to the sections of the page that match.
 * A page in another language than the site's has its title and excerpts marked with it (WCAG 2.2 SC 3.1.2).
 */
function resultItem(d: PagefindResult, sectionNames: Map<string, string>): HTMLLIElement {
  const inPageLanguage = <E extends HTMLElement>(e: E): E => {
    if (d.meta.lang) e.lang = d.meta.lang;
    return e;
  };
  const li = el('li', 'mh_search-result');
  const h = el('h2', 'ds_h3 mh_search-result__title');
  const a = inPageLanguage(el('a', undefined, d.meta.title ?? d.url));
  a.href = d.url;
  h.append(a);
  li.append(h);
  const s = d.filters.section?.[0];
  if (s) li.append(el('p', 'mh_meta-line', `Section: ${sectionNames.get(s) ?? s}`));
  // Sub-results under a heading with an id link to that heading; the one before any heading is the page itself.
  const sections = d.sub_results.filter((r) => r.anchor && r.url !== d.url).slice(0, MAX_SECTIONS);
  if (sections.length === 0) {
    const p = inPageLanguage(el('p', 'mh_search-result__excerpt'));
    p.append(...excerptNodes(d.excerpt));
    li.append(p);
  } else {
    const ul = el('ul', 'mh_search-result__sections');
    ul.setAttribute('aria-label', `Matching sections of ${d.meta.title ?? 'this page'}`);
    for (const r of sections) {
      const item = el('li');
      const link = inPageLanguage(el('a', 'mh_search-result__section', r.title));
      link.href = r.url;
      const p = inPageLanguage(el('p', 'mh_search-result__excerpt'));
      p.append(...excerptNodes(r.excerpt));
      item.append(link, p);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/**
 * Whether the index answered: false when the browser is offline, or when the page's probe word (in `data-probe`, a
 * word the index is sure to hold, src/lib/search/probe.ts) finds nothing. pagefind answers "no results" for a query
 * whose index files it could not fetch, so without this a filtered network or a dropped connection read "No results
 * for …, check the spelling" (a search trial, 3 December 2026).
 */
async function indexAnswers(pagefind: Pagefind, probe: string | undefined): Promise<boolean> {
  if (navigator.onLine === false) return false;
  if (!probe) return true;
  return (await pagefind.search(probe)).results.length > 0;
}

/** Shows the box of ways round the site, opened for `why`: no JavaScript (as the page is served) or no index. */
function showFallback(box: HTMLElement | null, why: 'no-js' | 'no-index'): void {
  if (!box) return;
  for (const e of box.querySelectorAll<HTMLElement>('[data-search-fallback]')) e.hidden = e.dataset.searchFallback !== why;
  box.hidden = false;
}

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const q = (params.get('q') ?? '').trim();
  const section = params.get('section') ?? '';
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const select = document.getElementById('search-section') as HTMLSelectElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results') as HTMLOListElement | null;
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const noJs = document.getElementById('search-no-js');
  const probe = document.getElementById('search-form')?.dataset.probe;
  if (!input || !status || !list || !more) return;
  noJs?.setAttribute('hidden', '');
  input.value = q;
  if (select) select.value = section;
  const sectionNames = new Map(select ? [...select.options].map((o) => [o.value, o.dataset.name ?? o.text]) : []);
  if (!q) {
    status.textContent = 'Type what you are looking for and press Search.';
    return;
  }
  status.textContent = `Searching for “${q}”…`;
  // The query in the tab's title, as results pages do, so the history and the tab list tell searches apart.
  document.title = `${q}: ${document.title}`;
  try {
    const path = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    const opts = section ? { filters: { section } } : {};
    // The filter index (for the counts per section) and the query's index files are fetched side by side: fetched
    // one after the other, each query waited a round trip more (about 0.4 s on a slow mobile connection).
    await Promise.all([pagefind.filters(), pagefind.preload(q, opts)]);
    const res = await pagefind.search(q, opts);
    // Each option says how many results it would give for this query, so nobody picks a section with none.
    const counts = res.totalFilters.section ?? {};
    if (select)
      for (const o of select.options) {
        const name = o.dataset.name ?? o.text;
        const n = o.value ? counts[o.value] ?? 0 : Object.values(counts).reduce((a, b) => a + b, 0);
        o.text = `${name} (${n})`;
      }
    const total = res.results.length;
    let shown = 0;
    const showMore = async (): Promise<void> => {
      const batch = await Promise.all(res.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      const items = batch.map((d) => resultItem(d, sectionNames));
      list.append(...items);
      const first = shown;
      shown += batch.length;
      more.hidden = shown >= total;
      more.textContent = `Show more results (${Math.min(PAGE_SIZE, total - shown)} of ${total - shown} more)`;
      status.textContent = `${total} result${total === 1 ? '' : 's'} for “${q}”${sectionNames.get(section) && section ? ` in ${sectionNames.get(section)}` : ''}${total > shown ? `; showing ${shown}` : ''}.`;
      // After "Show more", focus the first new result so keyboard and screen-reader users continue from there.
      if (first > 0) items[0]?.querySelector('a')?.focus();
    };
    list.replaceChildren();
    if (total === 0) {
      more.hidden = true;
      if (!(await indexAnswers(pagefind, probe))) throw new Error('the search index did not load');
      status.textContent = `No results for “${q}”${section ? ' in this section' : ''}. Check the spelling or try fewer words, or browse the site map.`;
      return;
    }
    more.addEventListener('click', () => void showMore());
    await showMore();
  } catch {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Search is not available right now: the search index could not be loaded. The site map and the links below lead to every page.';
    // The links to every area and the site map are the way on from here.
    showFallback(noJs, 'no-index');
  }
}

void run();
