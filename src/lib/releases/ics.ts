// The release schedule as an iCalendar feed (ical-generator): one all-day event per release, plus code freezes.
import ical, { ICalEventStatus } from 'ical-generator';
import { buildInstant, formatDateTime, isIsoDate, toInstant, type IsoDate } from '../shared/dates';
import { STAGE_LABELS, STATUS_LABELS, type ReleaseStatus } from './enums';
import { calendarDate, compareSoonestFirst, type ReleaseEntry, type ReleaseModel } from './model';
import { releasePath } from './paths';
import { sequenceOf } from './revision';

export interface IcsOptions {
  /** Only this component's releases; all components when omitted. */
  componentId?: string;
  /** Absolute site URL (with any base path); its host names the UIDs. */
  siteUrl: string;
  /** The handbook's title (site.yaml), which names the calendar: "<title>: releases". */
  siteTitle: string;
  /** The publishing organisation (site.yaml), which names the calendar's producer (PRODID). */
  organisation: string;
  /**
   * The short name readers know the organisation by (site.yaml `short_name`, src/lib/site/branding.ts `shortName`),
   * for the whole calendar's description: "every <shortName> component", as the release pages say. The site's title
   * when omitted.
   */
  shortName?: string;
  /**
   * The calendar's PRODID in full, e.g. `-//Example Council//Handbook release schedule//EN` (site.yaml
   * `calendar_prodid`, resolved by src/lib/site/branding.ts); `-//<organisation>//<siteTitle> release schedule//EN`
   * when omitted.
   */
  prodId?: string;
  /** Add an all-day event for each code freeze; true by default. */
  codeFreezes?: boolean;
  /**
   * When this calendar was made (ms since the epoch), sent as every event's DTSTAMP (RFC 5545 §3.8.7.2);
   * `buildInstant()` (SOURCE_DATE_EPOCH, else the clock) by default.
   */
  stamp?: number;
}

/**
 * planned → TENTATIVE; in progress or out → CONFIRMED; cancelled → CANCELLED (RFC 5545 §3.8.1.11: the event did not
 * take place). A yanked release did go live on its day, so it stays CONFIRMED, its summary saying "(yanked)": struck
 * out as CANCELLED, it vanished from subscribers' calendars with no word why (a new adopter's trial, 3 December 2026).
 */
export const ICS_STATUS: Record<ReleaseStatus, ICalEventStatus> = {
  planned: ICalEventStatus.TENTATIVE,
  'in-progress': ICalEventStatus.CONFIRMED,
  released: ICalEventStatus.CONFIRMED,
  'rolled-back': ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
  yanked: ICalEventStatus.CONFIRMED,
};

/** How often a subscriber should fetch a calendar again, in seconds: the site is rebuilt daily (README, "Publish"). */
export const REFRESH_SECONDS = 24 * 60 * 60;

/** What a release's calendar event adds to its name: the outcomes a reader of the calendar alone must see. */
const SUMMARY_SUFFIX: Partial<Record<ReleaseStatus, string>> = { cancelled: ' (cancelled)', 'rolled-back': ' (rolled back)', yanked: ' (yanked)' };

/** The absolute URL of a release page. */
export function releaseUrl(siteUrl: string, r: { component: string; version: string }): string {
  return siteUrl.replace(/\/+$/, '') + releasePath(r);
}

/**
 * A TEXT value as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma escaped with a backslash, line breaks
 * as `\n`. ical-generator escapes event properties itself but writes the calendar's NAME, X-WR-CALNAME and
 * X-WR-CALDESC as given, so a component named "Ferry bookings; Barra" or one written as a folded YAML scalar (with its
 * line break) produced a broken calendar header (an adopter's trial, 1 December 2026).
 */
export function icsText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** UTC midnight of a calendar date: ical-generator writes all-day dates from the UTC fields. */
function dayStart(d: IsoDate): Date {
  return new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)));
}

function nextDay(d: Date): Date {
  return new Date(d.getTime() + 86_400_000);
}

