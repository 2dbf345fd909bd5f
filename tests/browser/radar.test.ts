// The radar of a fixture handbook (tests/fixtures/every-area: 25 blips over three editions, with moves, replacements,
// retirements and an overdue review) in Chromium: every radar template, the picture's names and keyboard order, the
// filter, blip and edition pages, the outputs, the MDX radar components and print.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, templateReport, CLEAN_TEMPLATE, useBrowser } from '../support/browser';
import { useServedFixture } from '../support/fixtures';

const site = useServedFixture('every-area');
const session = useBrowser();
let base: string;
/** Blips on the current radar, from the fixture's API: what the picture and the lists must show. */
let current: number;
/** Blips whose latest move put them on hold. */
let onHold: number;
beforeAll(async () => {
  base = site.baseUrl;
  const api = (await (await fetch(`${base}/api/radar.json`)).json()) as { entries: { timeline: { ringId: string }[] }[] };
  current = api.entries.length;
  onHold = api.entries.filter((e) => e.timeline[0]?.ringId === 'hold').length;
});


// Module scripts run before the load event, so there is no need to wait for the network to go idle.
const open = (path: string, context = session.ctx): Promise<Page> => openPage(context, base + path);

const templates: [string, string][] = [
  ['current radar', '/radar/'],
  ['blip with moves and an overdue review', '/radar/blips/jenkins/'],
  ['edition changes', '/radar/2026-10/changes/'],
  ['rings', '/radar/rings/'],
  ['quadrant', '/radar/quadrants/tools/'],
  ['earlier edition', '/radar/2025-10/'],
  ['handbook page with radar components', '/handbook/guides/tooling-lifecycle/'],
];

describe.each(templates)('%s (%s)', (_name, path) => {
  it('has zero axe violations (WCAG 2.2 AA tags), one h1, the skip link as the first Tab stop, and no CSP violation or outside request', async () => {
    expect(await templateReport(session.ctx, base + path)).toEqual(CLEAN_TEMPLATE);
  });
});

const NAME = /^(\d+)\. (.+) — (Adopt|Trial|Assess|Hold) ring, (.+) quadrant, (new|moved in|moved out|no change)$/;

describe('the radar picture', () => {
  it('has a title and description, and every blip is a link reached by Tab, named with its ring, quadrant and movement as the lists say', async () => {
    const page = await open('/radar/');
    const svg = page.locator('svg.mh_radar__svg');
    await expect(svg.getAttribute('aria-labelledby').then((id) => page.locator(`[id="${id}"]`).textContent())).resolves.toMatch(/^MyGov technology radar: /); // the fixture's radar.yaml title
    await expect(svg.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).textContent())).resolves.toMatch(/^\d+ blips in four quadrants/);

    // The lists, not the picture, say where each blip is: the ring heading and quadrant heading it sits under.
    const listed = await page.locator('#radar-lists li[data-blip]').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-blip')!,
        number: li.querySelector('.mh_radar-list__num')!.textContent!.replace('.', ''),
        ring: li.closest('.mh_radar-lists__ring')!.querySelector('.mh_radar-lists__ring-title')!.firstChild!.textContent!,
        // The heading's link holds the quadrant's name and its count, "(10)".
        quadrant: li.closest('section')!.querySelector('h2 a')!.firstChild!.textContent!.trim(),
        movement: li.querySelector('.mh_radar-list__move')!.textContent!.replace(/^\S+\s/, '').toLowerCase(),
      })),
    );
    expect(listed.length).toBe(current);
    expect(current).toBeGreaterThanOrEqual(15);

    // Tab from the top of the page through to the lists, recording every radar link that takes focus.
    const focusedBlips: Array<{ href: string; label: string }> = [];
    for (let i = 0; i < listed.length + 60; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const a = document.activeElement;
        return { inSvg: !!a?.closest('svg'), href: a?.getAttribute('href') ?? '', label: a?.getAttribute('aria-label') ?? '', inLists: !!a?.closest('#radar-lists') };
      });
      if (f.inSvg) focusedBlips.push({ href: f.href, label: f.label });
      if (f.inLists) break;
    }
    expect(focusedBlips).toHaveLength(listed.length);
    expect(new Set(focusedBlips.map((b) => b.href)).size).toBe(listed.length);

    const byId = new Map(listed.map((l) => [l.id, l]));
    for (const b of focusedBlips) {
      const id = b.href.match(/^\/radar\/blips\/([a-z0-9-]+)\/$/)![1];
      const m = b.label.match(NAME);
      expect(m, b.label).not.toBeNull();
      const l = byId.get(id)!;
      expect([m![1], m![3], m![4], m![5]]).toEqual([l.number, l.ring, l.quadrant, l.movement]);
    }
    // The computed accessible name is the label (nothing overrides it).
    await expect(page.getByRole('link', { name: focusedBlips[0].label, exact: true }).count()).resolves.toBe(1);
    await page.close();
  });

});

