// Progressive enhancement for a checklist page: ticks kept in localStorage (per checklist, optionally per release),
// progress, reset, print and "copy as JSON" in the exact readiness[] shape. The item ids come from the page itself.
import { readinessJson } from '../lib/checklists/entries';
import type { ItemResult } from '../lib/checklists/entries';
import { entriesFromIds, parseReleaseParam, parseStoredResults, serialiseResults, storageKey } from '../lib/checklists/ticks';

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
  // Each item's recorded result: the tick box is "passed"; the result list beside it records the other results.
  const resultSelect = (id: string) => root.querySelector<HTMLSelectElement>(`select[data-result-for="${id}"]`);
  const reasonBox = (id: string) => root.querySelector<HTMLElement>(`[data-reason-for="${id}"]`);
  const reasonInput = (id: string) => root.querySelector<HTMLInputElement>(`input[data-reason-input="${id}"]`);
  const results = (): Map<string, ItemResult> => {
    const out = new Map<string, ItemResult>();
    for (const id of ids) {
      const r = resultSelect(id)?.value as ItemResult['result'] | '' | undefined;
      if (!r) continue;
      out.set(id, r === 'waived' ? { result: r, waiverReason: reasonInput(id)?.value ?? '' } : { result: r });
    }
    return out;
  };
  const show = (id: string, r: ItemResult | undefined) => {
    const box = boxes.find((b) => b.dataset.item === id);
    if (box) box.checked = r?.result === 'pass';
    const sel = resultSelect(id);
    if (sel) sel.value = r?.result ?? '';
    const reason = reasonBox(id);
    if (reason) reason.hidden = r?.result !== 'waived';
    const input = reasonInput(id);
    if (input) input.value = r?.waiverReason ?? '';
  };

  const showProgress = () => {
    if (!progress) return;
    const r = results();
    const done = boxes.filter((b) => b.checked).length;
    const recorded = r.size - done;
    // A required item is met when it passed, was waived with a reason, or does not apply (the readiness rules).
    const met = (id: string) => {
      const x = r.get(id);
      return x !== undefined && (x.result === 'pass' || x.result === 'not-applicable' || (x.result === 'waived' && !!x.waiverReason?.trim()));
    };
    const requiredLeft = boxes.filter((b) => b.hasAttribute('data-required') && !met(b.dataset.item ?? '')).length;
    progress.textContent =
      `${done} of ${boxes.length} ticked${recorded > 0 ? `, ${recorded} with another result` : ''}. ` +
      (requiredLeft === 0 ? 'Every required item is met.' : `${requiredLeft} required ${requiredLeft === 1 ? 'item is' : 'items are'} not met.`);
  };

  const load = () => {
    const saved = parseStoredResults(storage?.getItem(key()) ?? null, ids);
    for (const id of ids) show(id, saved.get(id));
    if (output) output.hidden = true;
    showProgress();
  };

  const save = () => {
    if (!storage) return;
    const r = results();
    try {
      if (r.size === 0) storage.removeItem(key());
      else storage.setItem(key(), serialiseResults(r, ids));
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
    const t = e.target;
    if (t instanceof HTMLInputElement && t.dataset.item) {
      // Ticking records a pass; unticking a pass clears it (any other result stays until it is changed).
      const id = t.dataset.item;
      const sel = resultSelect(id);
      if (t.checked) show(id, { result: 'pass' });
      else if (sel?.value === 'pass') show(id, undefined);
    } else if (t instanceof HTMLSelectElement && t.dataset.resultFor) {
      const id = t.dataset.resultFor;
      const r = t.value as ItemResult['result'] | '';
      show(id, r ? { result: r, waiverReason: reasonInput(id)?.value } : undefined);
      if (r === 'waived') reasonInput(id)?.focus();
    } else if (!(t instanceof HTMLInputElement && t.dataset.reasonInput)) return;
    save();
    showProgress();
  });
  // A waiver's reason is saved as it is typed.
  root.addEventListener('input', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.dataset.reasonInput) {
      save();
      showProgress();
    }
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
    for (const id of ids) show(id, undefined);
    save();
    showProgress();
    if (output) output.hidden = true;
    announce('All ticks cleared.');
  });

  document.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());

  document.querySelector('[data-action="copy"]')?.addEventListener('click', async () => {
    const r = results();
    const text = readinessJson(entriesFromIds(checklistId, ids, r));
    if (json) json.value = text;
    if (output) output.hidden = false;
    const n = (k: ItemResult['result']) => [...r.values()].filter((x) => x.result === k).length;
    const counts =
      `${ids.length} results for ${title}: ${n('pass')} passed, ${n('fail')} failed, ${n('waived')} waived, ` +
      `${n('not-applicable')} not applicable, ${ids.length - r.size} pending`;
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
