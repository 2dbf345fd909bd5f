// An Atom feed (via `feed`) of releases that reached live, each with its notes as escaped HTML.
import { atomXml, feedInstant, type AtomPerson } from '../shared/atom';
import { buildInstant } from '../shared/dates';
import { escapeHtml } from '../shared/html';
import { safeUrl } from '../shared/urls';
import { STATUS_LABELS } from './enums';
import { componentChangelog } from './changelog';
import { compareText, wentLive, type ReleaseEntry, type ReleaseModel } from './model';
import { releaseUrl } from './ics';
import { lastRecordedInstant } from './stamp';
import { ownTitle } from './release-view';

export interface FeedOptions {
  /** Absolute site URL (with any base path). */
  siteUrl: string;
  title: string;
  /** Only this component's releases. */
  componentId?: string;
  /** Site path of the feed itself, for its self link; `/releases/feed.xml` by default. */
  feedPath?: string;
  /** Most recent entries to include; 50 by default. */
  limit?: number;
  /** The feed's and each entry's author: the publishing organisation (site.yaml `organisation`). */
  author: AtomPerson;
  /** Rights statement, e.g. the site's licence name. */
  rights?: string;
  /** The build's instant, ms since the epoch, for a feed with no entry; `buildInstant()` by default. */
  now?: number;
}

/** The release notes of one release as HTML: summary, status, then changes by category. */
export function releaseNotesHtml(model: ReleaseModel, r: ReleaseEntry): string {
  const parts: string[] = [];
  if (r.summary) parts.push(`<p>${escapeHtml(r.summary)}</p>`);
  if (r.status !== 'released') {
    parts.push(
      `<p><strong>${escapeHtml(STATUS_LABELS[r.status])}.</strong>${r.statusReason ? ` ${escapeHtml(r.statusReason)}` : ''}</p>`,
    );
  }
  const section = componentChangelog(model, r.component).find((s) => s.kind === 'release' && s.releases[0] === r);
  for (const g of section?.groups ?? []) {
    parts.push(`<h3>${escapeHtml(g.label)}</h3>`, '<ul>');
    for (const { change } of g.items) {
      const refs = change.refs.map((ref) => {
        const href = safeUrl(ref.url);
        return href ? `<a href="${escapeHtml(href)}">${escapeHtml(ref.id)}</a>` : escapeHtml(ref.id);
      });
      parts.push(
        `<li>${change.breaking ? '<strong>Breaking:</strong> ' : ''}${change.scope ? `${escapeHtml(change.scope)}: ` : ''}` +
          `${escapeHtml(change.summary)}${refs.length > 0 ? ` (${refs.join(', ')})` : ''}</li>`,
      );
    }
    parts.push('</ul>');
  }
  return parts.join('\n');
}

/**
 * Atom 1.0 (RFC 4287) text of shipped releases, newest first, via the shared `atomXml` writer: titles and
 * summaries as text, the notes as sanitised HTML, `opts.author` on the feed and every entry. Deterministic:
 * `updated` is the newest entry's latest recorded date.
 */
export function toFeed(model: ReleaseModel, opts: FeedOptions): string {
  const base = opts.siteUrl.replace(/\/+$/, '');
  const shipped = model.releases
    .filter((r) => r.dateKind === 'released' && r.dates.released && wentLive(r) && (!opts.componentId || r.component === opts.componentId))
    // Dates as every feed writes them (feedInstant: a date alone is 00:00 UTC that day).
    .map((r) => ({ r, at: feedInstant(r.dates.released!).getTime() }))
    .sort((a, b) => b.at - a.at || compareText(a.r.key, b.r.key))
    .slice(0, opts.limit ?? 50);
  // With no entry, the feed's `updated` (required, RFC 4287 §4.1.1) is the build's instant: the newest of nothing
  // wrote 1970-01-01 (a machine-outputs trial, 3 December 2026). SOURCE_DATE_EPOCH pins it, as it pins DTSTAMP.
  const recorded = (r: ReleaseEntry) => lastRecordedInstant(r, (v) => feedInstant(v).getTime());
  const newest = shipped.length > 0 ? Math.max(...shipped.map((s) => recorded(s.r) ?? s.at)) : (opts.now ?? buildInstant());
  return atomXml({
    id: `${base}/releases/`,
    title: opts.title,
    link: `${base}/releases/`,
    self: `${base}${opts.feedPath ?? '/releases/feed.xml'}`,
    updated: new Date(newest),
    author: opts.author,
    rights: opts.rights,
    entries: shipped.map(({ r, at }) => {
      const url = releaseUrl(opts.siteUrl, r);
      const suffix = r.status === 'released' ? '' : ` (${STATUS_LABELS[r.status].toLowerCase()})`;
      return {
        id: url,
        link: url,
        title: `${r.componentName} ${r.version}${ownTitle(r) ? `: ${ownTitle(r)}` : ''}${suffix}`,
        summary: r.summary,
        contentHtml: releaseNotesHtml(model, r),
        updated: new Date(recorded(r) ?? at),
        published: new Date(at),
        categories: [{ term: r.component, label: r.componentName }],
      };
    }),
  });
}