describe('without JavaScript', () => {
  it('shows the lists and the picture, keeps the filter hidden, and its links work', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await open('/radar/', noJs);
    const blips = await page.locator('svg a.mh_radar__blip').count();
    expect(blips).toBe(current);
    expect(await page.locator('#radar-lists li[data-blip]').count()).toBe(blips);
    await expect(page.locator('#radar-filter').isVisible()).resolves.toBe(false);
    await page.locator('svg a[href="/radar/blips/argo-cd/"]').click();
    await page.waitForURL(/\/radar\/blips\/argo-cd\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Argo CD');
    await page.goBack();
    await page.locator('#radar-lists a[href="/radar/blips/gitflow/"]').click();
    await page.waitForURL(/\/radar\/blips\/gitflow\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('GitFlow');
    await noJs.close();
  });
});

describe('with JavaScript', () => {
  it('filters the picture and the lists by tag, says how many are shown, resets, and highlights a blip with its list item', async () => {
    const page = await open('/radar/');
    await expect(page.locator('#radar-filter').isVisible()).resolves.toBe(true);
    const total = await page.locator('svg a.mh_radar__blip').count();
    const option = page.locator('#radar-tag option').nth(1);
    const [value, text] = [await option.getAttribute('value'), await option.textContent()];
    const expected = Number(text!.match(/\((\d+)\)$/)![1]);
    expect(expected).toBeLessThan(total);
    await page.selectOption('#radar-tag', value!);
    // The script applies the filter in an event handler; poll rather than read once, so a slow machine cannot race it.
    await expect.poll(() => page.locator('svg a.mh_radar__blip:visible').count(), { timeout: 10_000 }).toBe(expected);
    await expect.poll(() => page.locator('#radar-lists li[data-blip]:visible').count(), { timeout: 10_000 }).toBe(expected);
    const shownTags = await page.locator('#radar-lists li[data-blip]:visible').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-tags')!.split('|')));
    expect(shownTags.every((t) => t.includes(value!))).toBe(true);
    await expect(page.locator('#radar-filter-status').textContent()).resolves.toBe(`Showing ${expected} of ${total} blips, tagged “${text!.replace(/\s*\(\d+\)$/, '')}”.`);
    expect(page.url()).toContain(`?tag=${encodeURIComponent(value!)}`);
    await page.click('#radar-filter button[type="reset"]');
    // A form's reset event fires before the fields are reset, so the script re-applies the filter a moment later.
    await expect.poll(() => page.locator('svg a.mh_radar__blip:visible').count(), { timeout: 10_000 }).toBe(total);
    await expect.poll(() => page.locator('#radar-filter-status').textContent(), { timeout: 10_000 }).toBe(`Showing all ${total} blips.`);
    await page.close();
  });

});

describe('blip page', () => {
  it('shows the ring, the overdue review, the replacement and every history entry with reason and approver, newest first', async () => {
    const page = await open('/radar/blips/jenkins/');
    const meta = await page.locator('.ds_metadata').innerText();
    expect(meta).toMatch(/Ring:?\s+Hold\n/);
    expect(meta).toMatch(/Review by:?\s+31 October 2026 \(overdue\)/);
    await expect(page.locator('.ds_warning-text__text').textContent()).resolves.toContain('was due for review on 31 October 2026');
    await expect(page.locator('.ds_inset-text a').getAttribute('href')).resolves.toBe('/radar/blips/github-actions/');
    const entries = page.locator('.mh_radar-timeline__item');
    expect(await entries.count()).toBe(2);
    await expect(entries.nth(0).locator('h3').textContent()).resolves.toMatch(/^Spring 2026.*: Moved out from Adopt to Hold$/);
    await expect(entries.nth(1).locator('h3').textContent()).resolves.toMatch(/: New in Adopt$/);
    const first = await entries.nth(0).innerText();
    expect(first).toMatch(/Reason\s+\S/);
    expect(first).toMatch(/Approved by\s+\S/);
    expect(await page.locator('main .mh_prose p').count()).toBeGreaterThan(0);
    await page.close();
  });
  it('lists what a blip replaces', async () => {
    const page = await open('/radar/blips/trunk-based-development/');
    const hrefs = await page.locator('#replaces ~ ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/radar/blips/gitflow/', '/radar/blips/long-lived-release-branches/']));
    await page.close();
  });
});

describe('edition changes', () => {
  it('lists retired blips with their reasons and links the frozen view', async () => {
    const page = await open('/radar/2026-10/changes/');
    const retired = page.locator('section[aria-labelledby="retired"] li');
    const titles = await retired.locator('h3').allTextContents();
    expect(titles).toEqual(['AngularJS (1.x)', 'Quarterly big-bang releases', 'Self-hosted GitLab']);
    await expect(retired.first().innerText()).resolves.toMatch(/Retired \(was in Hold\)/);
    expect(await page.locator('main a[href="/radar/2026-10/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('outputs', () => {
  it('serves the BYOR CSV and JSON, the API with full history and the Atom feed of editions', async () => {
    const page = await session.ctx.newPage();
    const csv = await page.request.get(`${base}/radar/radar.csv`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toBe('name,ring,quadrant,isNew,status,description');
    const api = await (await page.request.get(`${base}/api/radar.json`)).json();
    const jenkins = api.retired.concat(api.entries).find((e: { id: string }) => e.id === 'jenkins');
    expect(jenkins.timeline.map((t: { ringId: string }) => t.ringId)).toEqual(['hold', 'adopt']);
    const feed = await (await page.request.get(`${base}/radar/feed.xml`)).text();
    expect(feed.match(/<entry>/g)).toHaveLength(3);
    await page.close();
  });
});

describe('radar components in a handbook page', () => {
  it('lists the blips on hold with their replacements and links a blip with its ring', async () => {
    const page = await open('/handbook/guides/tooling-lifecycle/');
    const hold = page.locator('.mh_radar-ring-list li');
    expect(onHold).toBeGreaterThanOrEqual(3);
    expect(await hold.count()).toBe(onHold);
    await expect(hold.filter({ hasText: 'GitFlow' }).innerText()).resolves.toBe('GitFlow (Techniques; use Trunk-based development instead)');
    await expect(page.locator('.mh_radar-ref').first().innerText()).resolves.toMatch(/^GitFlow \(Hold ring, no change in .+\)$/);
    await page.close();
  });
});

describe('print', () => {
  it('prints the current radar and its lists on at most two A4 pages', async () => {
    const page = await session.ctx.newPage();
    await page.goto(base + '/radar/');
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();
  });
});
