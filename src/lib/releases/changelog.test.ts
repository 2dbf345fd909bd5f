import { describe, expect, it } from 'vitest';
import { bareRelease, shippedRelease } from './fixtures';
import { componentChangelog, toKeepAChangelog } from './changelog';
import { escapeMarkdown } from '../shared/markdown-text';
import { fixtureModel } from './testing';

const model = () =>
  fixtureModel([
    shippedRelease('payments', '2.3.0', '2026-03-02T08:00:00Z', {
      source: { tag: 'v2.3.0', compareUrl: 'https://github.com/example-org/payments/compare/v2.2.0...v2.3.0' },
      changes: [
        { category: 'fixed', summary: 'Refunds over £1,000 no longer time out.' },
        { category: 'added', summary: 'Google Pay.', scope: 'checkout', refs: [{ id: 'PAY-90', url: 'https://jira.example/PAY-90' }] },
        { category: 'removed', summary: 'The v1 callback API.', breaking: true },
      ],
    }),
    shippedRelease('payments', '2.3.1', '2026-04-02T08:00:00Z', {
      status: 'yanked',
      releaseType: 'patch',
      statusReason: 'It double-charged some cards.',
      changes: [{ category: 'security', summary: 'Update TLS ciphers.' }],
    }),
    shippedRelease('payments', '2.4.0', '2026-05-14T08:00:00Z', {
      status: 'rolled-back',
      environments: [{ name: 'live', status: 'rolled-back', deployedAt: '2026-05-14T08:00:00Z' }],
    }),
    bareRelease('payments', '2.5.0-beta.1', { status: 'in-progress', changes: [{ category: 'changed', summary: 'New receipt layout.' }] }),
    bareRelease('payments', '2.5.0', { dates: { planned: '2026-12-03' }, changes: [{ category: 'added', summary: 'Open Banking payments.' }] }),
    bareRelease('payments', '2.4.1', { status: 'cancelled', changes: [{ category: 'fixed', summary: 'Never shipped.' }] }),
  ]);

describe('changelog', () => {
  it('groups changes by Keep a Changelog category, Unreleased first, then highest version first', () => {
    const sections = componentChangelog(model(), 'payments');
    expect(sections.map((s) => `${s.heading} ${s.status ?? ''}`.trim())).toEqual([
      'Unreleased',
      '2.4.0 rolled-back',
      '2.3.1 yanked',
      '2.3.0 released',
    ]);
    expect(sections[0].groups.map((g) => [g.label, g.items.map((i) => `${i.release.version}: ${i.change.summary}`)])).toEqual([
      ['Added', ['2.5.0: Open Banking payments.']],
      ['Changed', ['2.5.0-beta.1: New receipt layout.']],
    ]);
    expect(sections[3].groups.map((g) => g.category)).toEqual(['added', 'removed', 'fixed']);
    expect(sections[3].hasBreaking).toBe(true);
    expect(sections[1].hasBreaking).toBe(false);
  });

  it('exports a Keep a Changelog 1.1 file', () => {
    expect(toKeepAChangelog(model(), 'payments')).toBe(`# Changelog

All notable changes to Payments gateway (\`payments\`) are documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [Unreleased]

### Added

- Open Banking payments. (planned for 2.5.0)

### Changed

- New receipt layout. (planned for 2.5.0-beta.1)

## [2.4.0] - 2026-05-14

This release was rolled back from live.

No notable changes recorded.

## [2.3.1] - 2026-04-02 [YANKED]

This release was withdrawn (yanked): do not deploy it. It double-charged some cards.

### Security

- Update TLS ciphers.

## [2.3.0] - 2026-03-02

### Added

- **checkout:** Google Pay. ([PAY-90](https://jira.example/PAY-90))

### Removed

- **BREAKING:** The v1 callback API.

### Fixed

- Refunds over £1,000 no longer time out.

[unreleased]: https://github.com/example-org/payments/compare/v2.3.0...HEAD
[2.3.0]: https://github.com/example-org/payments/compare/v2.2.0...v2.3.0
`);
  });

  it('keeps an empty Unreleased section when nothing is planned', () => {
    const m = fixtureModel([shippedRelease('citizen-web', '1.0.0', '2026-01-05T10:00:00Z')]);
    expect(toKeepAChangelog(m, 'citizen-web')).toContain('## [Unreleased]\n\n## [1.0.0] - 2026-01-05\n');
  });

  it('escapes HTML and Markdown in data so a summary shows as text', () => {
    expect(escapeMarkdown('<script>alert("x")</script> *bold* [link](javascript:x)')).toBe(
      '\\<script>alert("x")\\</script> \\*bold\\* \\[link\\](javascript:x)',
    );
    // Underscores inside a word cannot start emphasis, so they stay readable; others are escaped.
    expect(escapeMarkdown('FEATURE_FLAG_X and _em_')).toBe('FEATURE_FLAG_X and \\_em\\_');
    const m = fixtureModel([
      shippedRelease('citizen-web', '1.0.0', '2026-01-05T10:00:00Z', {
        changes: [{ category: 'fixed', summary: '<script>alert("x")</script>\nline two' }],
      }),
    ]);
    expect(toKeepAChangelog(m, 'citizen-web')).toContain('- \\<script>alert("x")\\</script> line two\n');
  });
});
