// Progressive enhancement for /releases/: shows the filter form and hides table rows that do not match, announcing
// how many are left. Rows carry data-component/-status/-stage/-year from filterKeys; without JS the links still work.

import { enhanceFilterForm } from './filter-form';

const form = document.getElementById('release-filter') as HTMLFormElement | null;
const table = form ? document.getElementById(form.dataset.table ?? '') : null;
const count = document.getElementById('release-count');
const none = document.getElementById('release-none');

if (form && table && count) {
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const total = rows.length;

  // A filter chosen earlier (or linked to) survives a reload: read it from the query string.
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const v = params.get(s.name);
    if (v && [...s.options].some((o) => o.value === v)) s.value = v;
  }

  const apply = (): void => {
    const wanted = selects.filter((s) => s.value !== '').map((s) => [s.name, s.value] as const);
    let shown = 0;
    for (const row of rows) {
      const match = wanted.every(([k, v]) => row.dataset[k] === v);
      row.hidden = !match;
      if (match) shown += 1;
    }
    count.textContent =
      wanted.length === 0
        ? `Showing all ${total} releases, newest first.`
        : `Showing ${shown} of ${total} releases, newest first.`;
    if (none) none.hidden = shown > 0;
    const query = new URLSearchParams(wanted.map(([k, v]) => [k, v])).toString();
    history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
  };

  enhanceFilterForm(form, apply, selects.some((s) => s.value !== ''));
}
