// The reflow sweep (WCAG 1.4.10): opens pages at narrow widths and lists what scrolls sideways or is cut off.
import type { BrowserContext, Page } from 'playwright-core';

/** The widths every page must reflow at, in CSS px: 320 is 400% zoom of a 1280 px window; 390 a phone; 640 a small tablet. */
export const REFLOW_WIDTHS = [320, 390, 640] as const;

export interface ReflowFinding {
  /** URL path of the page. */
  path: string;
  /** Viewport width in CSS px. */
  width: number;
  /** Document scroll width when it exceeds its client width, else undefined. */
  scrollWidth?: number;
  /** Text that lies (partly) outside the viewport or outside a clipping ancestor: "selector: text". */
  clipped: string[];
}

/**
 * Runs in the page. Returns the document's scrollWidth when it is wider than the viewport, and up to 5 texts that
 * lie outside the viewport or are cut off by an ancestor with `overflow: hidden|clip`. Text inside a horizontal
 * scroll region (`overflow-x: auto|scroll`) counts as reachable, as long as the region itself fits.
 * Visually hidden text (inside a box of 1 px or less, or one clipped away by `clip`) is ignored: it is meant for screen readers.
 */
function measure(checkOverlap: boolean): { scrollWidth?: number; clipped: string[] } {
  const doc = document.documentElement;
  const vw = doc.clientWidth;
  const styles = new Map<Element, CSSStyleDeclaration>();
  const style = (e: Element) => {
    let s = styles.get(e);
    if (!s) styles.set(e, (s = getComputedStyle(e)));
    return s;
  };
  const name = (e: Element) =>
    e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).slice(0, 2).join('.') : '');
  const EPS = 1;
  const floating = (e: Element): boolean => {
    for (let a: Element | null = e; a && a !== doc; a = a.parentElement) {
      const p = style(a).position;
      if (p === 'fixed' || p === 'sticky') return true;
    }
    return false;
  };
  /** Why a box is not fully visible, or undefined when it is. */
  const problem = (r: DOMRect, from: Element | null): string | undefined => {
    for (let a = from; a && a !== doc; a = a.parentElement) {
      const s = style(a);
      if ((s.clip !== 'auto' && s.clip !== '') || s.clipPath.startsWith('inset(50%')) return 'hidden';
      const ox = s.overflowX;
      if (ox === 'visible') continue;
      const ar = a.getBoundingClientRect();
      if (ox === 'auto' || ox === 'scroll') return problem(ar, a.parentElement);
      // overflow hidden or clip: a box of (almost) no size, or clipped away, is the visually-hidden pattern.
      if (ar.width <= 1 || ar.height <= 1) return 'hidden';
      if (r.left < ar.left - EPS || r.right > ar.right + EPS) return `cut off by ${name(a)}`;
      if (s.overflowY !== 'visible' && s.overflowY !== 'auto' && s.overflowY !== 'scroll' && (r.top < ar.top - EPS || r.bottom > ar.bottom + EPS)) return `cut off by ${name(a)}`;
    }
    if (r.left < -EPS || r.right > vw + EPS) return 'outside the viewport';
    return undefined;
  };
  const clipped: string[] = [];
  const lines: { r: DOMRect; el: Element; text: string }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n && clipped.length < 5; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    if (!text.trim()) continue;
    const parent = n.parentElement;
    if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'DESC'].includes(parent.tagName)) continue;
    // Text that is not rendered (the content of a closed <details>, which Chromium skips with content-visibility
    // but still gives client rects at a stale position) is neither cut off nor in the way of anything.
    if (!parent.checkVisibility()) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue;
      const why = problem(r, parent);
      if (why === 'hidden') break;
      if (why) {
        clipped.push(`${name(parent)}: "${text.trim().slice(0, 40)}" ${why} (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`);
        break;
      }
      // Text in a picture, and floating controls (the back-to-top link is meant to sit over the page), are not lines
      // of the page's text.
      if (checkOverlap && !parent.closest('svg') && !floating(parent)) lines.push({ r, el: parent, text: text.trim().slice(0, 30) });
    }
  }
  if (checkOverlap) {
    // Lines of text from two elements that share more than a sliver of area overlap (WCAG 1.4.12: nothing overlaps).
    lines.sort((a, b) => a.r.top - b.r.top);
    for (let i = 0; i < lines.length && clipped.length < 5; i++) {
      const a = lines[i];
      for (let j = i + 1; j < lines.length && lines[j].r.top < a.r.bottom; j++) {
        const b = lines[j];
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > Math.min(a.r.height, b.r.height) / 3) {
          clipped.push(`${name(a.el)} "${a.text}" overlaps ${name(b.el)} "${b.text}"`);
          break;
        }
      }
    }
  }
  return { scrollWidth: doc.scrollWidth > vw ? doc.scrollWidth : undefined, clipped };
}

/**
 * Opens each path once in one reused page (with WCAG 1.4.12's text spacing injected when `textSpacing`) and measures
 * it at every width (resizing re-runs layout and media queries). Returns the path/width pairs with a problem.
 */
async function sweep(ctx: BrowserContext, base: string, paths: string[], widths: readonly number[], textSpacing: boolean): Promise<ReflowFinding[]> {
  const page: Page = await ctx.newPage();
  const findings: ReflowFinding[] = [];
  try {
    for (const path of paths) {
      await page.setViewportSize({ width: widths[0], height: 800 });
      await page.goto(base + path, { waitUntil: 'load' });
      if (textSpacing) await page.addStyleTag({ content: TEXT_SPACING_CSS });
      for (const width of widths) {
        if (width !== widths[0]) await page.setViewportSize({ width, height: 800 });
        const m = await page.evaluate(measure, textSpacing);
        if (m.scrollWidth !== undefined || m.clipped.length) findings.push({ path, width, ...m });
      }
    }
  } finally {
    await page.close();
  }
  return findings;
}

/**
 * Opens each path and measures it at every width. Returns only the path/width pairs with a problem; an empty array
 * means every page reflows.
 */
export function sweepReflow(ctx: BrowserContext, base: string, paths: string[], widths: readonly number[] = REFLOW_WIDTHS): Promise<ReflowFinding[]> {
  return sweep(ctx, base, paths, widths, false);
}

/** Counts findings per width, e.g. `{ 320: 67, 390: 12, 640: 0 }`. */
export function countByWidth(findings: ReflowFinding[], widths: readonly number[] = REFLOW_WIDTHS): Record<number, number> {
  return Object.fromEntries(widths.map((w) => [w, findings.filter((f) => f.width === w).length]));
}

/** WCAG 1.4.12's text-spacing values, applied to every element (the bookmarklet the W3C's understanding document uses). */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } ' +
  'p, li, dd, dt, td, th, blockquote, figcaption, h1, h2, h3, h4, h5, h6 { margin-bottom: 2em !important; }';

/**
 * Opens each path with WCAG 1.4.12's text spacing injected and lists text that is cut off, lies outside the viewport
 * or overlaps other text, at each width. `ctx` must be created with `bypassCSP: true`: the injected rules are an
 * inline stylesheet, which the site's CSP (rightly) refuses.
 */
export function sweepTextSpacing(ctx: BrowserContext, base: string, paths: string[], widths: readonly number[]): Promise<ReflowFinding[]> {
  return sweep(ctx, base, paths, widths, true);
}
