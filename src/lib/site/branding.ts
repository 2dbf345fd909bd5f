// What the page shell and the data pages call the organisation, its phase, licence and footer links: site.yaml's
// branding fields with the default each absent field stands for, decided once here so no view repeats a fallback.
import type { SiteConfig } from './schema';

/** The licence sentence in three parts, so a view links only the licence's name: `before <a>name</a> after`. */
export interface LicenceLine {
  before: string;
  name: string;
  url: string;
  after: string;
}

export interface Branding {
  /** Organisation name and home page, for the footer, feeds and calendars. */
  organisation: { name: string; url: string };
  /** How data pages name the organisation's things: "MyGov releases", "Example Council components". */
  shortName: string;
  /** The phase banner: tag text (alpha, beta, live) and the sentence after it. */
  phase: { name: string; text: string };
  /** The home page's paragraph under the description. */
  intro: string;
  /** Extra footer links after the standard pages, in site.yaml's order. */
  footerLinks: { text: string; url: string }[];
  /** The footer's licence line; undefined when site.yaml names no licence (then none is shown). */
  licence?: LicenceLine;
  /** The technology radar's name in titles and descriptions, e.g. "MyGov technology radar". */
  radarName: string;
  /** What the KPI figures cover, e.g. "the MyGov programme". */
  kpiScope: string;
  /** PRODID of every .ics file (RFC 5545 §3.7.3). */
  calendarProdId: string;
}

/** Phase banner sentences when site.yaml has no `phase_text` (the SG Design System phase banner's wording). */
function defaultPhaseText(phase: SiteConfig['phase'], org: string): string {
  if (phase === 'alpha') return 'This is an early version of the handbook.';
  if (phase === 'beta') return 'This is a new version of the handbook.';
  return `This handbook is maintained by ${org}.`;
}

/** Splits a licence statement at the licence's name, so that name becomes the link. */
function licenceLine(licence: NonNullable<SiteConfig['licence']>): LicenceLine {
  const { name, url, statement } = licence;
  if (!statement) return { before: 'All content is available under the ', name, url, after: ', except where otherwise stated.' };
  const at = statement.indexOf(name);
  // A statement that does not mention the licence's name still ends with a link to it.
  if (at < 0) return { before: `${statement} `, name, url, after: '' };
  return { before: statement.slice(0, at), name, url, after: statement.slice(at + name.length) };
}

/**
 * The branding of a validated site.yaml, every optional field resolved to what the site shows:
 * short_name → organisation.name; phase_text → the phase's standard sentence; intro → "It is written and kept by
 * <organisation>."; footer_links → none; licence → no licence line; radar_name → "<short name> technology radar";
 * kpi_scope → short name; calendar_prodid → `-//<organisation>//<title> release schedule//EN`. Pure; never throws.
 */
export function branding(site: SiteConfig): Branding {
  const org = site.organisation.name;
  const shortName = site.short_name ?? org;
  return {
    organisation: { name: org, url: site.organisation.url },
    shortName,
    phase: { name: site.phase, text: site.phase_text ?? defaultPhaseText(site.phase, org) },
    intro: site.intro ?? `It is written and kept by ${org}. Every page has an owner and a review date.`,
    footerLinks: site.footer_links ?? [],
    licence: site.licence ? licenceLine(site.licence) : undefined,
    radarName: site.radar_name ?? `${shortName} technology radar`,
    kpiScope: site.kpi_scope ?? shortName,
    calendarProdId: site.calendar_prodid ?? `-//${org}//${site.title} release schedule//EN`,
  };
}
