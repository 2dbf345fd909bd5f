import { describe, expect, it } from 'vitest';
import { formatIssues } from '../shared/errors';
import { readinessJson, toReadinessEntries } from './entries';
import { loadChecklistsFromFiles } from './load';
import type { Checklist } from './parse';
import {
  checkReadiness,
  checklistApplies,
  checklistUsage,
  isHeldTo,
  itemHref,
  releaseReadiness,
  summariseChecklist,
  type ReadinessRecord,
  type ReleaseReadinessInput,
} from './readiness';

function checklist(id: string, frontExtra: string, body: string): Checklist {
  const text = [
    '---',
    `title: ${id} title`,
    'description: For tests.',
    'owner: Release Manager',
    'review_by: 2027-01-01',
    'effective_from: 2026-01-01',
    frontExtra,
    '---',
    body,
  ].join('\n');
  const r = loadChecklistsFromFiles([{ path: `content/checklists/${id}.md`, text }]);
  expect(r.issues).toEqual([]);
  return r.checklists[0];
}

const goNoGo = checklist(
  'go-no-go',
  'applies_to:\n  stages: [rc, ga]',
  [
    '## Quality',
    '- [ ] UAT signed off {#uat-signed-off required}',
    '- [ ] No open P1 or P2 defects {#no-p1-p2 required}',
    '## Operations',
    '- [ ] Dashboards cover new features {#dashboards}',
  ].join('\n'),
);
const emergency = checklist(
  'emergency-change',
  'applies_to:\n  releaseTypes: [emergency]',
  '- [ ] Incident manager agreed {#incident-manager-agreed required}\n',
);
const checklists = [emergency, goNoGo];
const verification = checklist(
  'post-release-verification',
  'timing: after-release\napplies_to:\n  stages: [ga]',
  '- [ ] Error rate within threshold {#error-rate required}\n- [ ] Support contacts normal {#support-contacts}\n',
);

const release = (over: Partial<ReleaseReadinessInput> = {}): ReleaseReadinessInput => ({
  file: 'content/releases/payments/2.4.0.json',
  component: 'payments',
  version: '2.4.0',
  stage: 'ga',
  releaseType: 'minor',
  status: 'released',
  dates: { released: '2026-03-10' },
  readiness: [],
  ...over,
});

const rec = (item: string, result: ReadinessRecord['result'], extra: Partial<ReadinessRecord> = {}): ReadinessRecord => ({
  checklist: 'go-no-go',
  item,
  result,
  ...extra,
});

const allPass = [rec('uat-signed-off', 'pass'), rec('no-p1-p2', 'pass'), rec('dashboards', 'pass')];

