import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/errors';
import { bareRelease, componentsFile, fixtureRelease, releaseFile, shippedRelease } from './fixtures';
import { parseReleaseData, type SourceFile } from './load';
import { checkReleaseDates } from './rules';
import type { ReleaseInput } from './schema';

const F = 'content/releases/payments/2.4.0.json';

function problems(...files: SourceFile[]): string[] {
  return parseReleaseData([componentsFile(), ...files]).issues.map(formatIssue);
}

/** Problems for one release file built from the fixture with `over` applied. */
function problemsOf(over: Partial<ReleaseInput>, path?: string): string[] {
  return problems(releaseFile(fixtureRelease(over), path));
}

describe('release rules', () => {
  it('accepts the valid fixture with no issues', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('rejects a "v" prefix on the version', () => {
    expect(problemsOf({ version: 'v2.4.0' }, F)).toEqual([
      `${F}:4:3  version  "v2.4.0" has a "v" prefix: write the version without it, e.g. 2.4.0 (SemVer 2.0)`,
    ]);
  });

  it('says a date written as YYYY-MM-DD that is not on the calendar breaks the month-and-day rule, not the format', () => {
    // A new adopter's example (1 December 2026): the format was already right, so "expected YYYY-MM-DD" misled.
    const [msg] = problemsOf({ dates: { ...fixtureRelease({}).dates, planned: '2026-11-31' } }, F);
    expect(msg).toMatch(/^content\/releases\/payments\/2\.4\.0\.json:\d+:\d+  dates\.planned  "2026-11-31" is not a date on the calendar: expected YYYY-MM-DD with a month from 01 to 12 and a day that month has$/);
    expect(problemsOf({ dates: { ...fixtureRelease({}).dates, planned: '31/11/2026' } }, F)[0]).toMatch(/ {2}dates\.planned {2}"31\/11\/2026" is not a date: expected YYYY-MM-DD$/);
  });

  it('rejects a version that is not SemVer 2.0', () => {
    expect(problemsOf({ version: '2.4' }, F)).toEqual([
      `${F}:4:3  version  "2.4" is not a valid SemVer 2.0 version: expected MAJOR.MINOR.PATCH with an optional pre-release, e.g. 2.1.0 or 2.1.0-rc.1`,
    ]);
    // Leading zeros are not SemVer either, and the message says which rule (see version.test.ts).
    expect(problemsOf({ version: '2.04.0' }, F)[0]).toContain('"2.04.0" has a leading zero in its minor number (04): SemVer 2.0 §2');
  });

  it('rejects a pre-release identifier that is not a stage', () => {
    const file = 'content/releases/payments/2.5.0-preview.1.json';
    expect(problemsOf({ version: '2.5.0-preview.1', stage: 'rc' })).toEqual([
      `${file}:4:3  version  "2.5.0-preview.1" has the pre-release identifier "preview": expected alpha, beta or rc (e.g. 2.5.0-rc.1), or none for a GA release`,
    ]);
  });

  it('rejects a stage that disagrees with the pre-release identifier', () => {
    const file = 'content/releases/payments/2.5.0-rc.1.json';
    expect(problemsOf({ version: '2.5.0-rc.1', stage: 'ga' })).toEqual([
      `${file}:7:3  stage  "ga" does not agree with version 2.5.0-rc.1: its first pre-release identifier "rc" means stage "rc"`,
    ]);
    expect(problemsOf({ stage: 'beta' })).toEqual([
      `${F}:7:3  stage  "beta" does not agree with version 2.4.0: a version without a pre-release identifier means stage "ga"`,
    ]);
  });

  it('rejects an unknown component', () => {
    const file = 'content/releases/paymnets/2.4.0.json';
    expect(problemsOf({ component: 'paymnets' })).toEqual([
      `${file}:3:3  component  "paymnets" is not a known component (components are listed in content/components.yaml): expected one of citizen-web|payments: did you mean "payments"?`,
    ]);
  });

  it('rejects a file whose path does not match its component and version', () => {
    // Either the field or the file's place is wrong: both fixes are offered (a new adopter's trial, 2 December 2026).
    expect(problemsOf({}, 'content/releases/payments/2.4.1.json')).toEqual([
      'content/releases/payments/2.4.1.json:4:3  version  "2.4.0" does not match the file name 2.4.1.json: set version to "2.4.1" if that is the release, or rename the file to 2.4.0.json',
    ]);
    expect(problemsOf({}, 'content/releases/citizen-web/2.4.0.json')).toEqual([
      'content/releases/citizen-web/2.4.0.json:3:3  component  "payments" does not match the folder the file is in (content/releases/citizen-web/): set component to "citizen-web" if it is a citizen-web release, or move the file to content/releases/payments/2.4.0.json',
    ]);
    // A folder or file name that names no component or version: the file is moved.
    expect(problemsOf({}, 'content/releases/payments/notes.json')).toEqual([
      'content/releases/payments/notes.json:4:3  version  the file is in the wrong place for payments 2.4.0: move it to content/releases/payments/2.4.0.json',
    ]);
    expect(problemsOf({}, 'content/releases/old/2.4.0.json')).toEqual([
      'content/releases/old/2.4.0.json:3:3  component  the file is in the wrong place for payments 2.4.0: move it to content/releases/payments/2.4.0.json',
    ]);
  });

  it('names the folder the file is in for a mistyped component, not a folder of the typo to move it to', () => {
    expect(problemsOf({ component: 'payements' }, 'content/releases/payments/2.4.0.json')).toEqual([
      'content/releases/payments/2.4.0.json:3:3  component  "payements" is not a known component (components are listed in content/components.yaml): the file is in content/releases/payments/: did you mean "payments"?',
    ]);
  });

  it('rejects two files for one release', () => {
    const other = 'content/releases/payments/2.4.0+build.7.json';
    const issues = problems(
      releaseFile(fixtureRelease()),
      releaseFile(fixtureRelease({ version: '2.4.0+build.7' }), other),
    );
    expect(issues).toEqual([
      `${other}:4:3  version  payments 2.4.0+build.7 is also described by ${F}: keep one file per release`,
      `${F}:4:3  version  payments 2.4.0 is also described by ${other}: keep one file per release`,
    ]);
  });

  it('requires dates.released when status is released', () => {
    expect(problemsOf({ dates: { planned: '2026-05-14' } })).toEqual([
      `${F}:9:3  dates.released  is required when status is "released": add the date the release went live`,
    ]);
  });

  it('compares a code freeze with the release date in London, and says which day that was', () => {
    // A new adopter's trial (2 December 2026): 00:30 at +01:00 in December is 23:30 on 1 December in London.
    const live = (at: string) => ({ environments: [{ name: 'live' as const, status: 'deployed' as const, deployedAt: at }] });
    expect(problemsOf({ dates: { codeFreeze: '2026-12-02', released: '2026-12-02T00:30:00+01:00' }, ...live('2026-12-02T00:30:00+01:00') })).toEqual([
      `${F}:10:5  dates.codeFreeze  "2026-12-02" is after the release date "2026-12-02T00:30:00+01:00" (2026-12-01 in London, where release dates are counted): the code freeze must be on or before it (to correct it: npm run release:status -- payments 2.4.0 released --code-freeze YYYY-MM-DD)`,
    ]);
    // In summer time, 00:30 at +01:00 is 00:30 in London: a freeze that day is on the release day.
    expect(problemsOf({ dates: { codeFreeze: '2026-07-02', released: '2026-07-02T00:30:00+01:00' }, ...live('2026-07-02T00:30:00+01:00') })).toEqual([]);
  });

  it('rejects a code freeze after the release', () => {
    expect(problemsOf({ dates: { codeFreeze: '2026-05-20', released: '2026-05-14' } })).toEqual([
      `${F}:10:5  dates.codeFreeze  "2026-05-20" is after the release date "2026-05-14": the code freeze must be on or before it (to correct it: npm run release:status -- payments 2.4.0 released --code-freeze YYYY-MM-DD)`,
    ]);
    // A freeze at 17:00 on release day is fine: a bare release date means the whole day.
    expect(problemsOf({ dates: { codeFreeze: '2026-05-14T17:00:00+01:00', released: '2026-05-14' } })).toEqual([]);
    expect(
      problemsOf({ status: 'planned', environments: [], dates: { planned: '2026-12-01', codeFreeze: '2026-12-02' } }),
    ).toEqual([
      `${F}:11:5  dates.codeFreeze  "2026-12-02" is after the planned date "2026-12-01": the code freeze must be on or before it (to move both: npm run release:status -- payments 2.4.0 planned --planned YYYY-MM-DD --code-freeze YYYY-MM-DD)`,
    ]);
  });

  it('rejects an environment deployed before the one before it', () => {
    const environments: ReleaseInput['environments'] = [
      { name: 'dev', status: 'deployed', deployedAt: '2026-05-05T10:00:00+01:00' },
      { name: 'test', status: 'skipped' },
      { name: 'staging', status: 'deployed', deployedAt: '2026-05-14T10:00:00+01:00' },
      { name: 'live', status: 'deployed', deployedAt: '2026-05-14T09:00:00+01:00' },
    ];
    expect(problemsOf({ environments })).toEqual([
      `${F}:32:7  environments[3].deployedAt  live was deployed at "2026-05-14T09:00:00+01:00", before staging ("2026-05-14T10:00:00+01:00"): promotion order is dev, test, staging, live`,
    ]);
  });

  it('rejects a released release whose live step is still pending or failed, at that step', () => {
    const base = fixtureRelease({}).environments ?? [];
    const environments = [...base.slice(0, 3), { name: 'live' as const, status: 'pending' as const }];
    expect(problemsOf({ environments })).toEqual([
      `${F}:32:7  environments[3].status  is "pending" but the release's status is "released": record the live deployment (npm run release:promote -- payments 2.4.0 live), or set the release's status to what happened`,
    ]);
    expect(problemsOf({ status: 'in-progress', dates: { planned: '2026-05-14' }, environments })).toEqual([]);
  });

  it('warns when a rollback is recorded on the live step or in the status but not both (the KPIs count either)', () => {
    // A new adopter's trial (3 December 2026): the check passed, the KPIs counted a rollback the pages did not show.
    const base = fixtureRelease({}).environments ?? [];
    const liveAs = (status: 'deployed' | 'rolled-back') => [...base.slice(0, 3), { ...base[3], name: 'live' as const, status }];
    expect(problemsOf({ environments: liveAs('rolled-back') })).toEqual([
      `${F}:32:7  environments[3].status  warning: is "rolled-back" but the release's status is "released": the KPIs count a rollback while the release's page says released; set the release's status (npm run release:status -- payments 2.4.0 rolled-back --reason "…"), or the live step's status to what happened`,
    ]);
    expect(problemsOf({ status: 'rolled-back', statusReason: 'Late incident.', environments: liveAs('deployed') })).toEqual([
      `${F}:32:7  environments[3].status  warning: is "deployed" but the release's status is "rolled-back": record the rollback on the live step too (npm run release:promote -- payments 2.4.0 live --status rolled-back --notes "…"), so its page shows it`,
    ]);
    // Both recorded, or yanked after a rollback: nothing to say.
    expect(problemsOf({ status: 'rolled-back', statusReason: 'Late incident.', environments: liveAs('rolled-back') })).toEqual([]);
    expect(problemsOf({ status: 'yanked', statusReason: 'Pulled.', environments: liveAs('rolled-back') })).toEqual([]);
  });

  it('warns when dates.released is not the UK day of the live deployment, which the on-time rate would misread', () => {
    // A new adopter's trial (3 December 2026): "2026-10-03" for a release deployed on 3 November read as on time.
    const r = fixtureRelease({});
    const issues = problemsOf({ dates: { ...r.dates, released: '2026-05-16' } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/ {2}dates\.released {2}warning: "2026-05-16" is not the day the live deployment was recorded \(2026-05-14, environments\[3\]\.deployedAt\): the on-time rate and the schedule read this date; set it to 2026-05-14, or correct the deployment's time$/);
    // The same UK day is fine, whatever the time zone the deployment was written in.
    expect(problemsOf({ dates: { ...r.dates, released: '2026-05-14' } })).toEqual([]);
  });

  it('warns about a sign-off still pending, or rejected, on a release that went live', () => {
    // A new adopter's trial (3 December 2026): recorded after go-live, it was never flagged.
    const so = (decision: 'pending' | 'rejected' | 'approved') => ({ signOffs: [{ role: 'Data protection officer', name: 'R. Hunter', decision, ...(decision === 'pending' ? {} : { date: '2026-05-13' }) }] });
    const pending = problemsOf(so('pending'));
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatch(
      / {2}signOffs\[0\]\.decision {2}warning: Data protection officer \(R\. Hunter\) is "pending", but the release went live \(status released\): record the decision once it is made \(npm run release:sign-off -- payments 2\.4\.0 --role "Data protection officer" --name "…" --decision …\); the release page shows it as it is until then$/,
    );
    // A rejection is a decision made: it is not told to record one "once it is made" (an operations trial).
    expect(problemsOf(so('rejected'))).toEqual([
      `${F}:59:7  signOffs[0].decision  warning: Data protection officer (R. Hunter) rejected the release on 2026-05-13, but it went live (status released): if the decision was changed, record the new one (npm run release:sign-off -- payments 2.4.0 --role "Data protection officer" --name "…" --decision …); the release page shows the rejection until then`,
    ]);
    expect(problemsOf(so('approved'))).toEqual([]);
    // Before it goes live, an open sign-off is the normal state of things.
    expect(problemsOf({ ...so('pending'), status: 'planned', dates: { planned: '2026-05-14' }, environments: [] })).toEqual([]);
  });

  it('warns about an approval dated after the day the release went live, except for an emergency release (an operations trial)', () => {
    // Signed off on 25 January for a release live on the 22nd, without a word (3 December 2026).
    const late = { signOffs: [{ role: 'Service owner', name: 'I. Baird', decision: 'approved' as const, date: '2026-05-15' }] };
    expect(problemsOf(late)).toEqual([
      `${F}:60:7  signOffs[0].date  warning: Service owner (I. Baird) approved on 2026-05-15, after the release went live on 2026-05-14: if the approval came first, correct its date (npm run release:sign-off -- payments 2.4.0 --role "Service owner" --name "I. Baird" --decision approved --date YYYY-MM-DD); the release page shows it as recorded`,
    ]);
    expect(problemsOf({ ...late, releaseType: 'emergency' })).toEqual([]);
    expect(problemsOf({ signOffs: [{ ...late.signOffs[0], date: '2026-05-14' }] })).toEqual([]);
  });

  it('warns of a pre-release dated after a later version of the same release, or left planned once it shipped (an operations trial)', () => {
    // 2.0.0-rc.1 planned for 20 February, after 2.0.0 on the 9th, was taken without a word (3 December 2026).
    const planned = (version: string, day: string) => releaseFile(bareRelease('payments', version, { dates: { planned: day } }));
    expect(problems(planned('3.0.0-beta.10', '2027-02-03'), planned('3.0.0-beta.2', '2027-01-27'), planned('3.0.0', '2027-02-09'), planned('3.0.0-rc.1', '2027-02-20'))).toEqual([
      'content/releases/payments/3.0.0-rc.1.json:9:5  dates.planned  warning: payments 3.0.0-rc.1 is planned for 2027-02-20, after 3.0.0 (planned for 2027-02-09), which comes after it (SemVer §11): a pre-release comes before the version it leads to; correct the date, or the version',
    ]);
    // beta.10 comes after beta.2 (numeric identifiers compare as numbers), so planning it earlier is out of order too.
    expect(problems(planned('3.0.0-beta.10', '2027-01-20'), planned('3.0.0-beta.2', '2027-01-27'))).toEqual([
      'content/releases/payments/3.0.0-beta.2.json:9:5  dates.planned  warning: payments 3.0.0-beta.2 is planned for 2027-01-27, after 3.0.0-beta.10 (planned for 2027-01-20), which comes after it (SemVer §11): a pre-release comes before the version it leads to; correct the date, or the version',
    ]);
    // Still planned once the release has shipped; a cancelled one, and another version's release, are not compared.
    const shipped = releaseFile(shippedRelease('payments', '3.0.0', '2027-02-09T10:00:00Z'));
    expect(problems(planned('3.0.0-rc.2', '2027-02-01'), shipped)).toEqual([
      'content/releases/payments/3.0.0-rc.2.json:7:3  status  warning: payments 3.0.0-rc.2 is still planned, but 3.0.0, which comes after it (SemVer §11), has shipped (status released): cancel it (npm run release:status -- payments 3.0.0-rc.2 cancelled --reason "…"), or give it a version after 3.0.0',
    ]);
    const cancelled = releaseFile(bareRelease('payments', '3.0.0-rc.2', { status: 'cancelled', statusReason: 'Not needed.', dates: { planned: '2027-03-01' } }));
    expect(problems(cancelled, shipped, planned('2.9.1', '2027-03-01'))).toEqual([]);
  });

  it('warns about a released release with no live step at all, which the KPIs leave out', () => {
    const base = fixtureRelease({}).environments ?? [];
    const issues = parseReleaseData([componentsFile(), releaseFile(fixtureRelease({ environments: base.slice(0, 3) }), F)]).issues;
    expect(issues.map(formatIssue)).toEqual([
      `${F}:14:3  environments  warning: has no "live" step but the release's status is "released": the KPIs (lead time, deployment frequency) leave it out; record the live deployment (npm run release:promote -- payments 2.4.0 live --at <when>), or add { "name": "live", "status": "skipped" } for a release that did not go to live (a pre-release)`,
    ]);
    expect(issues[0].severity).toBe('warning');
    // A pre-release that skipped live says so, and is fine; so is a release not yet released.
    expect(problemsOf({ environments: [...base.slice(0, 3), { name: 'live', status: 'skipped' }] })).toEqual([]);
    expect(problemsOf({ status: 'in-progress', dates: { planned: '2026-05-14' }, environments: base.slice(0, 3) })).toEqual([]);
  });

  it('rejects environments listed out of promotion order, and deployed without a time', () => {
    const environments: ReleaseInput['environments'] = [
      { name: 'dev', status: 'deployed', deployedAt: '2026-05-05' },
      { name: 'staging', status: 'deployed' },
      { name: 'test', status: 'pending' },
    ];
    expect(problemsOf({ status: 'in-progress', environments })).toEqual([
      `${F}:20:5  environments[1].deployedAt  is required when status is "deployed": add when staging was deployed`,
      `${F}:25:7  environments[2].name  "test" is listed after "staging": list environments in promotion order dev, test, staging, live, each at most once`,
    ]);
  });

  it('rejects a rollback target that is not an earlier release of the same component', () => {
    const earlier = fixtureRelease({
      version: '2.3.1',
      title: 'Payments gateway 2.3.1',
      releaseType: 'patch',
      dates: { released: '2026-04-02' },
      environments: [{ name: 'live', status: 'deployed', deployedAt: '2026-04-02T10:00:00+01:00' }],
    });
    const cancelled = fixtureRelease({ version: '2.3.2', status: 'cancelled', dates: {}, environments: [] });
    const rolledBack = fixtureRelease({
      version: '2.3.3',
      title: 'Payments gateway 2.3.3',
      releaseType: 'patch',
      status: 'rolled-back',
      statusReason: 'Refunds failed in live.',
      dates: { released: '2026-04-20' },
      environments: [{ name: 'live', status: 'rolled-back', deployedAt: '2026-04-20T10:00:00+01:00' }],
    });
    const withTarget = (targetVersion: string) =>
      problems(
        releaseFile(earlier),
        releaseFile(cancelled),
        releaseFile(rolledBack),
        releaseFile(fixtureRelease({ rollbackPlan: { strategy: 'redeploy-previous', targetVersion, steps: ['Redeploy'] } })),
      );
    expect(withTarget('2.3.1')).toEqual([]);
    expect(withTarget('2.5.0')).toEqual([
      `${F}:57:5  rollbackPlan.targetVersion  "2.5.0" is not earlier than 2.4.0: a rollback must go back to an earlier release of payments`,
    ]);
    expect(withTarget('2.2.0')).toEqual([
      `${F}:57:5  rollbackPlan.targetVersion  "2.2.0" is not a release of payments: expected an earlier payments release, e.g. 2.3.1`,
    ]);
    expect(withTarget('2.3.2')).toEqual([
      `${F}:57:5  rollbackPlan.targetVersion  "2.3.2" was cancelled, so it cannot be a rollback target: expected an earlier payments release, e.g. 2.3.1`,
    ]);
    // A release taken off live is not a version to go back to, nor suggested as one (a new adopter's trial).
    expect(withTarget('2.3.3')).toEqual([
      `${F}:57:5  rollbackPlan.targetVersion  "2.3.3" was rolled back from live, so it cannot be a rollback target: expected an earlier payments release, e.g. 2.3.1`,
    ]);
    // The target's component mistyped in its own file: that file's error alone, nothing in the release rolling back
    // to it, which no one touched (a new adopter's trial, 2 December 2026).
    expect(
      problems(
        releaseFile({ ...earlier, component: 'payements' }, 'content/releases/payments/2.3.1.json'),
        releaseFile(fixtureRelease({ rollbackPlan: { strategy: 'redeploy-previous', targetVersion: '2.3.1', steps: ['Redeploy'] } })),
      ),
    ).toEqual([
      'content/releases/payments/2.3.1.json:3:3  component  "payements" is not a known component (components are listed in content/components.yaml): the file is in content/releases/payments/: did you mean "payments"?',
    ]);
    expect(withTarget('v2.3.1')[0]).toBe(
      `${F}:57:5  rollbackPlan.targetVersion  "v2.3.1" has a "v" prefix: write the version without it, e.g. 2.3.1 (SemVer 2.0)`,
    );
  });

  it('does not judge a rollback target whose own file cannot be read: that file\'s error stands alone', () => {
    const target = releaseFile(fixtureRelease({ version: '2.3.1', title: 'Payments gateway 2.3.1', releaseType: 'patch' }));
    const broken = { ...target, text: target.text.replace('"title"', '"title" "oops"') };
    const issues = problems(broken, releaseFile(fixtureRelease({ rollbackPlan: { strategy: 'redeploy-previous', targetVersion: '2.3.1', steps: ['Redeploy'] } })));
    expect(issues.length).toBe(1);
    expect(issues[0]).toMatch(/^content\/releases\/payments\/2\.3\.1\.json:/);
  });

  it('rejects an incident resolved before it was detected', () => {
    const incidents: ReleaseInput['incidents'] = [
      {
        id: 'INC-1',
        summary: 'Card payments failing',
        detectedAt: '2026-05-14T09:40:00+01:00',
        resolvedAt: '2026-05-14T08:30:00Z',
        causedByRelease: true,
      },
    ];
    expect(problemsOf({ incidents })).toEqual([
      `${F}:60:7  incidents[0].resolvedAt  "2026-05-14T08:30:00Z" is before detectedAt "2026-05-14T09:40:00+01:00": an incident cannot be resolved before it is detected`,
    ]);
    // 09:40 BST is 08:40 UTC, so 08:50Z is ten minutes later and fine.
    expect(problemsOf({ incidents: [{ ...incidents[0], resolvedAt: '2026-05-14T08:50:00Z' }] })).toEqual([]);
  });

  it('accepts build and pipeline facts, and rejects failed runs without runs or above them', () => {
    expect(problemsOf({ pipeline: { buildDurationSeconds: 1320, runs: 31, failedRuns: 2 } })).toEqual([]);
    expect(problemsOf({ pipeline: { failedRuns: 2 } }).map((p) => p.replace(/:\d+:\d+ /, ' '))).toEqual([
      `${F}  pipeline.runs  is required when failedRuns is given: say how many runs the failures are out of`,
    ]);
    expect(problemsOf({ pipeline: { runs: 3, failedRuns: 5 } }).map((p) => p.replace(/:\d+:\d+ /, ' '))).toEqual([
      `${F}  pipeline.failedRuns  5 is more than runs (3): failed runs are counted among all runs`,
    ]);
    expect(problemsOf({ pipeline: { buildDurationSeconds: 12.5 } }).map((p) => p.replace(/:\d+:\d+ /, ' '))).toEqual([
      `${F}  pipeline.buildDurationSeconds  12.5 is not valid: expected a whole number`,
    ]);
  });

  it('rejects unknown enum values with the allowed list', () => {
    const bad = fixtureRelease() as unknown as Record<string, unknown>;
    (bad.changes as Array<Record<string, unknown>>)[0].category = 'bugfix';
    bad.status = 'shipped';
    expect(problems(releaseFile(bad))).toEqual([
      `${F}:8:3  status  "shipped" is not one of planned|in-progress|released|rolled-back|cancelled|yanked`,
      `${F}:39:7  changes[0].category  "bugfix" is not one of added|changed|deprecated|removed|fixed|security`,
    ]);
  });

  it('rejects a URL whose scheme is not http, https or mailto', () => {
    const bad = fixtureRelease() as unknown as Record<string, unknown>;
    (bad.changes as Array<{ refs: Array<{ url: string }> }>)[0].refs[0].url = 'javascript:alert(1)';
    expect(problems(releaseFile(bad))).toEqual([
      `${F}:44:11  changes[0].refs[0].url  "javascript:alert(1)" is not an allowed URL: expected an absolute http://, https:// or mailto: address`,
    ]);
  });

  it('requires a reason for a waived readiness item', () => {
    const readiness: ReleaseInput['readiness'] = [{ checklist: 'go-no-go', item: 'rollback-rehearsed', result: 'waived' }];
    expect(problemsOf({ readiness })).toEqual([
      `${F}:56:5  readiness[0].waiverReason  is required when result is "waived": say why the item was waived and who agreed it`,
    ]);
    expect(problemsOf({ readiness: [{ ...readiness[0], waiverReason: 'Agreed by the service owner' }] })).toEqual([]);
  });

  it('reports unknown fields, and every problem in every file rather than the first', () => {
    const bad = { ...fixtureRelease({ version: 'v2.4.0' }), colour: 'blue' };
    const issues = problems(
      releaseFile(bad, F),
      releaseFile(fixtureRelease({ component: 'citizen-web', version: '1.0.0', title: 'x', stage: 'rc' })),
    );
    expect(issues).toEqual([
      'content/releases/citizen-web/1.0.0.json:7:3  stage  "rc" does not agree with version 1.0.0: a version without a pre-release identifier means stage "ga"',
      `${F}:4:3  version  "v2.4.0" has a "v" prefix: write the version without it, e.g. 2.4.0 (SemVer 2.0)`,
      `${F}:55:3  colour  unknown field "colour": remove it, or use one of the fields allowed here: $schema, component, version, title, summary, releaseType, stage, status, statusReason, dates, revision, source, environments, changes, artefacts, migrations, configChanges, signOffs, risks, rollbackPlan, readiness, incidents, retrospective, pipeline`,
    ]);
  });

  it('rejects duplicate component ids', () => {
    const yaml = `- id: payments\n  name: A\n  description: B\n  owner: C\n  repository: https://x.example/\n- id: payments\n  name: A\n  description: B\n  owner: C\n  repository: https://x.example/\n`;
    expect(parseReleaseData([componentsFile(yaml)]).issues.map(formatIssue)).toEqual([
      'content/components.yaml:6:3  [1].id  "payments" is already used by [0]: each component id must be unique',
    ]);
  });

  it('rejects a component id that a release page already uses', () => {
    const yaml = `- id: schedule\n  name: A\n  description: B\n  owner: C\n  repository: https://x.example/\n`;
    expect(parseReleaseData([componentsFile(yaml)]).issues.map(formatIssue)).toEqual([
      'content/components.yaml:1:3  [0].id  "schedule" is used by the release pages (/releases/schedule/): choose another id; reserved ids are schedule|status|stage|year',
    ]);
  });
});

describe('release dates against today', () => {
  const dates = (over: Partial<ReleaseInput>, today: string) => {
    const text = releaseFile(fixtureRelease(over), F).text;
    const release = parseReleaseData([componentsFile(), { path: F, text }]).releases[0];
    return checkReleaseDates({ file: F, text, release }, today).map(formatIssue);
  };
  it('an error for a released date after today, a warning for a planned date that has passed; neither on the day', () => {
    expect(dates({}, '2026-05-13')).toEqual([
      `${F}:12:5  dates.released  "2026-05-14" is after today (2026-05-13), but the status is "released": set the date the release went live, or, if it has not gone live yet, status "planned" or "in-progress" with dates.planned`,
      `${F}:33:7  environments[3].deployedAt  "2026-05-14T07:30:00+01:00" is after today (2026-05-13): record a deployment once it has happened (npm run release:promote)`,
    ]);
    expect(dates({}, '2026-05-14')).toEqual([]);
    // The fixture went live on 14 May 2026: on the 13th its live deployment has not happened either.
    expect(dates({ status: 'in-progress', dates: { planned: '2026-05-14' } }, '2026-05-13')).toEqual([
      `${F}:31:7  environments[3].deployedAt  "2026-05-14T07:30:00+01:00" is after today (2026-05-13): record a deployment once it has happened (npm run release:promote)`,
    ]);
    const planned = { status: 'planned' as const, dates: { planned: '2026-05-14' }, environments: [] };
    expect(dates(planned, '2026-05-14')).toEqual([]);
    expect(dates(planned, '2026-05-15')).toEqual([
      `${F}:10:5  dates.planned  warning: "2026-05-14" has passed and the release is still planned: record it as released (npm run release:status -- payments 2.4.0 released), move it (… planned --planned YYYY-MM-DD) or cancel it (… cancelled --reason "…")`,
    ]);
  });

  it('warns about a revision.updated after today, which calendars would send as a LAST-MODIFIED after their DTSTAMP', () => {
    // A machine-formats trial (3 December 2026): "updated": "2026-11-30" in a build made on 27 November passed.
    const planned = { status: 'planned' as const, dates: { planned: '2027-03-28' }, environments: [], revision: { sequence: 3, updated: '2026-11-30' } };
    const got = dates(planned, '2026-11-27');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(
      / {2}revision\.updated {2}warning: "2026-11-30" is after today \(2026-11-27\): it records when the release's dates or status last changed, so it cannot be in the future \(calendars send it as the event's LAST-MODIFIED\); set it to the time of that change$/,
    );
    // Today itself is fine, to its last minute in UK time (GMT in November); the next day is not.
    expect(dates({ ...planned, revision: { sequence: 3, updated: '2026-11-27T23:30:00Z' } }, '2026-11-27')).toEqual([]);
    expect(dates({ ...planned, revision: { sequence: 3, updated: '2026-11-28T00:00:00Z' } }, '2026-11-27')).toHaveLength(1);
  });

  it('warns about a commit after today and an incident the release caused before it went live, which the KPIs misread', () => {
    // A new adopter's trial (3 December 2026): both passed, the lead time dropped the commit and the change failure
    // rate counted the incident.
    const r = fixtureRelease({});
    const over = {
      changes: [{ ...r.changes![0], commits: [{ sha: 'a1b2c3d', committedAt: '2062-05-01T09:00:00Z' }] }],
      incidents: [{ id: 'INC-1', summary: 'Card payments failed.', detectedAt: '2026-04-14T09:00:00Z', causedByRelease: true }],
    };
    const got = dates(over, '2026-11-27');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/ {2}changes\[0\]\.commits\[0\]\.committedAt {2}warning: "2062-05-01T09:00:00Z" is after today \(2026-11-27\): the lead time for changes leaves this commit out; check the year$/);
    expect(got[1]).toMatch(/ {2}incidents\[0\]\.detectedAt {2}warning: "2026-04-14T09:00:00Z" is before the release went live \("2026-05-14T07:30:00\+01:00"\), but causedByRelease is true: .*set causedByRelease to false$/);
    // After it went live, or not caused by it: nothing to say.
    expect(dates({ incidents: [{ ...over.incidents[0], detectedAt: '2026-05-15T09:00:00Z' }] }, '2026-11-27')).toEqual([]);
    expect(dates({ incidents: [{ ...over.incidents[0], causedByRelease: false }] }, '2026-11-27')).toEqual([]);
  });
});
