// Checklists of a fixture handbook (tests/fixtures/every-area) in Chromium: the index, a checklist page with and without
// JavaScript, and the round trip from ticks to a release file that the real rules accept and a real build shows.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openWatched, WCAG_TAGS, templateReport, CLEAN_TEMPLATE, useBrowser } from '../support/browser';
import { loadChecklists } from '../../src/lib/checklists/load';
import { allItems, type Checklist } from '../../src/lib/checklists/parse';
import { checkReadiness, isHeldTo, releaseReadiness, type ReleaseReadinessInput } from '../../src/lib/checklists/readiness';
import { passedText } from '../../src/lib/checklists/view';
import { storageKey } from '../../src/lib/checklists/ticks';
import { formatIssues } from '../../src/lib/shared/errors';
import { buildReleaseModel, loadReleaseData, releaseFilePath, releaseKey, type ReleaseData } from '../../src/lib/releases/index';
import { REPO } from '../../scripts/lib/project';
import { CONTENT_DIR_ENV, pathsUnder } from '../../src/lib/shared/content-dir';
import { buildContentDir, copyFixture, removeCopy, serveDist, tempOutDir, useServedFixture } from '../support/fixtures';

const site = useServedFixture('every-area');
const session = useBrowser();
/** The project root: the loaders read the fixture through the content-directory setting useServedFixture sets. */
const root = REPO;
let base: string;
let goNoGo: Checklist;
let checklists: Checklist[];

beforeAll(async () => {
  base = site.baseUrl;
  await session.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  ({ checklists } = await loadChecklists(root));
  goNoGo = checklists.find((c) => c.id === 'go-no-go')!;
});

const tick = (item: string) => `label[for="${item}--tick"]`;
const box = (item: string) => `#${item}--tick`;

async function open(url: string): Promise<Page> {
  return (await openWatched(session.ctx, base + url)).page;
}

/** Waits for the aria-live status to say something starting with `text`. */
async function status(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.getElementById('checklist-status')?.textContent?.startsWith(t), text);
}

/** Release data as the build reads it, for releases in `dir` (the project or a temporary copy of its content). */
function readinessInputs(dir: string, data: ReleaseData): ReleaseReadinessInput[] {
  return data.releases.map((r) => {
    const file = data.files[releaseKey(r)];
    return { ...r, file, text: fs.readFileSync(path.join(dir, file), 'utf8') };
  });
}

const templates: [string, string][] = [
  ['checklists index', '/checklists/'],
  ['checklist page', '/checklists/go-no-go/'],
  ['handbook page embedding a checklist', '/handbook/live/data/'],
];

describe.each(templates)('%s (%s)', (_name, url) => {
  it('has zero axe violations, one h1, the skip link as the first Tab stop, and no CSP violation, outside request or console error', async () => {
    expect(await templateReport(session.ctx, base + url)).toEqual(CLEAN_TEMPLATE);
  });
});

describe('checklists index', () => {
  it('lists every checklist, in display order, with what it applies to, its owner and its item counts', async () => {
    const page = await open('/checklists/');
    const titles = await page.locator('main .mh_section-list h2 a').allTextContents();
    expect(titles.length).toBe(checklists.length);
    expect(titles[0]).toBe('Go/no-go readiness'); // order: 1
    const card = page.locator('main .mh_section-list > li', { hasText: 'Go/no-go readiness' });
    const text = await card.innerText();
    expect(text).toContain('Major, minor and patch releases at general availability');
    expect(text).toContain('Release Manager');
    const items = allItems(goNoGo);
    expect(text).toContain(`${items.length} items, ${items.filter((i) => i.required).length} required`);
    await page.close();
  });
});

