// Progressive enhancement for a checklist page: ticks kept in localStorage (per checklist, optionally per release),
// progress, reset, print and "copy as JSON" in the exact readiness[] shape. The item ids come from the page itself.
import { readinessJson } from '../lib/checklists/entries';
import { entriesFromIds, parseReleaseParam, parseStoredTicks, serialiseTicks, storageKey } from '../lib/checklists/ticks';

/** localStorage, or undefined where the browser refuses it (private modes, blocked storage). */
function getStorage(): Storage | undefined {
  try {
    const s = window.localStorage;
    const probe = `${storageKey('probe')}`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return undefined;
  }
}

function init(root: HTMLElement): void {
  const checklistId = root.dataset.checklist ?? '';
  const title = root.dataset.title ?? checklistId;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-item]')];
  const ids = boxes.map((b) => b.dataset.item ?? '');
  const status = document.getElementById('checklist-status');
  const progress = document.getElementById('checklist-progress');
  const select = document.getElementById('checklist-release') as HTMLSelectElement | null;
  const output = document.getElementById('checklist-output');
  const json = document.getElementById('checklist-json') as HTMLTextAreaElement | null;
  const jsonFile = document.getElementById('checklist-json-file');
  const storage = getStorage();

  const announce = (text: string) => {
    if (!status) return;
    // Clear first so the same words said twice are announced twice.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = text), 50);
  };

  const release = () => parseReleaseParam(select?.value);
  const key = () => storageKey(checklistId, release());
  const ticked = () => new Set(boxes.filter((b) => b.checked).map((b) => b.dataset.item ?? ''));

  const showProgress = () => {
    if (!progress) return;
    const done = boxes.filter((b) => b.checked).length;
    const requiredLeft = boxes.filter((b) => b.hasAttribute('data-required') && !b.checked).length;
    progress.textContent =
      `${done} of ${boxes.length} ticked. ` +
      (requiredLeft === 0 ? 'Every required item is ticked.' : `${requiredLeft} required ${requiredLeft === 1 ? 'item is' : 'items are'} not ticked.`);
  };

  const load = () => {
    const saved = parseStoredTicks(storage?.getItem(key()) ?? null, ids);
    for (const b of boxes) b.checked = saved.has(b.dataset.item ?? '');
    if (output) output.hidden = true;
    showProgress();
  };

  const save = () => {
    if (!storage) return;
    const t = ticked();
    try {
      if (t.size === 0) storage.removeItem(key());
      else storage.setItem(key(), serialiseTicks(t, ids));
    } catch {
      announce('Your ticks could not be saved in this browser: they will be lost when you leave the page.');
    }
  };

  // A ?release=component@version link opens the checklist for that release, even one not in the list.
  const fromUrl = parseReleaseParam(new URLSearchParams(window.location.search).get('release'));
  if (select && fromUrl) {
    if (![...select.options].some((o) => o.value === fromUrl)) select.add(new Option(fromUrl, fromUrl));
    select.value = fromUrl;
  }

  const showFile = () => {
    if (!jsonFile) return;
    const opt = select?.selectedOptions[0];
    const r = release();
    jsonFile.textContent = r ? (opt?.dataset.file ?? `the release file of ${r}`) : 'the release file';
  };

  root.addEventListener('change', (e) => {
    if (!(e.target instanceof HTMLInputElement) || !e.target.dataset.item) return;
    save();
    showProgress();
  });

  select?.addEventListener('change', () => {
    const url = new URL(window.location.href);
    const r = release();
    if (r) url.searchParams.set('release', r);
    else url.searchParams.delete('release');
    window.history.replaceState(null, '', url);
    load();
    showFile();
    announce(r ? `Showing your ticks for ${select.selectedOptions[0]?.textContent?.trim() ?? r}.` : 'Showing your ticks for no particular release.');
  });

  document.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    save();
    showProgress();
    if (output) output.hidden = true;
    announce('All ticks cleared.');
  });

  document.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());

  document.querySelector('[data-action="copy"]')?.addEventListener('click', async () => {
    const t = ticked();
    const text = readinessJson(entriesFromIds(checklistId, ids, t));
    if (json) json.value = text;
    if (output) output.hidden = false;
    const counts = `${ids.length} results for ${title}: ${t.size} passed, ${ids.length - t.size} pending`;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      announce(`Copied ${counts}. The JSON is also shown below the buttons.`);
    } catch {
      announce(`Could not copy to the clipboard. The JSON (${counts}) is shown below the buttons: select it and copy it.`);
    }
  });

  for (const el of document.querySelectorAll<HTMLElement>('[data-checklist-js]')) el.hidden = false;
  load();
  showFile();
  if (!storage) announce('This browser does not allow the page to keep your ticks: they will be lost when you leave the page.');
}

const root = document.querySelector<HTMLElement>('[data-checklist]');
if (root) init(root);
