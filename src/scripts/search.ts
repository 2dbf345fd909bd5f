// Progressive enhancement for /search/: runs the query in the URL through pagefind and lists the results.
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  search(q: string, opts?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
  options(o: Record<string, unknown>): Promise<void>;
}

const MAX_RESULTS = 30;

/** pagefind excerpts are escaped text with <mark> tags; rebuild them as DOM nodes so nothing else is injected. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out: Node[] = [];
  doc.body.firstChild?.childNodes.forEach((n) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(n.textContent ?? ''));
    else if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent ?? '';
      out.push(m);
    } else out.push(document.createTextNode(n.textContent ?? ''));
  });
  return out;
}

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const q = (params.get('q') ?? '').trim();
  const section = params.get('section') ?? '';
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const select = document.getElementById('search-section') as HTMLSelectElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!input || !status || !list) return;
  input.value = q;
  if (select) select.value = section;
  if (!q) {
    status.textContent = 'Type what you are looking for and press Search.';
    return;
  }
  status.textContent = `Searching for “${q}”…`;
  try {
    const path = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    const res = await pagefind.search(q, section ? { filters: { section } } : {});
    const data = await Promise.all(res.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        li.className = 'mh_search-result';
        const h = document.createElement('h2');
        h.className = 'ds_h3';
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        h.append(a);
        const p = document.createElement('p');
        p.append(...excerptNodes(d.excerpt));
        const s = d.filters.section?.[0];
        if (s) {
          const tag = document.createElement('p');
          tag.className = 'mh_meta-line';
          tag.textContent = `Section: ${s}`;
          li.append(h, tag, p);
        } else li.append(h, p);
        return li;
      }),
    );
    const n = res.results.length;
    status.textContent =
      n === 0
        ? `No results for “${q}”. Check the spelling or try fewer words, or browse the site map.`
        : `${n} result${n === 1 ? '' : 's'} for “${q}”${n > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}` : ''}.`;
  } catch {
    status.textContent = 'Search is not available right now. Use the site map to find pages.';
  }
}

void run();
