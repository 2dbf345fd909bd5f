import { describe, expect, it } from 'vitest';
import { loadChecklistsFromFiles } from './load';
import { checklistUsage, summariseChecklist, type ReleaseReadinessInput } from './readiness';
import { unknownChecklistMessage, appliesToText, itemCounts, itemCountsText, passedText, requiredNotMet, RESULT_LABELS, timingText, usageOverview } from './view';

const demo = {
  path: 'content/checklists/demo.md',
  text: `---
title: Demo
description: A demo checklist.
applies_to:
  stages: [ga]
owner: Release Manager
review_by: 2027-01-01
effective_from: 2026-01-01
---

## First

- [ ] One {#one required}
- [ ] Two {#two required}
- [ ] Three {#three}

## Second

- [ ] Four {#four required}
- [ ] Five {#five}
`,
};

function loadDemo() {
  const { checklists, issues } = loadChecklistsFromFiles([demo]);
  expect(issues).toEqual([]);
  return checklists[0];
}

function release(version: string, readiness: ReleaseReadinessInput['readiness'], released = '2026-03-01'): ReleaseReadinessInput {
  return {
    file: `content/releases/payments/${version}.json`,
    component: 'payments',
    version,
    stage: 'ga',
    releaseType: 'minor',
    status: 'released',
    dates: { released },
    readiness,
  };
}

describe('appliesToText', () => {
  it('says what a checklist applies to in words', () => {
    expect(appliesToText({ stages: ['alpha', 'beta', 'rc', 'ga'], releaseTypes: ['major', 'minor', 'patch', 'emergency'] })).toBe('Every release');
    expect(appliesToText({ stages: ['ga'], releaseTypes: ['major', 'minor', 'patch'] })).toBe('Major, minor and patch releases at general availability');
    expect(appliesToText({ stages: ['alpha', 'beta', 'rc', 'ga'], releaseTypes: ['emergency'] })).toBe('Emergency releases at any stage');
    expect(appliesToText({ stages: ['rc', 'ga'], releaseTypes: ['major', 'minor', 'patch', 'emergency'] })).toBe(
      'Releases of any type at release candidate or general availability',
    );
  });
});

describe('item counts', () => {
  it('counts items and required items across groups', () => {
    expect(itemCounts(loadDemo())).toEqual({ items: 5, required: 3 });
    expect(itemCountsText({ items: 5, required: 3 })).toBe('5 items, 3 required');
    expect(itemCountsText({ items: 1, required: 0 })).toBe('1 item, none required');
  });
  it('says when a checklist is used', () => {
    expect(timingText('before-release')).toBe('Before the release goes live');
    expect(timingText('after-release')).toBe('After the release has gone live');
  });
});

describe('readiness words', () => {
  it('summarises passed out of the items that count, and lists required items not met in checklist order', () => {
    const c = loadDemo();
    const r = summariseChecklist(
      c,
      release('3.1.0', [
        { checklist: 'demo', item: 'four', result: 'fail' },
        { checklist: 'demo', item: 'one', result: 'pass' },
        { checklist: 'demo', item: 'three', result: 'not-applicable' },
        { checklist: 'demo', item: 'five', result: 'waived', waiverReason: 'Agreed by the Release Manager.' },
      ]),
    );
    // 5 items, 1 not applicable → 4 count; only "one" passed.
    expect(passedText(r)).toBe('1 of 4 passed (1 not applicable)');
    expect(requiredNotMet(r).map((i) => [i.item, RESULT_LABELS[i.result]])).toEqual([
      ['two', 'No result'],
      ['four', 'Failed'],
    ]);
    expect(passedText({ passed: 3, total: 3, notApplicable: 0 })).toBe('3 of 3 passed');
  });

  it('counts the releases that used a checklist, met its required items and waived items', () => {
    const c = loadDemo();
    const all = ['one', 'two', 'four'].map((item) => ({ checklist: 'demo', item, result: 'pass' as const }));
    const usage = checklistUsage(c, [
      release('3.0.0', all, '2026-02-01'),
      release('3.1.0', [...all.slice(0, 2), { checklist: 'demo', item: 'four', result: 'waived', waiverReason: 'Low risk.' }], '2026-03-01'),
      release('3.2.0', all.slice(0, 1), '2026-04-01'),
      release('3.3.0', [], '2026-05-01'),
    ]);
    expect(usage.map((u) => u.version)).toEqual(['3.2.0', '3.1.0', '3.0.0']);
    expect(usageOverview(usage)).toEqual({ releases: 3, requiredMet: 2, withWaivers: 1 });
  });
});

describe('unknownChecklistMessage', () => {
  it('says what was found and which ids exist, sorted', () => {
    expect(unknownChecklistMessage('go-nogo', ['retrospective', 'go-no-go'])).toBe('"go-nogo" is not a known checklist: expected one of go-no-go|retrospective: did you mean "go-no-go"?');
    expect(unknownChecklistMessage(undefined, ['go-no-go'])).toBe('has no id: write <Checklist id="…" /> with one of go-no-go');
  });
});