describe('checkReadiness', () => {
  it('accepts a released release whose required items pass, are waived with a reason or not applicable', () => {
    const r = release({
      readiness: [
        rec('uat-signed-off', 'waived', { waiverReason: 'Configuration-only change; agreed by the Release Manager.' }),
        rec('no-p1-p2', 'not-applicable'),
        rec('dashboards', 'fail'),
      ],
    });
    expect(checkReadiness(checklists, [r])).toEqual([]);
  });

  it('reports an unknown checklist, naming the field and the nearest id or the known ids, with the JSON line', () => {
    const at = (checklist: string) => {
      const readiness = [rec('uat-signed-off', 'pass'), { ...rec('x', 'pass'), checklist }];
      const data = { component: 'payments', version: '2.4.0', readiness };
      return release({ status: 'planned', readiness, text: JSON.stringify(data, null, 2) });
    };
    // Lines: 1 {, 2 component, 3 version, 4 "readiness": [, 5-9 first entry, 10 {, 11 "checklist".
    expect(formatIssues(checkReadiness(checklists, [at('go-nogo')]))).toBe(
      'content/releases/payments/2.4.0.json:11:7  readiness[1].checklist  "go-nogo" is not a known checklist: did you mean "go-no-go"?',
    );
    expect(formatIssues(checkReadiness(checklists, [at('smoke-tests')]))).toBe(
      'content/releases/payments/2.4.0.json:11:7  readiness[1].checklist  "smoke-tests" is not a known checklist: expected one of emergency-change|go-no-go',
    );
    expect(formatIssues(checkReadiness([], [at('smoke-tests')]))).toContain('"smoke-tests" is not a known checklist: there are no checklists in the content directory');
  });

  it('does not judge records naming a checklist whose own file could not be read (its errors are reported there)', () => {
    // A new adopter's trial (2 December 2026): each release said "expected one of" with an empty list.
    const readiness = [{ ...rec('x', 'pass'), checklist: 'smoke-tests' }];
    const r = release({ status: 'planned', readiness, text: JSON.stringify({ component: 'payments', version: '2.4.0', readiness }, null, 2) });
    expect(checkReadiness([], [r], new Set(['smoke-tests']))).toEqual([]);
  });

  it('reports an unknown item in a known checklist', () => {
    const r = release({ status: 'planned', readiness: [rec('rollback-rehersed', 'pass')] });
    expect(formatIssues(checkReadiness(checklists, [r]))).toBe(
      'content/releases/payments/2.4.0.json  readiness[0].item  "rollback-rehersed" is not an item of checklist "go-no-go": expected one of dashboards|no-p1-p2|uat-signed-off (the ids in content/checklists/go-no-go.md)',
    );
  });

  it('names the file of a long checklist instead of listing its ids', () => {
    // 13 items: one more than the message lists.
    const items = Array.from({ length: 13 }, (_, i) => `- [ ] Step ${i} {#step-${String(i).padStart(2, '0')}}`).join('\n');
    const long = checklist('go-no-go', 'applies_to:\n  stages: [rc, ga]', items + '\n');
    const r = release({ status: 'planned', readiness: [rec('rollback-rehersed', 'pass')] });
    expect(formatIssues(checkReadiness([long], [r]))).toBe(
      'content/releases/payments/2.4.0.json  readiness[0].item  "rollback-rehersed" is not an item of checklist "go-no-go": see the ids in content/checklists/go-no-go.md',
    );
  });

  it("keeps a shipped release's result for an item since removed from the checklist, as a warning; suggests a renamed one", () => {
    const r = release({ readiness: [...allPass, rec('a11y-checked', 'pass'), rec('uat-signed-of', 'pass')] });
    const issues = checkReadiness(checklists, [r]);
    expect(issues.map((i) => [i.severity, i.field, i.message])).toEqual([
      [
        'warning',
        'readiness[3].item',
        '"a11y-checked" is not an item of checklist "go-no-go" (content/checklists/go-no-go.md): this shipped release\'s result for it stays in its file but is not shown; nothing to do if the item was removed on purpose, or give it the id the item has now if it was renamed',
      ],
      [
        'warning',
        'readiness[4].item',
        '"uat-signed-of" is not an item of checklist "go-no-go" (content/checklists/go-no-go.md): this shipped release\'s result for it stays in its file but is not shown; if it is a slip for "uat-signed-off" (or the item was renamed so), write that; nothing to do if the item was removed on purpose',
      ],
    ]);
  });

  it('reports a waiver without a reason, blank reasons included', () => {
    const r = release({
      status: 'planned',
      readiness: [rec('uat-signed-off', 'waived'), rec('no-p1-p2', 'waived', { waiverReason: '  ' })],
    });
    expect(checkReadiness(checklists, [r]).map((i) => `${i.field}  ${i.message}`)).toEqual([
      'readiness[0].waiverReason  is required when result is "waived": say why the item was waived and who agreed it',
      'readiness[1].waiverReason  is required when result is "waived": say why the item was waived and who agreed it',
    ]);
  });

  it('reports a result recorded twice for the same item', () => {
    const r = release({ readiness: [...allPass, rec('uat-signed-off', 'fail')] });
    expect(checkReadiness(checklists, [r]).map((i) => `${i.field}  ${i.message}`)).toEqual([
      'readiness[3]  item "uat-signed-off" of checklist "go-no-go" is recorded twice: keep one result (the first is readiness[0])',
    ]);
  });

  it('reports each missing required item of a released release, one issue per item', () => {
    const r = release({ readiness: [rec('dashboards', 'pass')] });
    expect(checkReadiness(checklists, [r]).map((i) => `${i.field}  ${i.message}`)).toEqual([
      'readiness  required item "uat-signed-off" of checklist "go-no-go" has no result: a release that went live must pass it, waive it with a reason or mark it not-applicable',
      'readiness  required item "no-p1-p2" of checklist "go-no-go" has no result: a release that went live must pass it, waive it with a reason or mark it not-applicable',
    ]);
  });

  it('tells a released pre-release that skipped live how to keep a live-only checklist off it (an operations trial)', () => {
    // "a release that went live must…" was said of a release candidate whose live step was skipped (3 December 2026).
    const rc = release({
      version: '2.5.0-rc.1',
      stage: 'rc',
      environments: [{ name: 'staging', status: 'deployed' }, { name: 'live', status: 'skipped' }],
      readiness: [rec('uat-signed-off', 'fail')],
    });
    const advice = '(this one skipped live; if checklist "go-no-go" is only for releases that go live, leave rc out of its applies_to stages, e.g. applies_to: { stages: [ga] }, in content/checklists/go-no-go.md)';
    expect(checkReadiness([goNoGo], [rc]).map((i) => `${i.field}  ${i.message}`)).toEqual([
      `readiness[0].result  required item "uat-signed-off" of checklist "go-no-go" is "fail": a released pre-release must pass it, waive it with a reason or mark it not-applicable ${advice}`,
      `readiness  required item "no-p1-p2" of checklist "go-no-go" has no result: a released pre-release must pass it, waive it with a reason or mark it not-applicable ${advice}`,
    ]);
    // One that went live is told as before.
    expect(checkReadiness([goNoGo], [{ ...rc, environments: [{ name: 'live', status: 'deployed' }] }])[1].message).toBe(
      'required item "no-p1-p2" of checklist "go-no-go" has no result: a release that went live must pass it, waive it with a reason or mark it not-applicable',
    );
  });

  it('does not hold a release to an item added after it shipped (from=), and says how to mark one when asked with today', () => {
    const added = checklist('go-no-go', 'applies_to:\n  stages: [rc, ga]', '- [ ] UAT signed off {#uat-signed-off required}\n- [ ] Backup confirmed {#backup required from=2026-06-01}\n');
    const old = release({ readiness: [rec('uat-signed-off', 'pass')] });
    expect(checkReadiness([added], [old], new Set(), '2026-12-02')).toEqual([]);
    expect(summariseChecklist(added, old)).toMatchObject({ passed: 1, total: 1, missingRequired: [] });
    // Released on or after that day: held to it.
    expect(checkReadiness([added], [release({ dates: { released: '2026-06-01' }, readiness: [rec('uat-signed-off', 'pass')] })]).map((i) => i.message)).toEqual([
      'required item "backup" of checklist "go-no-go" has no result: a release that went live must pass it, waive it with a reason or mark it not-applicable',
    ]);
    // An item without from= that a release shipped before today lacks: the message says how to mark the item as newer.
    expect(checkReadiness([goNoGo], [release({ readiness: allPass.slice(1) })], new Set(), '2026-12-02').map((i) => i.message)).toEqual([
      'required item "uat-signed-off" of checklist "go-no-go" has no result: a release that went live must pass it, waive it with a reason or mark it not-applicable (or, if the item is newer than this release, give it the day it was added in content/checklists/go-no-go.md: {#uat-signed-off required from=YYYY-MM-DD})',
    ]);
  });

  it('reports failed and pending required items of a released release at their result', () => {
    const readiness = [rec('uat-signed-off', 'fail'), rec('no-p1-p2', 'pending'), rec('dashboards', 'fail')];
    const r = release({ readiness, text: JSON.stringify({ readiness }, null, 2) });
    expect(formatIssues(checkReadiness(checklists, [r]))).toBe(
      [
        'content/releases/payments/2.4.0.json:6:7  readiness[0].result  required item "uat-signed-off" of checklist "go-no-go" is "fail": a release that went live must pass it, waive it with a reason or mark it not-applicable',
        'content/releases/payments/2.4.0.json:11:7  readiness[1].result  required item "no-p1-p2" of checklist "go-no-go" is "pending": a release that went live must pass it, waive it with a reason or mark it not-applicable',
      ].join('\n'),
    );
  });

  it('lets after-release required items be pending or failed, but not missing', () => {
    const withVerification = [goNoGo, verification];
    const pending = release({ readiness: [...allPass, { checklist: 'post-release-verification', item: 'error-rate', result: 'pending' }] });
    const failed = release({ readiness: [...allPass, { checklist: 'post-release-verification', item: 'error-rate', result: 'fail' }] });
    expect(checkReadiness(withVerification, [pending, failed])).toEqual([]);
    const missing = release({ readiness: allPass });
    expect(checkReadiness(withVerification, [missing]).map((i) => `${i.field}  ${i.message}`)).toEqual([
      'readiness  required item "error-rate" of checklist "post-release-verification" has no result: a release that went live must record it, as pending until it is done',
    ]);
    // The page still shows the pending item as not yet met.
    expect(summariseChecklist(verification, pending)).toMatchObject({ requiredMet: false, failedRequired: [{ item: 'error-rate' }] });
  });

  it('does not hold releases that have not gone live, or went live before the checklist took effect', () => {
    const none: ReadinessRecord[] = [];
    expect(checkReadiness(checklists, [release({ status: 'in-progress', readiness: none })])).toEqual([]);
    expect(checkReadiness(checklists, [release({ status: 'cancelled', readiness: none })])).toEqual([]);
    expect(checkReadiness(checklists, [release({ dates: { released: '2025-12-31' }, readiness: none })])).toEqual([]);
    // A release without a release date is the release rules' problem, not a readiness one.
    expect(checkReadiness(checklists, [release({ dates: {}, readiness: none })])).toEqual([]);
    expect(checkReadiness(checklists, [release({ dates: { released: '2026-01-01' }, readiness: none })])).toHaveLength(2);
  });

  it('holds a release that went live and was then rolled back or yanked, as a released one', () => {
    // A new adopter's trial (3 December 2026): they were let off, though they are the releases an audit asks about.
    for (const status of ['rolled-back', 'yanked'] as const)
      expect(checkReadiness(checklists, [release({ status, readiness: [] })]).map((i) => i.message), status).toEqual([
        'required item "uat-signed-off" of checklist "go-no-go" has no result: a release that went live must pass it, waive it with a reason or mark it not-applicable',
        'required item "no-p1-p2" of checklist "go-no-go" has no result: a release that went live must pass it, waive it with a reason or mark it not-applicable',
      ]);
  });

  it('holds a release only to checklists for its stage and release type', () => {
    // A beta is outside go-no-go's stages; a minor release is outside the emergency checklist.
    expect(checkReadiness(checklists, [release({ stage: 'beta', version: '3.0.0-beta.1', readiness: [] })])).toEqual([]);
    const issues = checkReadiness(checklists, [release({ releaseType: 'emergency', readiness: allPass })]);
    expect(issues.map((i) => i.message)).toEqual([
      'required item "incident-manager-agreed" of checklist "emergency-change" has no result: a release that went live must pass it, waive it with a reason or mark it not-applicable',
    ]);
  });

  it('judges the effective date by the London calendar day of a date-time', () => {
    // 23:30 UTC on 31 December is still 31 December in London (GMT), so the checklist is not yet in effect;
    // 23:30 UTC on 30 June is 1 July in London (BST).
    expect(checklistApplies(goNoGo, release({ dates: { released: '2025-12-31T23:30:00Z' } }))).toBe(false);
    expect(
      checklistApplies({ ...goNoGo, effectiveFrom: '2026-07-01' }, release({ dates: { released: '2026-06-30T23:30:00Z' } })),
    ).toBe(true);
  });

  it('uses the planned date for unreleased releases when deciding whether a checklist applies', () => {
    expect(checklistApplies(goNoGo, release({ status: 'planned', dates: { planned: '2025-11-01' } }))).toBe(false);
    expect(checklistApplies(goNoGo, release({ status: 'planned', dates: { planned: '2026-11-01' } }))).toBe(true);
    expect(checklistApplies(goNoGo, release({ status: 'planned', dates: {} }))).toBe(true);
    expect(isHeldTo(goNoGo, release({ status: 'planned', dates: { planned: '2026-11-01' } }))).toBe(false);
  });
});