describe('checklist page with JavaScript', () => {
  it('marks required items in text, ties help text to its checkbox and lands on an item from its link', async () => {
    const page = await open('/checklists/go-no-go/#rollback-rehearsed');
    const items = allItems(goNoGo);
    expect(await page.locator('main fieldset legend h2').allTextContents()).toEqual(goNoGo.groups.map((g) => g.heading));
    for (const item of items) {
      const label = (await page.locator(tick(item.id)).innerText()).trim();
      expect(label.endsWith('Required'), item.id).toBe(item.required);
    }
    const described = await page.locator(box('rollback-rehearsed')).getAttribute('aria-describedby');
    await expect(page.locator(`#${described}`).innerText()).resolves.toContain('not-applicable for a low-risk release');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('rollback-rehearsed');
    await page.close();
  });

  it('lets the keyboard reach every checkbox and every button', async () => {
    const page = await open('/checklists/go-no-go/');
    await page.focus('#checklist-release');
    const reached = new Set<string>();
    // Each item has its tick box and, with JavaScript, its result list (and a reason field only once waived).
    for (let i = 0; i < 2 * allItems(goNoGo).length + 10; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.dataset.item ?? el?.dataset.action ?? el?.id ?? '';
      }));
    }
    for (const item of allItems(goNoGo)) expect(reached, item.id).toContain(item.id);
    for (const action of ['copy', 'print', 'reset']) expect(reached, action).toContain(action);
    // Space ticks the focused checkbox, as for any native checkbox.
    await page.focus(box('uat-signed-off'));
    await page.keyboard.press('Space');
    expect(await page.isChecked(box('uat-signed-off'))).toBe(true);
    await page.click('[data-action="reset"]');
    await page.close();
  });

  it('keeps ticks across a reload, per release, and Reset clears them', async () => {
    const page = await open('/checklists/go-no-go/');
    await page.click(tick('rollback-rehearsed'));
    await page.click(tick('on-call-briefed'));
    await expect(page.locator('#checklist-progress').innerText()).resolves.toMatch(/^2 of 15 ticked\. 8 required items are not met\.$/);
    await page.reload();
    expect(await page.isChecked(box('rollback-rehearsed'))).toBe(true);
    expect(await page.isChecked(box('on-call-briefed'))).toBe(true);
    expect(await page.isChecked(box('uat-signed-off'))).toBe(false);
    expect(await page.evaluate((k) => localStorage.getItem(k), storageKey('go-no-go'))).toBe('{"rollback-rehearsed":{"result":"pass"},"on-call-briefed":{"result":"pass"}}');

    // Ticks for a release are kept apart from the checklist's own, and the choice is kept in the URL.
    await page.selectOption('#checklist-release', 'payments@3.8.0');
    expect(page.url()).toContain('?release=payments%403.8.0');
    expect(await page.isChecked(box('rollback-rehearsed'))).toBe(false);
    await page.click(tick('uat-signed-off'));
    await page.goto(`${base}/checklists/go-no-go/?release=payments@3.8.0`);
    expect(await page.inputValue('#checklist-release')).toBe('payments@3.8.0');
    expect(await page.isChecked(box('uat-signed-off'))).toBe(true);
    expect(await page.isChecked(box('rollback-rehearsed'))).toBe(false);
    await page.click('[data-action="reset"]');
    await page.goto(`${base}/checklists/go-no-go/`);

    await page.click('[data-action="reset"]');
    await status(page, 'All ticks cleared.');
    expect(await page.locator('main input[type="checkbox"]:checked').count()).toBe(0);
    await page.reload();
    expect(await page.locator('main input[type="checkbox"]:checked').count()).toBe(0);
    expect(await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), storageKey(''))).toEqual([]);
    await page.close();
  });
});

describe('checklist page without JavaScript', () => {
  it('shows every item as a checkbox with its label, and no buttons that would do nothing', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/checklists/go-no-go/`);
    const items = allItems(goNoGo);
    expect(await page.locator('main input[type="checkbox"]').count()).toBe(items.length);
    for (const item of items) {
      await expect(page.locator(`#${item.id}`).isVisible()).resolves.toBe(true);
      expect(await page.locator(tick(item.id)).innerText()).toContain(item.label);
    }
    expect(await page.locator('main button:visible').count()).toBe(0);
    expect(await page.locator('#checklist-release').isVisible()).toBe(false);
    await expect(page.locator('main').innerText()).resolves.toContain('Releases that used this checklist');
    await noJs.close();
  });
});

