// A component's changelog as data (Keep a Changelog sections) and as a Keep a Changelog 1.1 Markdown file.
import { CHANGE_CATEGORIES, CHANGE_CATEGORY_LABELS, type ChangeCategory, type ReleaseStatus } from './enums';
import { compareReleases, isShipped, isUpcoming, type ReleaseEntry, type ReleaseModel } from './model';
import type { Change } from './schema';
import { compareVersions } from './version';
import { escapeMarkdown } from '../shared/markdown-text';

export interface ChangelogItem {
  change: Change;
  /** The release the change belongs to (useful under "Unreleased", where several may be merged). */
  release: ReleaseEntry;
}

export interface ChangelogGroup {
  category: ChangeCategory;
  /** `Added`, `Fixed`…: the Keep a Changelog heading. */
  label: string;
  items: ChangelogItem[];
}

export interface ChangelogSection {
  kind: 'unreleased' | 'release';
  /** `Unreleased` or the version. */
  heading: string;
  version?: string;
  /** Release date (London calendar date). */
  date?: string;
  status?: ReleaseStatus;
  /** The releases the section covers: one for a release, every planned/in-progress one for "Unreleased". */
  releases: ReleaseEntry[];
  /** Non-empty groups in Keep a Changelog order. */
  groups: ChangelogGroup[];
  hasBreaking: boolean;
}

function group(releases: ReleaseEntry[]): ChangelogGroup[] {
  return CHANGE_CATEGORIES.map((category) => ({
    category,
    label: CHANGE_CATEGORY_LABELS[category],
    items: releases.flatMap((release) =>
      release.changes.filter((c) => c.category === category).map((change) => ({ change, release })),
    ),
  })).filter((g) => g.items.length > 0);
}

/**
 * A component's changelog, newest first: "Unreleased" (planned and in-progress work, present only when
 * there is some), then each release that reached live, highest version first. Cancelled releases are left out.
 */
export function componentChangelog(model: ReleaseModel, componentId: string): ChangelogSection[] {
  const all = model.byComponent[componentId] ?? [];
  const sections: ChangelogSection[] = [];
  const upcoming = all.filter((r) => isUpcoming(r.status)).sort(compareReleases);
  if (upcoming.length > 0) {
    const groups = group(upcoming);
    sections.push({
      kind: 'unreleased',
      heading: 'Unreleased',
      releases: upcoming,
      groups,
      hasBreaking: groups.some((g) => g.items.some((i) => i.change.breaking)),
    });
  }
  const shipped = all.filter((r) => isShipped(r.status)).sort((a, b) => compareVersions(b.version, a.version));
  for (const r of shipped) {
    const groups = group([r]);
    sections.push({
      kind: 'release',
      heading: r.version,
      version: r.version,
      date: r.dateKind === 'released' ? r.date : undefined,
      status: r.status,
      releases: [r],
      groups,
      hasBreaking: r.changes.some((c) => c.breaking),
    });
  }
  return sections;
}

/** Link destinations cannot hold spaces or angle brackets; the URL has already passed the scheme allowlist. */
function linkTarget(url: string): string {
  return url.replace(/[\s<>()]/g, (c) => encodeURIComponent(c));
}

function itemLine(item: ChangelogItem, showVersion: boolean): string {
  const c = item.change;
  const parts: string[] = [];
  if (c.breaking) parts.push('**BREAKING:**');
  if (c.scope) parts.push(`**${escapeMarkdown(c.scope)}:**`);
  parts.push(escapeMarkdown(c.summary));
  const refs = c.refs.map((r) => (r.url ? `[${escapeMarkdown(r.id)}](${linkTarget(r.url)})` : escapeMarkdown(r.id)));
  if (refs.length > 0) parts.push(`(${refs.join(', ')})`);
  if (showVersion) parts.push(`(planned for ${item.release.version})`);
  return `- ${parts.join(' ')}`;
}

function groupsMarkdown(groups: ChangelogGroup[], showVersion: boolean): string[] {
  const out: string[] = [];
  for (const g of groups) {
    out.push(`### ${g.label}`, '');
    for (const item of g.items) out.push(itemLine(item, showVersion));
    out.push('');
  }
  return out;
}

const STATUS_NOTES: Partial<Record<ReleaseStatus, string>> = {
  'rolled-back': 'This release was rolled back from live.',
  yanked: 'This release was withdrawn (yanked): do not deploy it.',
};

/**
 * The component's changelog as a Keep a Changelog 1.1 file. Yanked releases carry `[YANKED]`
 * as the format asks; rolled-back ones say so in a line under the heading.
 */
export function toKeepAChangelog(model: ReleaseModel, componentId: string): string {
  const component = model.components.find((c) => c.id === componentId);
  const name = component?.name ?? componentId;
  const sections = componentChangelog(model, componentId);
  const lines: string[] = [
    '# Changelog',
    '',
    `All notable changes to ${escapeMarkdown(name)} (\`${componentId}\`) are documented in this file.`,
    '',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
    '',
  ];
  const links: string[] = [];
  const hasUnreleased = sections.some((s) => s.kind === 'unreleased');
  if (!hasUnreleased) lines.push('## [Unreleased]', '');
  for (const s of sections) {
    if (s.kind === 'unreleased') {
      lines.push('## [Unreleased]', '');
      lines.push(...groupsMarkdown(s.groups, true));
      continue;
    }
    const r = s.releases[0];
    const linked = Boolean(r.source?.compareUrl);
    const yanked = s.status === 'yanked' ? ' [YANKED]' : '';
    lines.push(`## [${s.version}]${s.date ? ` - ${s.date}` : ''}${yanked}`, '');
    const note = s.status ? STATUS_NOTES[s.status] : undefined;
    if (note) lines.push(`${note}${r.statusReason ? ` ${escapeMarkdown(r.statusReason)}` : ''}`, '');
    if (s.groups.length === 0) lines.push('No notable changes recorded.', '');
    lines.push(...groupsMarkdown(s.groups, false));
    if (linked) links.push(`[${s.version}]: ${linkTarget(r.source!.compareUrl!)}`);
  }
  // The Unreleased link compares the newest tag with the main line, when the repository is on GitHub.
  const newestTagged = sections.find((s) => s.kind === 'release' && s.releases[0].source?.tag);
  if (component && newestTagged && /^https:\/\/github\.com\/[^/]+\/[^/]+\/?$/.test(component.repository)) {
    const repo = component.repository.replace(/\/$/, '');
    links.unshift(`[unreleased]: ${repo}/compare/${encodeURIComponent(newestTagged.releases[0].source!.tag!)}...HEAD`);
  }
  if (links.length > 0) lines.push(...links, '');
  // One trailing newline, no blank line runs.
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '\n');
}