describe('summariseChecklist', () => {
  it('counts passes out of the items that apply and lists what blocks the release', () => {
    const r = release({
      readiness: [
        rec('uat-signed-off', 'fail', { evidence: 'https://example.org/uat' }),
        rec('dashboards', 'not-applicable'),
      ],
    });
    const s = summariseChecklist(goNoGo, r);
    expect(s).toMatchObject({
      checklist: 'go-no-go',
      title: 'go-no-go title',
      applies: true,
      passed: 0,
      total: 2,
      notApplicable: 1,
      failedRequired: [
        { checklist: 'go-no-go', item: 'uat-signed-off', label: 'UAT signed off', required: true, href: '/checklists/go-no-go/#uat-signed-off' },
      ],
      missingRequired: [
        { checklist: 'go-no-go', item: 'no-p1-p2', label: 'No open P1 or P2 defects', required: true, href: '/checklists/go-no-go/#no-p1-p2' },
      ],
      waived: [],
      failedOptional: [],
      requiredMet: false,
    });
    expect(s.items.map((i) => [i.item, i.result, i.evidence])).toEqual([
      ['uat-signed-off', 'fail', 'https://example.org/uat'],
      ['no-p1-p2', 'missing', undefined],
      ['dashboards', 'not-applicable', undefined],
    ]);
  });

  it('lists waivers with reasons and optional failures, and meets the requirement', () => {
    const s = summariseChecklist(
      goNoGo,
      release({
        readiness: [
          rec('uat-signed-off', 'pass'),
          rec('no-p1-p2', 'waived', { waiverReason: ' P2 accepted by the service owner. ' }),
          rec('dashboards', 'fail'),
          { checklist: 'emergency-change', item: 'incident-manager-agreed', result: 'fail' },
        ],
      }),
    );
    expect([s.passed, s.total, s.requiredMet]).toEqual([1, 3, true]);
    expect(s.waived.map((w) => [w.item, w.reason])).toEqual([['no-p1-p2', 'P2 accepted by the service owner.']]);
    expect(s.failedOptional.map((f) => f.item)).toEqual(['dashboards']);
  });

  it('does not count a waiver without a reason as meeting the requirement', () => {
    const s = summariseChecklist(goNoGo, release({ readiness: [rec('uat-signed-off', 'pass'), rec('no-p1-p2', 'waived')] }));
    expect(s.requiredMet).toBe(false);
  });
});

