// The sections of a release's page and of a component's page, with their anchors: one list for the templates that
// show them and for the content check, which holds a link such as /releases/payments/3.4.0/#rollback-plan to what
// the page will show (a link to a section the release does not have, or a misspelt one, used to ship broken).
import type { ChangelogSection } from './changelog';
import type { ComponentOverview, ReleaseEntry } from './model';
import { shownSections, type PageSection } from '../shared/page-section';

export type { PageSection } from '../shared/page-section';

/**
 * The sections a release's page shows, in page order: each only when the release records it. `checklistsApplying`:
 * how many checklists hold the release (`releaseReadiness` in ../checklists/readiness.ts), which needs the checklists;
 * readiness is shown when results are recorded or one applies (a planned release shows what it still needs).
 */
export function releasePageSections(r: ReleaseEntry, checklistsApplying: number): PageSection[] {
  const readinessShown = r.readiness.length > 0 || checklistsApplying > 0;
  return shownSections([
    { id: 'promotion', text: 'Promotion through environments', show: r.environments.length > 0 },
    { id: 'release-notes', text: 'Release notes', show: r.changes.length > 0 },
    { id: 'artefacts', text: 'Artefacts', show: r.artefacts.length > 0 },
    { id: 'migrations', text: 'Migrations', show: r.migrations.length > 0 },
    { id: 'config-changes', text: 'Configuration changes', show: r.configChanges.length > 0 },
    { id: 'sign-offs', text: 'Sign-offs', show: r.signOffs.length > 0 },
    { id: 'risks', text: 'Risks', show: r.risks.length > 0 },
    { id: 'rollback-plan', text: 'Rollback plan', show: r.rollbackPlan !== undefined },
    { id: 'readiness', text: 'Readiness', show: readinessShown },
    { id: 'incidents', text: 'Incidents', show: r.incidents.length > 0 },
    { id: 'retrospective', text: 'Retrospective', show: r.retrospective !== undefined },
  ]);
}

/** The anchor of the release's `index`-th incident (0-based), as its page numbers them: `incident-1`, `incident-2`. */
export function incidentAnchor(index: number): string {
  return `incident-${index + 1}`;
}

/** Every anchor a release's page has for its sections and incidents (see {@link releasePageSections}). */
export function releasePageAnchors(r: ReleaseEntry, checklistsApplying: number): Set<string> {
  return new Set([...releasePageSections(r, checklistsApplying).map((s) => s.id), ...r.incidents.map((_, i) => incidentAnchor(i))]);
}

/** The sections a component's page (`/releases/<component>/`) shows, in page order. */
export function componentPageSections(o: ComponentOverview, changelog: readonly ChangelogSection[]): PageSection[] {
  const name = o.component.name;
  return shownSections([
    { id: 'live-now', text: 'Live now', show: o.live !== undefined },
    { id: 'next-up', text: 'What is next', show: o.next.length > 0 },
    { id: 'all-releases', text: 'All releases', show: o.history.length > 0 },
    { id: 'changelog', text: 'Changelog', show: changelog.length > 0 },
    { id: 'follow', text: `Follow ${name}`, show: true },
  ]);
}

/** The anchor of a changelog section: `changelog-unreleased`, or `changelog-<version>` (`changelog-3.4.0`). */
export function changelogAnchor(s: Pick<ChangelogSection, 'kind' | 'version'>): string {
  return s.kind === 'unreleased' ? 'changelog-unreleased' : `changelog-${s.version}`;
}

/** Every anchor a component's page has for its sections and changelog entries. */
export function componentPageAnchors(o: ComponentOverview, changelog: readonly ChangelogSection[]): Set<string> {
  return new Set([...componentPageSections(o, changelog).map((s) => s.id), ...changelog.map(changelogAnchor)]);
}
