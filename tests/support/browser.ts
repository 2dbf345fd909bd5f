// Launches Debian's Chromium through playwright-core and runs axe with the WCAG 2.2 AA tag set.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    // Flags that keep Chromium from reaching out to the network, which is closed here.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Axe violations as short strings, so a failure message says what and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const res = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return res.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

/**
 * Opens a page and records what must never happen: the page itself not found (HTTP 4xx/5xx, unless
 * `allowErrorStatus`, for the 404 page), CSP violations, requests to other origins, console errors and uncaught
 * exceptions. Call `problems()` after the page has done its work.
 */
export async function openWatched(ctx: import('playwright-core').BrowserContext, url: string, opts: { allowErrorStatus?: boolean } = {}) {
  const origin = new URL(url).origin;
  const problems: string[] = [];
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request to another origin: ${r.url()}`);
  });
  // Every failed request is a problem, except the page itself when it is the site's own 404 page.
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url() !== url) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on('console', (m) => {
    // A failed load is logged as a console error too; the response listener above has already judged it.
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  const res = await page.goto(url, { waitUntil: 'networkidle' });
  // A template check of a page that does not exist would otherwise check the site's 404 page and pass.
  if (res && res.status() >= 400 && !opts.allowErrorStatus) problems.push(`HTTP ${res.status()} for the page itself: ${url}`);
  return {
    page,
    async problems(): Promise<string[]> {
      const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      return [...problems, ...csp.map((c) => `CSP violation: ${c}`)];
    },
  };
}

export interface TemplateReport {
  violations: string[];
  problems: string[];
  h1Count: number;
  firstTab: { text?: string; href?: string | null };
  /** Visible controls that Tab never reached. */
  unreachable: string[];
}

/** What every page template must get right: what `templateReport` returns for a good page. */
export const CLEAN_TEMPLATE: TemplateReport = {
  violations: [],
  problems: [],
  h1Count: 1,
  firstTab: { text: 'Skip to main content', href: '#main-content' },
  unreachable: [],
};

/** Tabs through the page and lists every visible link or control that never receives focus. */
export async function unreachableByKeyboard(page: import('playwright-core').Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const els = [...document.querySelectorAll<HTMLElement>(sel)].filter(
      (e) => e.checkVisibility({ visibilityProperty: true }) && !(e as HTMLInputElement).disabled && !e.closest('[inert]'),
    );
    els.forEach((e, i) => e.setAttribute('data-kb', String(i)));
    return els.length;
  });
  const reached = new Set<string>();
  for (let i = 0; i < total + 10 && reached.size < total; i++) {
    const k = await page.evaluate(() => document.activeElement?.getAttribute('data-kb') ?? null);
    if (k !== null) reached.add(k);
    await page.keyboard.press('Tab');
  }
  return page.evaluate((seen) => {
    return [...document.querySelectorAll<HTMLElement>('[data-kb]')]
      .filter((e) => !seen.includes(e.getAttribute('data-kb')!))
      .map((e) => `<${e.tagName.toLowerCase()}> ${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 60)}`);
  }, [...reached]);
}

/**
 * Opens a page and reports axe violations (WCAG 2.2 AA tags), CSP violations, outside requests and console errors,
 * the number of h1s and the first Tab stop — compare with CLEAN_TEMPLATE.
 */
export async function templateReport(
  ctx: import('playwright-core').BrowserContext,
  url: string,
  opts: { waitFor?: string; allowErrorStatus?: boolean } = {},
): Promise<TemplateReport> {
  const { page, problems } = await openWatched(ctx, url, { allowErrorStatus: opts.allowErrorStatus });
  if (opts.waitFor) await page.waitForSelector(opts.waitFor);
  const violations = await axeViolations(page);
  const h1Count = await page.locator('h1').count();
  await page.keyboard.press('Tab');
  const firstTab = await page.evaluate(() => ({
    text: document.activeElement?.textContent?.trim(),
    href: document.activeElement?.getAttribute('href'),
  }));
  const unreachable = await unreachableByKeyboard(page);
  const report = { violations, problems: await problems(), h1Count, firstTab, unreachable };
  await page.close();
  return report;
}

/** Opens a page and fails the test if the page throws while loading. */
export async function openPage(
  ctx: import('playwright-core').BrowserContext,
  url: string,
  waitUntil: 'load' | 'networkidle' = 'load',
): Promise<import('playwright-core').Page> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil });
  if (errors.length) throw new Error(`${url} threw while loading: ${errors.join('; ')}`);
  return page;
}

/** One Chromium and one context per test file, opened before its tests and closed after them. */
export function useBrowser(): { readonly browser: Browser; readonly ctx: import('playwright-core').BrowserContext } {
  const session = {} as { browser: Browser; ctx: import('playwright-core').BrowserContext };
  beforeAll(async () => {
    session.browser = await launch();
    session.ctx = await session.browser.newContext();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