/**
 * An event's UID, stable per release: `<component>-<version>@<host>` for the release's day and
 * `<component>-<version>_code-freeze@<host>` for its code freeze. `_` is in neither a component id (kebab-case) nor a
 * SemVer version, so no event's UID can equal another's: with `-code-freeze`, the code freeze of `2.0.0-rc.1` and a
 * release `2.0.0-rc.1-code-freeze` (valid SemVer) shared one UID, and calendars kept only one of them (a new
 * adopter's trial, 2 December 2026; RFC 5545 §3.8.4.7: a UID is globally unique).
 */
export function releaseUid(r: { component: string; version: string }, host: string, event: 'release' | 'code-freeze' = 'release'): string {
  return `${r.component}-${r.version}${event === 'code-freeze' ? '_code-freeze' : ''}@${host}`;
}

/**
 * The calendar's PRODID as TEXT (RFC 5545 §3.7.3, whose value type is TEXT, escaped as §3.3.11 says): site.yaml's
 * `calendar_prodid` without its leading "-" (ical-generator writes it), or `//<organisation>//<product>//EN`. An
 * organisation's name with a comma or semicolon was written unescaped (a new adopter's trial, 2 December 2026).
 */
function prodIdText(opts: Pick<IcsOptions, 'prodId' | 'organisation' | 'siteTitle'>): string {
  if (opts.prodId) return icsText(opts.prodId.replace(/^-/, ''));
  return `//${icsText(opts.organisation)}//${icsText(`${opts.siteTitle} release schedule`)}//EN`;
}

/**
 * The moment a date-time in a release file names, as its page shows it ("28 March 2026 at 23:30 GMT"), for an
 * all-day event's DESCRIPTION; undefined for a bare date. The events are all-day (DATE values), so without this a
 * calendar lost the hour its release page gave: a code freeze at 23:30 read as the whole day (a machine-formats
 * trial, 3 December 2026).
 */
function timeOfDay(value: string | undefined): string | undefined {
  return value && !isIsoDate(value) ? formatDateTime(value) : undefined;
}

function describe(r: ReleaseEntry, url: string): string {
  const lines = [r.title];
  if (r.summary) lines.push('', r.summary);
  lines.push('', `Status: ${STATUS_LABELS[r.status]}. Stage: ${STAGE_LABELS[r.stage]}.`);
  const releasedAt = r.dateKind === 'released' ? timeOfDay(r.dates.released) : undefined;
  if (releasedAt) lines.push(`Released ${releasedAt}.`);
  if (r.statusReason) lines.push(r.statusReason);
  lines.push('', url);
  return lines.join('\n');
}

function freezeDescription(r: ReleaseEntry, url: string): string {
  const at = timeOfDay(r.dates.codeFreeze);
  return at
    ? `Code freeze for ${r.title} from ${at}. Only fixes agreed with the release manager go in after this time.\n\n${url}`
    : `Code freeze for ${r.title}. Only fixes agreed with the release manager go in after this date.\n\n${url}`;
}

/**
 * The releases a calendar holds, soonest first: the dated releases of `componentId`'s component, or of every
 * component when it is undefined.
 */
export function calendarReleases(model: ReleaseModel, componentId?: string): ReleaseEntry[] {
  return model.releases.filter((r) => inCalendar(r, componentId)).sort(compareSoonestFirst);
}

/** Whether release `r` is an event of the calendar of `componentId` (every component's when undefined): dated, and its. */
function inCalendar(r: ReleaseEntry, componentId: string | undefined): boolean {
  return r.date !== undefined && (!componentId || r.component === componentId);
}

/**
 * Whether a calendar would hold an event: RFC 5545 §3.6 requires at least one component in an iCalendar object
 * (`icalbody = calprops component`), so a calendar is published, and offered, only when it has one. A component with
 * no dated release had an empty `.ics` linked from three pages (a machine-outputs trial, 3 December 2026).
 */
export function hasCalendar(model: ReleaseModel, componentId?: string): boolean {
  return model.releases.some((r) => inCalendar(r, componentId));
}