describe('releaseReadiness', () => {
  it('shows checklists with results plus those that apply, in the given order', () => {
    const emergencyRelease = release({ releaseType: 'emergency', readiness: [rec('uat-signed-off', 'pass')] });
    expect(releaseReadiness(checklists, emergencyRelease).map((s) => [s.checklist, s.applies])).toEqual([
      ['emergency-change', true],
      ['go-no-go', true],
    ]);
    const beta = release({ stage: 'beta', readiness: [] });
    expect(releaseReadiness(checklists, beta)).toEqual([]);
    const betaWithResults = release({ stage: 'beta', readiness: [rec('dashboards', 'pass')] });
    expect(releaseReadiness(checklists, betaWithResults).map((s) => [s.checklist, s.applies])).toEqual([['go-no-go', false]]);
    expect(releaseReadiness(checklists, release({ status: 'cancelled', readiness: [] }))).toEqual([]);
  });
});

describe('checklistUsage', () => {
  it('lists releases that recorded results against the checklist, newest first, then by component and version', () => {
    const rows = checklistUsage(goNoGo, [
      release({ component: 'payments', version: '2.4.0', dates: { released: '2026-03-10' }, readiness: allPass }),
      release({ component: 'payments', version: '2.10.0', dates: { released: '2026-03-10' }, readiness: allPass }),
      release({ component: 'citizen-web', version: '5.0.0', dates: { released: '2026-03-10T09:00:00Z' }, readiness: allPass }),
      release({ component: 'notify-scot', version: '1.2.0', status: 'planned', dates: { planned: '2026-05-01' }, readiness: [rec('dashboards', 'pass')] }),
      release({ component: 'content-api', version: '0.9.0', dates: {}, status: 'planned', readiness: [rec('dashboards', 'pending')] }),
      release({ component: 'citizen-account', version: '3.1.0', readiness: [] }),
    ]);
    // 2026-03-10T09:00Z is later than London midnight on 10 March, so citizen-web 5.0.0 sorts first.
    expect(rows.map((r) => `${r.component} ${r.version} ${r.date ?? '-'} ${r.readiness.passed}/${r.readiness.total}`)).toEqual([
      'notify-scot 1.2.0 2026-05-01 1/3',
      'citizen-web 5.0.0 2026-03-10T09:00:00Z 3/3',
      'payments 2.10.0 2026-03-10 3/3',
      'payments 2.4.0 2026-03-10 3/3',
      'content-api 0.9.0 - 0/3',
    ]);
  });
});

describe('toReadinessEntries', () => {
  it('writes the exact readiness[] shape: ticked items pass, the rest pending, in document order', () => {
    const entries = toReadinessEntries(goNoGo, new Set(['dashboards', 'uat-signed-off']));
    expect(entries).toEqual([
      { checklist: 'go-no-go', item: 'uat-signed-off', result: 'pass' },
      { checklist: 'go-no-go', item: 'no-p1-p2', result: 'pending' },
      { checklist: 'go-no-go', item: 'dashboards', result: 'pass' },
    ]);
    expect(readinessJson(entries.slice(0, 1))).toBe(
      '[\n  {\n    "checklist": "go-no-go",\n    "item": "uat-signed-off",\n    "result": "pass"\n  }\n]',
    );
    // Pasted into a release, the pending item is what blocks it.
    expect(checkReadiness(checklists, [release({ readiness: entries })]).map((i) => i.field)).toEqual(['readiness[1].result']);
  });
});

describe('itemHref', () => {
  it('links to the item anchor on the checklist page', () => {
    expect(itemHref('go-no-go', 'rollback-rehearsed')).toBe('/checklists/go-no-go/#rollback-rehearsed');
  });
});