describe('round trip: ticked in Chromium → copied as JSON → pasted into a release file → validated → shown on the release page', () => {
  it('produces readiness[] that the release schema and the readiness rules accept, and that the built release page shows as ticked', async () => {
    const items = allItems(goNoGo);
    const optional = items.filter((i) => !i.required).slice(0, 2).map((i) => i.id);
    expect(optional.length).toBe(2);
    const page = await open('/checklists/go-no-go/');
    for (const item of items) if (!optional.includes(item.id)) await page.click(tick(item.id));
    await page.click('[data-action="copy"]');
    await status(page, 'Copied');
    const copied = await page.inputValue('#checklist-json');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
    const pasted = JSON.parse(copied) as { checklist: string; item: string; result: string }[];
    expect(pasted).toEqual(items.map((i) => ({ checklist: 'go-no-go', item: i.id, result: optional.includes(i.id) ? 'pending' : 'pass' })));

    // A released release held to go/no-go, copied with the rest of the release data into a temporary project.
    const data = loadReleaseData(root);
    const target = readinessInputs(root, data).find((r) => isHeldTo(goNoGo, r))!;
    expect(target).toBeDefined();
    // A copy of the fixture's content, so the pasted file can be built into a real release page.
    const copy = copyFixture('every-area');
    try {
      const source = releaseFilePath(target.component, target.version);
      const file = releaseFilePath(target.component, target.version, pathsUnder(copy));
      const paste = (entries: unknown[]) => {
        const json = JSON.parse(fs.readFileSync(path.join(root, source), 'utf8')) as { readiness: { checklist: string }[] };
        json.readiness = [...json.readiness.filter((r) => r.checklist !== 'go-no-go'), ...(entries as { checklist: string }[])];
        fs.writeFileSync(path.join(root, file), JSON.stringify(json, null, 2) + '\n');
      };
      // The loaders read the copy while it is validated (the content-directory setting names it), then the fixture again.
      const validate = () => {
        const fixture = process.env[CONTENT_DIR_ENV];
        process.env[CONTENT_DIR_ENV] = copy;
        try {
          const d = loadReleaseData(root);
          const inputs = readinessInputs(root, d);
          return { d, inputs, issues: [...d.issues.filter((i) => i.severity === 'error'), ...checkReadiness(checklists, inputs)] };
        } finally {
          process.env[CONTENT_DIR_ENV] = fixture;
        }
      };

      paste(pasted);
      const ok = validate();
      expect(formatIssues(ok.issues)).toBe('');
      const entry = buildReleaseModel(ok.d).byKey[releaseKey(target)];
      const summary = releaseReadiness(checklists, ok.inputs.find((r) => r.file === file)!).find((r) => r.checklist === 'go-no-go')!;
      expect(passedText(summary)).toBe(`${items.length - 2} of ${items.length} passed`);
      expect(summary.requiredMet).toBe(true);
      expect(summary.missingRequired).toEqual([]);
      expect(entry.readiness.filter((r) => r.checklist === 'go-no-go')).toEqual(pasted);

      // Build the copy and open the release page: the pasted results show there as "x of y passed".
      const built = await buildContentDir(copy, tempOutDir('checklists'));
      expect(built.status, built.output).toBe(0);
      const server = await serveDist(built.dist);
      try {
        const releasePage = await session.ctx.newPage();
        await releasePage.goto(`${server.baseUrl}/releases/${target.component}/${target.version}/`);
        const block = await releasePage.locator('[data-readiness="go-no-go"]').innerText();
        expect(block).toContain(`${items.length - 2} of ${items.length} passed`);
        await releasePage.close();
      } finally {
        await server.close();
      }

      // Untick a required item, copy again: the pasted file must now stop the build, naming file and field.
      await page.click(tick('rollback-rehearsed'));
      await page.click('[data-action="copy"]');
      await status(page, 'Copied');
      const again = JSON.parse(await page.inputValue('#checklist-json')) as unknown[];
      paste(again);
      const bad = validate();
      const index = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')).readiness.findIndex(
        (r: { checklist: string; item: string }) => r.checklist === 'go-no-go' && r.item === 'rollback-rehearsed',
      );
      expect(bad.issues.map((i) => `${i.file}  ${i.field}  ${i.message}`)).toEqual([
        `${file}  readiness[${index}].result  required item "rollback-rehearsed" of checklist "go-no-go" is "pending": a release that went live must pass it, waive it with a reason or mark it not-applicable`,
      ]);
    } finally {
      removeCopy(copy);
      await page.click('[data-action="reset"]');
      await page.close();
    }
  }, 600_000); // it builds a copy of the fixture: minutes on a loaded machine, never 60 s

  it('records failed, waived with a reason and not applicable, and the copied readiness[] carries them past the real readiness rules', async () => {
    const items = allItems(goNoGo);
    const required = items.filter((i) => i.required).map((i) => i.id);
    const optional = items.filter((i) => !i.required).map((i) => i.id);
    const [waivedId, naId] = required;
    const failedId = optional[0];
    const reason = 'Rehearsed on the previous patch; the change set is identical (agreed by the service owner)';
    const page = await open('/checklists/go-no-go/');
    try {
      for (const id of items.map((i) => i.id)) if (![waivedId, naId, failedId].includes(id)) await page.click(tick(id));
      await page.selectOption(`#${waivedId}--result`, 'waived');
      await expect(page.locator(`#${waivedId}--reason`).isVisible()).resolves.toBe(true);
      await page.fill(`#${waivedId}--reason`, reason);
      await page.selectOption(`#${naId}--result`, 'not-applicable');
      await page.selectOption(`#${failedId}--result`, 'fail');
      await expect(page.locator('#checklist-progress').textContent()).resolves.toContain('Every required item is met.');
      await page.click('[data-action="copy"]');
      await status(page, 'Copied');
      const copied = JSON.parse(await page.inputValue('#checklist-json')) as { checklist: string; item: string; result: string; waiverReason?: string }[];
      expect(copied.find((e) => e.item === waivedId)).toEqual({ checklist: 'go-no-go', item: waivedId, result: 'waived', waiverReason: reason });
      expect(copied.find((e) => e.item === naId)?.result).toBe('not-applicable');
      expect(copied.find((e) => e.item === failedId)?.result).toBe('fail');
      expect(copied.filter((e) => e.result === 'pass')).toHaveLength(items.length - 3);

      // The results survive a reload (kept in this browser).
      await page.reload();
      await expect(page.inputValue(`#${waivedId}--reason`)).resolves.toBe(reason);
      await expect(page.inputValue(`#${failedId}--result`)).resolves.toBe('fail');

      // Pasted into a released release held to go/no-go, the real readiness rules accept it.
      const data = loadReleaseData(root);
      const inputs = readinessInputs(root, data);
      const target = inputs.find((r) => isHeldTo(goNoGo, r))!;
      const withPaste = (entries: typeof copied) =>
        inputs.map((r) => (r === target ? { ...r, readiness: [...(r.readiness ?? []).filter((x) => x.checklist !== 'go-no-go'), ...entries] as typeof r.readiness } : r));
      expect(formatIssues(checkReadiness(checklists, withPaste(copied)))).toBe('');
      // …and a waiver whose reason is removed does not get past them.
      const noReason = copied.map((e) => (e.item === waivedId ? { checklist: e.checklist, item: e.item, result: e.result } : e));
      expect(checkReadiness(checklists, withPaste(noReason)).map((i) => i.field)).toEqual([expect.stringMatching(/^readiness\[\d+\]/)]);
    } finally {
      await page.click('[data-action="reset"]');
      await page.close();
    }
  });

  it('shows on a built release page: x of y passed per checklist, waivers with reasons, links to the checklist items', async () => {
    const data = loadReleaseData(root);
    const inputs = readinessInputs(root, data);
    // The fixture's release with a waived item (mygov-account 2.0.1).
    const release = inputs.find((r) => (r.readiness ?? []).some((x) => x.result === 'waived'))!;
    expect(release).toBeDefined();
    const expected = releaseReadiness(checklists, release);
    const page = await open(`/releases/${release.component}/${release.version}/`);
    for (const r of expected) {
      const block = page.locator(`[data-readiness="${r.checklist}"]`);
      const text = await block.innerText();
      expect(text, r.checklist).toContain(passedText(r));
      for (const w of r.waived) {
        expect(text).toContain(`Reason: ${w.reason}`);
        expect(await block.locator(`a[href="${w.href}"]`).count()).toBeGreaterThan(0);
      }
    }
    // The readiness section itself, with every item table opened, has no axe violations.
    await page.locator('[data-readiness] details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="readiness"]').withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const hrefs = await page.locator('[data-readiness] a[href*="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(expected.reduce((n, r) => n + r.items.length, 0));
    for (const href of new Set(hrefs)) {
      const m = /^\/checklists\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(href);
      expect(m, href).not.toBeNull();
      const html = fs.readFileSync(path.join(site.dist, 'checklists', m![1], 'index.html'), 'utf8');
      expect(html, href).toContain(`id="${m![2]}"`);
    }
    await page.close();
  });
});
