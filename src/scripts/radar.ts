// Progressive enhancement for radar pages: highlights a blip and its list item together on hover and focus, and
// filters both by tag. Blips and list items carry data-blip and data-tags (keys joined by "|"); without JavaScript
// the form stays hidden and everything is shown.

import { enhanceFilterForm } from './filter-form';

const view = document.getElementById('radar-view');
const form = document.getElementById('radar-filter') as HTMLFormElement | null;

if (view) {
  const items = [...view.querySelectorAll<HTMLElement | SVGElement>('[data-blip]')];
  const byId = new Map<string, Array<HTMLElement | SVGElement>>();
  for (const el of items) {
    const id = el.dataset.blip!;
    byId.set(id, [...(byId.get(id) ?? []), el]);
  }

  // Hover or focus on either the blip or its list item lights up both.
  const highlight = (id: string | undefined, on: boolean): void => {
    if (!id) return;
    for (const el of byId.get(id) ?? []) el.classList.toggle('mh_is-active', on);
  };
  const owner = (t: EventTarget | null): HTMLElement | SVGElement | null =>
    t instanceof Element ? (t.closest('[data-blip]') as HTMLElement | SVGElement | null) : null;
  for (const [on, events] of [[true, ['mouseover', 'focusin']], [false, ['mouseout', 'focusout']]] as const)
    for (const type of events)
      view.addEventListener(type, (e) => {
        const el = owner(e.target);
        // Moving between children of the same item is not leaving it.
        if (!on && el && el.contains((e as MouseEvent | FocusEvent).relatedTarget as Node | null)) return;
        highlight(el?.dataset.blip, on);
      });

  const select = form?.querySelector<HTMLSelectElement>('select[name="tag"]');
  const status = document.getElementById('radar-filter-status');
  if (form && select && status) {
    const blips = items.filter((el) => el instanceof SVGElement);
    const listItems = items.filter((el) => el instanceof HTMLElement);
    const total = blips.length;

    const params = new URLSearchParams(location.search);
    const wanted = params.get('tag');
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;

    const apply = (): void => {
      const tag = select.value;
      const match = (el: HTMLElement | SVGElement) => tag === '' || (el.dataset.tags ?? '').split('|').includes(tag);
      let shown = 0;
      for (const el of blips) {
        const ok = match(el);
        el.classList.toggle('mh_is-filtered', !ok);
        if (ok) shown += 1;
      }
      for (const li of listItems as HTMLElement[]) li.hidden = !match(li);
      // A ring or quadrant with nothing left says so instead of showing an empty heading.
      for (const ring of view.querySelectorAll<HTMLElement>('.mh_radar-lists__ring'))
        ring.hidden = ![...ring.querySelectorAll<HTMLElement>('[data-blip]')].some((li) => !li.hidden);
      const label = select.selectedOptions[0]?.textContent?.replace(/\s*\(\d+\)$/, '') ?? tag;
      const blipsWord = total === 1 ? 'blip' : 'blips';
      status.textContent = tag === '' ? `Showing all ${total} ${blipsWord}.` : `Showing ${shown} of ${total} ${blipsWord}, tagged “${label}”.`;
      const query = tag ? `?tag=${encodeURIComponent(tag)}` : '';
      history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
    };

    enhanceFilterForm(form, apply, select.value !== '');
  }
}