/**
 * iCalendar (RFC 5545) text: one all-day event per dated release and per code freeze, with stable UIDs.
 * Calendar clients replace a stored event when SEQUENCE is higher, or equal with a later DTSTAMP
 * (RFC 5546 §2.1.5), so: SEQUENCE is the release's `revision.sequence` (raised whenever its dates or status
 * change, see revision.ts), DTSTAMP is the build's time (`opts.stamp`), and LAST-MODIFIED is
 * `revision.updated` when the file records it.
 */
export function toIcs(model: ReleaseModel, opts: IcsOptions): string {
  const built = new Date(opts.stamp ?? buildInstant());
  const host = new URL(opts.siteUrl).host;
  const component = opts.componentId ? model.components.find((c) => c.id === opts.componentId) : undefined;
  const cal = ical({
    name: icsText(component ? `${opts.siteTitle}: ${component.name} releases` : `${opts.siteTitle}: releases`),
    description: icsText(
      component
        ? `Planned and past releases of ${component.name}, with code freezes.`
        : // "every component in Fife Council Digital Services Technical Handbook" read oddly (an adopter's trial).
          opts.shortName
          ? `Planned and past releases of every ${opts.shortName} component, with code freezes.`
          : `Planned and past releases of every component in ${opts.siteTitle}, with code freezes.`,
    ),
    prodId: prodIdText(opts),
    // No METHOD: it belongs to iTIP messages (RFC 5546), and RFC 5545 §3.7.2 requires the Content-Type's "method"
    // parameter beside it, which a file served as text/calendar has not. With METHOD:PUBLISH, every event also needed
    // an ORGANIZER (RFC 5546 §3.2.1), which a release has not.
    // Where the calendar's own information is (RFC 7986 §5.5): a component's page for its calendar; every
    // component's calendar named the schedule (a machine-outputs trial, 3 December 2026).
    url: opts.siteUrl.replace(/\/+$/, '') + (component ? `/releases/${component.id}/` : '/releases/schedule/'),
    // Where a subscriber refreshes this calendar from, and how often (RFC 7986 §5.8 SOURCE, §5.7 REFRESH-INTERVAL, with
    // Outlook's X-PUBLISHED-TTL beside it): the site is built once a day for the schedule to follow the calendar, so a
    // day. Without them each client chose its own interval (a machine-formats trial, 3 December 2026).
    source: opts.siteUrl.replace(/\/+$/, '') + (component ? `/releases/${component.id}.ics` : '/releases/schedule.ics'),
    ttl: REFRESH_SECONDS,
  });
  const releases = calendarReleases(model, opts.componentId);
  for (const r of releases) {
    const url = releaseUrl(opts.siteUrl, r);
    const revision = {
      stamp: built,
      sequence: sequenceOf(r),
      lastModified: r.revision?.updated ? new Date(toInstant(r.revision.updated)) : null,
    };
    const status = ICS_STATUS[r.status];
    const start = dayStart(r.date!);
    cal.createEvent({
      id: releaseUid(r, host),
      start,
      end: nextDay(start),
      allDay: true,
      ...revision,
      summary: `${r.componentName} ${r.version}${SUMMARY_SUFFIX[r.status] ?? ''}`,
      description: describe(r, url),
      url,
      status,
      categories: [{ name: r.componentName }],
    });
    if (opts.codeFreezes !== false && r.dates.codeFreeze) {
      const freeze = dayStart(calendarDate(r.dates.codeFreeze));
      cal.createEvent({
        id: releaseUid(r, host, 'code-freeze'),
        start: freeze,
        end: nextDay(freeze),
        allDay: true,
        ...revision,
        summary: `Code freeze: ${r.componentName} ${r.version}`,
        description: freezeDescription(r, url),
        url,
        status,
        categories: [{ name: r.componentName }],
      });
    }
  }
  // Every content line ends with CRLF (RFC 5545 §3.1), END:VCALENDAR too; ical-generator leaves the last one off.
  return cal.toString() + '\r\n';
}
