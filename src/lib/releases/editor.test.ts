// release:promote, release:sign-off and release:status through their entry point, on release files in a temporary
// folder: the lines each changes and prints, and each refusal, which writes nothing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReleaseCli, type ReleaseCommand } from './cli';
import { bareRelease, componentsFile, fixtureRelease, releaseFile } from './fixtures';
import { loadReleaseData } from './load';
import { checkRevision } from './revision';

let root: string;
const FILE = 'content/releases/payments/2.5.0.json';
const NOW = new Date('2026-11-30T12:00:00Z');

function write(rel: string, text: string) {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}
const read = (rel = FILE) => readFileSync(join(root, rel), 'utf8');

function run(command: ReleaseCommand, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = runReleaseCli(command, argv, { cwd: root, now: NOW, out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function runAt(now: Date, command: ReleaseCommand, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = runReleaseCli(command, argv, { cwd: root, now, out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function refused(command: ReleaseCommand, ...argv: string[]): string {
  const before = read();
  const r = run(command, ...argv);
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(read()).toBe(before);
  return r.err.split('\n')[0];
}

/** The block of lines between the first and the last line that differ (unchanged lines inside it included). */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'release-edit-'));
  const c = componentsFile();
  write(c.path, c.text);
  const shipped = releaseFile(fixtureRelease());
  write(shipped.path, shipped.text);
  const planned = releaseFile(
    bareRelease('payments', '2.5.0', {
      dates: { planned: '2026-12-10' },
      environments: [
        { name: 'dev', status: 'pending' },
        { name: 'test', status: 'pending' },
        { name: 'staging', status: 'pending' },
        { name: 'live', status: 'pending' },
      ],
      signOffs: [{ role: 'Service owner', name: 'Fiona Ross', decision: 'pending' }],
    }),
  );
  write(planned.path, planned.text);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('release:promote', () => {
  it('records a deployment, changing only that environment\'s lines, and prints it', () => {
    const before = read();
    const r = run('promote', 'payments', '2.5.0', 'dev', '--at', '2026-11-30T09:00:00Z', '--approved-by', 'Lead developer');
    expect(r).toEqual({
      code: 0,
      err: '',
      out: `${FILE}: environments[0] dev: pending → deployed at 2026-11-30T09:00:00Z, approved by Lead developer\nNext: npm run release:status -- payments 2.5.0 in-progress\n`,
    });
    expect(changedLines(before, read())).toEqual({
      removed: ['      "status": "pending"'],
      added: ['      "status": "deployed",', '      "deployedAt": "2026-11-30T09:00:00Z",', '      "approvedBy": "Lead developer"'],
    });
  });

  it('defaults --at to now and inserts an environment the file does not list, in promotion order', () => {
    write(FILE, read().replace(/,\n    \{\n      "name": "test",\n      "status": "pending"\n    \}/, ''));
    expect(run('promote', 'payments', '2.5.0', 'dev', '--at', '2026-11-30T09:00:00Z').code).toBe(0);
    const r = run('promote', 'payments', '2.5.0', 'test');
    expect(r.out.split('\n')[0]).toBe(`${FILE}: environments[1] test added: deployed at 2026-11-30T12:00:00Z`);
    const names = (JSON.parse(read()) as { environments: { name: string }[] }).environments.map((e) => e.name);
    expect(names).toEqual(['dev', 'test', 'staging', 'live']);
    expect(read()).toContain('    {\n      "name": "test",\n      "status": "deployed",\n      "deployedAt": "2026-11-30T12:00:00Z"\n    },\n');
  });

  it('refuses an unknown environment, component or version, and an unknown status', () => {
    expect(refused('promote', 'payments', '2.5.0', 'qa')).toBe('command line  "qa" is not an environment: expected one of dev|test|staging|live (in promotion order)');
    expect(refused('promote', 'payment', '2.5.0', 'dev')).toBe('command line  "payment" is not a component: expected one of citizen-web|payments: did you mean "payments"?');
    expect(refused('promote', 'payments', '2.6.0', 'dev')).toBe(
      'command line  payments has no release "2.6.0" (no content/releases/payments/2.6.0.json): expected one of 2.4.0|2.5.0; create one with npm run release:new -- payments 2.6.0',
    );
    expect(refused('promote', 'payments', '2.5.0', 'dev', '--status', 'done')).toBe('command line  --status "done" is not one of deployed|failed|rolled-back|skipped');
  });

  it('skips a step the release does not go through, so the next can be promoted (a hotfix straight to staging)', () => {
    // A new adopter's trial (3 December 2026): no command could, so the file was edited by hand.
    expect(run('promote', 'payments', '2.5.0', 'dev', '--status', 'skipped')).toMatchObject({ code: 0, out: `${FILE}: environments[0] dev: pending → skipped\n` });
    expect(run('promote', 'payments', '2.5.0', 'test', '--status', 'skipped').code).toBe(0);
    expect(run('promote', 'payments', '2.5.0', 'staging', '--at', '2026-11-30T09:00:00Z').code).toBe(0);
    const envs = (JSON.parse(read()) as { environments: { name: string; status: string; deployedAt?: string }[] }).environments;
    expect(envs.slice(0, 2)).toEqual([
      { name: 'dev', status: 'skipped' },
      { name: 'test', status: 'skipped' },
    ]);
    // Only a step not yet taken; never with a time; never live for a release (stage ga).
    expect(refused('promote', 'payments', '2.5.0', 'staging', '--status', 'skipped')).toBe('command line  staging is deployed: only a pending step can be skipped');
    expect(refused('promote', 'payments', '2.5.0', 'live', '--status', 'skipped', '--at', '2026-11-30T09:00:00Z')).toBe(
      'command line  --at is for a deployment: a skipped step has no time; leave --at out',
    );
    expect(refused('promote', 'payments', '2.5.0', 'live', '--status', 'skipped')).toBe(
      'command line  live cannot be skipped for payments 2.5.0: a release (stage ga) goes to live; only a pre-release may skip it',
    );
  });

  it('refuses an out-of-order promotion: an earlier environment not deployed, or a time before it', () => {
    expect(refused('promote', 'payments', '2.5.0', 'staging')).toBe(
      'command line  cannot promote to staging while dev is pending: promotion order is dev, test, staging, live; promote dev first (npm run release:promote -- payments 2.5.0 dev)',
    );
    expect(run('promote', 'payments', '2.5.0', 'dev', '--at', '2026-11-30T09:00:00Z').code).toBe(0);
    // The existing release rules (rules.ts) give this one, with its line.
    expect(refused('promote', 'payments', '2.5.0', 'test', '--at', '2026-11-30T08:00:00Z')).toBe(
      'content/releases/payments/2.5.0.json:20:7  environments[1].deployedAt  test was deployed at "2026-11-30T08:00:00Z", before dev ("2026-11-30T09:00:00Z"): promotion order is dev, test, staging, live',
    );
  });

  it('refuses a time in the future or not ISO 8601, a roll-back of what is not deployed, and a cancelled release', () => {
    expect(refused('promote', 'payments', '2.5.0', 'dev', '--at', '2026-12-01T09:00:00Z')).toBe(
      'command line  --at 2026-12-01T09:00:00Z is in the future: record a promotion once it has happened',
    );
    expect(refused('promote', 'payments', '2.5.0', 'dev', '--at', '30/11/2026 09:00')).toBe(
      'command line  --at "30/11/2026 09:00" is not a time: expected an ISO 8601 date-time with its offset, e.g. 2026-11-30T14:05:00Z or 2026-06-01T09:30:00+01:00',
    );
    expect(refused('promote', 'payments', '2.5.0', 'live', '--status', 'rolled-back')).toBe('command line  live cannot be rolled back: it is pending, not deployed');
    expect(run('status', 'payments', '2.5.0', 'cancelled', '--reason', 'Replaced by 2.6.0.').code).toBe(0);
    expect(refused('promote', 'payments', '2.5.0', 'dev')).toBe('command line  payments 2.5.0 is cancelled: a cancelled release is not promoted');
  });

  it('keeps a failed attempt in the notes when the step is deployed again (an operations trial)', () => {
    // The failure's time and notes were lost, or left on the deployed step as if they described it (3 December 2026).
    expect(run('promote', 'payments', '2.5.0', 'dev', '--at', '2026-11-27T09:00:00Z').code).toBe(0);
    expect(run('promote', 'payments', '2.5.0', 'test', '--at', '2026-11-27T11:00:00Z', '--status', 'failed', '--notes', 'Smoke tests failed.').code).toBe(0);
    const r = run('promote', 'payments', '2.5.0', 'test', '--at', '2026-11-30T09:00:00Z', '--notes', 'Redeployed with the fix.');
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      `${FILE}: environments[1] test: failed → deployed at 2026-11-30T09:00:00Z`,
      `${FILE}: environments[1] test: notes keep the earlier attempt failed at 2026-11-27T11:00:00Z: Smoke tests failed.`,
    ]);
    const env = () => (JSON.parse(read()) as { environments: Record<string, string>[] }).environments[1];
    expect(env()).toEqual({
      name: 'test',
      status: 'deployed',
      deployedAt: '2026-11-30T09:00:00Z',
      notes: 'Redeployed with the fix. (earlier attempt failed at 2026-11-27T11:00:00Z: Smoke tests failed.)',
    });
    // Without --notes, the notes say what failed, not what was deployed.
    expect(run('promote', 'payments', '2.5.0', 'staging', '--at', '2026-11-30T10:00:00Z', '--status', 'failed').code).toBe(0);
    expect(run('promote', 'payments', '2.5.0', 'staging', '--at', '2026-11-30T11:00:00Z').code).toBe(0);
    expect((JSON.parse(read()) as { environments: Record<string, string>[] }).environments[2].notes).toBe('Earlier attempt failed at 2026-11-30T10:00:00Z');
  });

  it('records a roll-back, keeping the time the environment was deployed', () => {
    expect(refusedOn('content/releases/payments/2.4.0.json', 'promote', 'payments', '2.4.0', 'live', '--status', 'rolled-back', '--at', '2026-05-14T09:25:00Z')).toMatch(
      /^command line {2}--at cannot be recorded for a roll-back \(an environment keeps only the time it was deployed\): leave --at out, and record when the failure was detected and resolved as an incident/,
    );
    const r = run('promote', 'payments', '2.4.0', 'live', '--status', 'rolled-back', '--notes', 'Rolled back at 09:25 after INC-1.');
    expect(r.out.split('\n')).toEqual([
      'content/releases/payments/2.4.0.json: environments[3] live: deployed → rolled-back (deployed at 2026-05-14T07:30:00+01:00)',
      'Next: npm run release:status -- payments 2.4.0 rolled-back --reason "…"',
      '',
    ]);
    const live = (JSON.parse(read('content/releases/payments/2.4.0.json')) as { environments: Record<string, string>[] }).environments[3];
    expect(live).toEqual({ name: 'live', status: 'rolled-back', deployedAt: '2026-05-14T07:30:00+01:00', approvedBy: 'Release manager', notes: 'Rolled back at 09:25 after INC-1.' });
  });
});

describe('release:sign-off', () => {
  it('replaces the decision of a role that signs again, dated today, and appends a new role', () => {
    const r = run('sign-off', 'payments', '2.5.0', '--role', 'service owner', '--name', 'Fiona Ross', '--decision', 'approved');
    expect(r.out).toBe(`${FILE}: signOffs[0] Service owner: pending → approved by Fiona Ross on 2026-11-30\n`);
    const r2 = run('sign-off', 'payments', '2.5.0', '--role', 'Information security officer', '--name', 'Aileen MacLeod', '--decision', 'approved-with-conditions', '--conditions', 'Pen test fixes before live.');
    expect(r2.out).toBe(`${FILE}: signOffs[1] added: Information security officer Aileen MacLeod approved-with-conditions on 2026-11-30 (conditions: Pen test fixes before live.)\n`);
    expect((JSON.parse(read()) as { signOffs: unknown[] }).signOffs).toEqual([
      { role: 'Service owner', name: 'Fiona Ross', decision: 'approved', date: '2026-11-30' },
      { role: 'Information security officer', name: 'Aileen MacLeod', decision: 'approved-with-conditions', date: '2026-11-30', conditions: 'Pen test fixes before live.' },
    ]);
  });

  it('refuses an unknown decision, conditions missing, a bad date, and an unknown release', () => {
    const base = ['payments', '2.5.0', '--role', 'Service owner', '--name', 'Fiona Ross'];
    expect(refused('sign-off', ...base, '--decision', 'yes')).toBe('command line  --decision "yes" is not one of approved|approved-with-conditions|rejected|pending');
    expect(refused('sign-off', ...base, '--decision', 'approved-with-conditions')).toBe(
      'command line  --conditions is required with --decision approved-with-conditions: say what the conditions are',
    );
    expect(refused('sign-off', ...base, '--decision', 'approved', '--date', '30 Nov')).toBe('command line  --date "30 Nov" is not a date: expected YYYY-MM-DD');
    expect(refused('sign-off', 'payments', '9.9.9', '--role', 'R', '--name', 'N', '--decision', 'approved')).toContain('payments has no release "9.9.9"');
    expect(refused('sign-off', 'payments', '2.5.0', '--role', 'R')).toBe('release:sign-off: release:sign-off needs --role "…", --name "…" and --decision <decision>');
    expect(refused('sign-off', ...base, '--decision', 'rejected', '--date', '2026-12-01')).toBe(
      'command line  --date 2026-12-01 is in the future: record a sign-off once the decision has been made',
    );
  });

  it('records a pending decision without a date, and refuses conditions on any decision but a conditional approval', () => {
    // A new adopter's trial (3 December 2026): "pending on <today>", and conditions kept on a rejection.
    const base = ['payments', '2.5.0', '--role', 'Data protection officer', '--name', 'Mairi Shaw'];
    expect(run('sign-off', ...base, '--decision', 'pending').out).toBe(`${FILE}: signOffs[1] added: Data protection officer Mairi Shaw pending\n`);
    expect((JSON.parse(read()) as { signOffs: unknown[] }).signOffs[1]).toEqual({ role: 'Data protection officer', name: 'Mairi Shaw', decision: 'pending' });
    expect(refused('sign-off', ...base, '--decision', 'rejected', '--conditions', 'Fix the DPIA.')).toBe(
      'command line  --conditions goes with --decision approved-with-conditions, not rejected: leave it out, or record a conditional approval',
    );
    // Once decided, it is dated.
    expect(run('sign-off', ...base, '--decision', 'approved').out).toBe(`${FILE}: signOffs[1] Data protection officer: pending → approved by Mairi Shaw on 2026-11-30\n`);
  });

  it('names a rejected or missing sign-off when live is deployed', () => {
    expect(run('sign-off', 'payments', '2.5.0', '--role', 'Information security officer', '--name', 'Ian Muir', '--decision', 'rejected').code).toBe(0);
    for (const env of ['dev', 'test', 'staging']) expect(run('promote', 'payments', '2.5.0', env, '--at', '2026-11-30T08:00:00Z').code).toBe(0);
    expect(run('promote', 'payments', '2.5.0', 'live', '--at', '2026-11-30T09:00:00Z').out.split('\n').slice(1, 3)).toEqual([
      'Warning: Service owner (Fiona Ross) has not signed off yet',
      'Warning: Information security officer (Ian Muir) rejected this release on 2026-11-30',
    ]);
  });
});

describe('options a command does not read', () => {
  it('are refused, naming the ones it takes, rather than ignored (an operations trial)', () => {
    // `release:sign-off --at …` was ignored and the sign-off dated today, not the day meant (3 December 2026).
    const usage = (command: ReleaseCommand, ...argv: string[]) => {
      const before = read();
      const r = run(command, ...argv);
      expect(r.code).toBe(1);
      expect(read()).toBe(before);
      return r.err.split('\n')[0];
    };
    expect(usage('sign-off', 'payments', '2.5.0', '--role', 'Service owner', '--name', 'Fiona Ross', '--decision', 'approved', '--at', '2026-11-28T10:00:00Z')).toBe(
      'release:sign-off: release:sign-off does not take --at: a sign-off is dated by --date YYYY-MM-DD (it takes --role, --name, --decision, --conditions, --date)',
    );
    expect(usage('promote', 'payments', '2.5.0', 'dev', '--date', '2026-11-28')).toBe(
      'release:promote: release:promote does not take --date: a promotion is timed by --at <ISO time> (it takes --status, --at, --approved-by, --notes)',
    );
    expect(usage('status', 'payments', '2.5.0', 'in-progress', '--approved-by', 'CAB', '--notes', 'x')).toBe(
      'release:status: release:status does not take --approved-by, --notes (it takes --date, --reason, --planned, --code-freeze)',
    );
  });
});

describe('release:status', () => {
  it('takes a release from planned to released, dated by its live deployment', () => {
    const original = read();
    expect(run('status', 'payments', '2.5.0', 'in-progress').out).toBe(`${FILE}: status planned → in-progress\n${FILE}: revision.sequence 0 → 1, updated 2026-11-30T12:00:00Z (calendar subscribers get the change)\n`);
    for (const [env, at] of [['dev', '08:00'], ['test', '09:00'], ['staging', '10:00'], ['live', '11:00']])
      expect(run('promote', 'payments', '2.5.0', env, '--at', `2026-11-30T${at}:00Z`).code).toBe(0);
    const before = read();
    const r = run('status', 'payments', '2.5.0', 'released');
    // What the check will now warn of the file, it says as it writes it (an operations trial, 3 December 2026).
    expect(r.out).toBe(
      `${FILE}: status in-progress → released\n${FILE}: dates.released (none) → 2026-11-30T11:00:00Z\n${FILE}: revision.sequence 1 → 2, updated 2026-11-30T12:00:00Z (calendar subscribers get the change)\n` +
        `${FILE}:42:7  signOffs[0].decision  warning: Service owner (Fiona Ross) is "pending", but the release went live (status released): record the decision once it is made (npm run release:sign-off -- payments 2.5.0 --role "Service owner" --name "…" --decision …); the release page shows it as it is until then\n`,
    );
    expect(changedLines(before, read())).toEqual({
      removed: ['  "status": "in-progress",', '  "dates": {', '    "planned": "2026-12-10"', '  },', '  "revision": {', '    "sequence": 1,'],
      added: ['  "status": "released",', '  "dates": {', '    "planned": "2026-12-10",', '    "released": "2026-11-30T11:00:00Z"', '  },', '  "revision": {', '    "sequence": 2,'],
    });
    // The service owner has not signed off: the check keeps saying so now that it is live.
    expect(loadReleaseData(root).issues.map((i) => [i.severity, i.field])).toEqual([['warning', 'signOffs[0].decision']]);
    // The check's revision rule (against the file as it was before the commands) is satisfied.
    const release = loadReleaseData(root).releases.find((x) => x.version === '2.5.0')!;
    expect(checkRevision({ file: FILE, text: read() }, JSON.parse(original), release, 'HEAD')).toEqual([]);
  });

  it('shows the status and where it can go when no status is given', () => {
    expect(run('status', 'payments', '2.5.0').out).toBe(
      `${FILE}: planned, planned 2026-12-10\n  environments: dev pending, test pending, staging pending, live pending\n  sign-offs: Service owner pending\n  can become: in-progress, released, cancelled\n`,
    );
    // An option that changes the release, without the status to set, is refused rather than ignored.
    expect(refused('status', 'payments', '2.5.0', '--planned', '2027-03-02')).toBe(
      'release:status: --planned goes with a status to set: name it, e.g. to reschedule a planned release, npm run release:status -- payments 2.5.0 planned --planned YYYY-MM-DD (the status it has keeps it)',
    );
  });

  it('refuses a move the lifecycle does not allow, an unknown status, and released while live is not deployed', () => {
    expect(refused('status', 'payments', '2.5.0', 'yanked', '--reason', 'x')).toBe(
      'command line  payments 2.5.0 cannot go from planned to yanked: from planned it can become in-progress|released|cancelled',
    );
    expect(refused('status', 'payments', '2.5.0', 'shipped')).toBe(
      'command line  "shipped" is not a release status: expected one of planned|in-progress|released|rolled-back|cancelled|yanked',
    );
    expect(refused('status', 'payments', '2.5.0', 'released', '--date', '2026-11-30')).toBe(
      'command line  live is pending in environments[]: record the live deployment first (npm run release:promote -- payments 2.5.0 live)',
    );
    expect(refused('status', 'payments', '2.5.0', 'planned')).toBe('command line  payments 2.5.0 is already planned: nothing to change');
  });

  it('releases a pre-release whose live step is skipped, dated by its last deployment (an operations trial)', () => {
    // "record the live deployment first" while promote refuses to deploy a skipped step: a dead end (3 December 2026).
    const f = 'content/releases/payments/2.6.0-rc.1.json';
    const rc = releaseFile(
      bareRelease('payments', '2.6.0-rc.1', {
        dates: { planned: '2026-11-30' },
        environments: [
          { name: 'dev', status: 'deployed', deployedAt: '2026-11-27T10:00:00Z' },
          { name: 'test', status: 'deployed', deployedAt: '2026-11-30T09:30:00Z' },
          { name: 'staging', status: 'skipped' },
          { name: 'live', status: 'skipped' },
        ],
      }),
      f,
    );
    write(f, rc.text);
    const r = run('status', 'payments', '2.6.0-rc.1', 'released');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `${f}: status planned → released\n${f}: dates.released (none) → 2026-11-30T09:30:00Z\n${f}: revision.sequence 0 → 1, updated 2026-11-30T12:00:00Z (calendar subscribers get the change)\n` +
        'Note: live is skipped, so dates.released is the time test was deployed; give --date for another\n',
    );
    // With nothing deployed, the date has to be given.
    const bare = releaseFile(
      bareRelease('payments', '2.6.0-rc.2', { dates: { planned: '2026-11-30' }, environments: [{ name: 'live', status: 'skipped' }] }),
      'content/releases/payments/2.6.0-rc.2.json',
    );
    write(bare.path, bare.text);
    expect(refusedOn(bare.path, 'status', 'payments', '2.6.0-rc.2', 'released')).toBe(
      'command line  released needs the date the pre-release was released: give --date (live is skipped and no environment records a deployment)',
    );
    expect(run('status', 'payments', '2.6.0-rc.2', 'released', '--date', '2026-11-30').code).toBe(0);
  });

  it('asks for a reason for rolled-back, cancelled and yanked, and clears it when the release is planned again', () => {
    expect(refused('status', 'payments', '2.5.0', 'cancelled')).toBe('command line  --reason is required for cancelled: say why (it is shown on the release page)');
    expect(run('status', 'payments', '2.5.0', 'cancelled', '--reason', 'Merged into 2.6.0.').out).toBe(
      `${FILE}: status planned → cancelled\n${FILE}: statusReason added: Merged into 2.6.0.\n${FILE}: revision.sequence 0 → 1, updated 2026-11-30T12:00:00Z (calendar subscribers get the change)\n`,
    );
    expect(run('status', 'payments', '2.5.0', 'planned', '--planned', '2027-01-14').out).toBe(
      `${FILE}: status cancelled → planned\n${FILE}: statusReason removed (it explained the previous status)\n${FILE}: dates.planned 2026-12-10 → 2027-01-14\n${FILE}: revision.sequence 1 → 2, updated 2026-11-30T12:00:00Z (calendar subscribers get the change)\n`,
    );
    const r = JSON.parse(read()) as Record<string, unknown>;
    expect(r.statusReason).toBeUndefined();
    expect(r.revision).toEqual({ sequence: 2, updated: '2026-11-30T12:00:00Z' });
    expect(r.dates).toEqual({ planned: '2027-01-14' });
    // Rescheduled within planned, without --reason: a reason given for the plan stays (it was removed, with a note
    // saying it explained the previous status, a new adopter's trial, 2 December 2026).
    expect(run('status', 'payments', '2.5.0', 'planned', '--planned', '2027-01-21', '--reason', 'Waiting on the supplier.').code).toBe(0);
    expect(run('status', 'payments', '2.5.0', 'planned', '--planned', '2027-01-28').out).toBe(
      `${FILE}: dates.planned 2027-01-21 → 2027-01-28\n${FILE}: revision.sequence 3 → 4, updated 2026-11-30T12:00:00Z (calendar subscribers get the change)\n`,
    );
    expect((JSON.parse(read()) as Record<string, unknown>).statusReason).toBe('Waiting on the supplier.');
    expect(refused('status', 'payments', '2.5.0', 'planned', '--planned', '2027-01-28')).toBe('command line  nothing to change');
  });

  it('refuses to move a release still to come to a day already past (an operations trial)', () => {
    // Written without a word, and the next check said its planned date had passed (3 December 2026).
    expect(refused('status', 'payments', '2.5.0', 'planned', '--planned', '2026-11-29')).toBe(
      'command line  --planned 2026-11-29 is before today (2026-11-30): a release still planned is planned for today or later; if it went live that day, record it (npm run release:status -- payments 2.5.0 released --date 2026-11-29)',
    );
    expect(run('status', 'payments', '2.5.0', 'planned', '--planned', '2026-11-30').code).toBe(0);
  });

  it('moves the code freeze with --code-freeze, so a release can be brought forward past it', () => {
    // A new adopter's trial (2 December 2026): moving a release before its code freeze was refused, and no option
    // moved the freeze.
    write('content/releases/payments/2.5.0.json', read().replace('"planned": "2026-12-10"', '"planned": "2026-12-10",\n    "codeFreeze": "2026-12-08"'));
    expect(refused('status', 'payments', '2.5.0', 'planned', '--planned', '2026-12-05')).toMatch(
      /dates\.codeFreeze {2}"2026-12-08" is after the planned date "2026-12-05": the code freeze must be on or before it \(to move both: npm run release:status -- payments 2\.5\.0 planned --planned YYYY-MM-DD --code-freeze YYYY-MM-DD\)/,
    );
    expect(run('status', 'payments', '2.5.0', 'planned', '--planned', '2026-12-05', '--code-freeze', '2026-12-03').out).toBe(
      `${FILE}: dates.planned 2026-12-10 → 2026-12-05\n${FILE}: dates.codeFreeze 2026-12-08 → 2026-12-03\n${FILE}: revision.sequence 0 → 1, updated 2026-11-30T12:00:00Z (calendar subscribers get the change)\n`,
    );
    expect(refused('status', 'payments', '2.5.0', 'planned', '--code-freeze', 'soon')).toMatch(/^command line {2}--code-freeze "soon" /);
  });

  it('corrects the code freeze when the release is marked released, when it was recorded after the day it went live', () => {
    write('content/releases/payments/2.5.0.json', read().replace('"planned": "2026-12-10"', '"planned": "2026-12-10",\n    "codeFreeze": "2026-12-08"'));
    for (const [env, at] of [['dev', '08:00'], ['test', '09:00'], ['staging', '10:00'], ['live', '11:00']])
      expect(run('promote', 'payments', '2.5.0', env, '--at', `2026-11-30T${at}:00Z`).code).toBe(0);
    expect(refused('status', 'payments', '2.5.0', 'released')).toMatch(
      /dates\.codeFreeze {2}"2026-12-08" is after the release date "2026-11-30T11:00:00Z" \(2026-11-30 in London, where release dates are counted\): the code freeze must be on or before it \(to correct it: npm run release:status -- payments 2\.5\.0 released --code-freeze YYYY-MM-DD\)/,
    );
    const res = run('status', 'payments', '2.5.0', 'released', '--code-freeze', '2026-11-27');
    expect(res.code).toBe(0);
    expect(res.out).toContain(`${FILE}: dates.codeFreeze 2026-12-08 → 2026-11-27\n`);
    expect(refused('status', 'payments', '2.5.0', 'released', '--planned', '2026-11-30')).toBe('command line  --planned applies to planned or in-progress releases, not released');
  });

  it('applies the checklist readiness rules of npm run check: released is refused while a required item has no result', () => {
    write(
      'content/checklists/go-no-go.md',
      '---\ntitle: Go/no-go\ndescription: Before live.\nowner: Release Manager\nreview_by: 2027-05-31\neffective_from: 2026-01-01\n---\n\n## Checks\n\n- [ ] Rollback rehearsed {#rollback-rehearsed required}\n',
    );
    for (const [env, at] of [['dev', '08:00'], ['test', '09:00'], ['staging', '10:00'], ['live', '11:00']])
      expect(run('promote', 'payments', '2.5.0', env, '--at', `2026-11-30T${at}:00Z`).code).toBe(0);
    expect(refused('status', 'payments', '2.5.0', 'released')).toBe(
      'content/releases/payments/2.5.0.json  readiness  required item "rollback-rehearsed" of checklist "go-no-go" has no result: a release that went live must pass it, waive it with a reason or mark it not-applicable',
    );
  });

  it('corrects a released release\'s release date with --date, raising revision.sequence; without --date says how', () => {
    // A new adopter's trial (2 December 2026): "is already released: nothing to change" left a hand edit as the only way.
    const f = 'content/releases/payments/2.4.0.json';
    expect(refusedOn(f, 'status', 'payments', '2.4.0', 'released')).toBe(
      'command line  payments 2.4.0 is already released: nothing to change (to correct its release date, give --date)',
    );
    expect(refusedOn(f, 'status', 'payments', '2.4.0', 'released', '--date', '2026-05-14')).toBe('command line  dates.released is already 2026-05-14: nothing to change');
    const original = read(f);
    const r = run('status', 'payments', '2.4.0', 'released', '--date', '2026-05-15');
    expect(r.out).toBe(
      `${f}: dates.released 2026-05-14 → 2026-05-15\n${f}: revision.sequence 0 → 1, updated 2026-11-30T12:00:00Z (calendar subscribers get the change)\n` +
        'Note: live was deployed at 2026-05-14T07:30:00+01:00; if that is wrong too: npm run release:promote -- payments 2.4.0 live --at <the time it went live>\n' +
        `${f}:12:5  dates.released  warning: "2026-05-15" is not the day the live deployment was recorded (2026-05-14, environments[3].deployedAt): the on-time rate and the schedule read this date; set it to 2026-05-14, or correct the deployment's time\n`,
    );
    // The check says the same until the deployment's time is corrected too.
    expect(loadReleaseData(root).issues.map((i) => [i.severity, i.field])).toEqual([['warning', 'dates.released']]);
    const release = loadReleaseData(root).releases.find((x) => x.version === '2.4.0')!;
    expect(checkRevision({ file: f, text: read(f) }, JSON.parse(original), release, 'HEAD')).toEqual([]);
  });

  it('compares a corrected release date with the live deployment as UK days (an operations trial)', () => {
    // Live at 23:30 UTC on 31 March 2027 is 00:30 on 1 April in London: --date 2027-03-31 passed without a word, as the
    // dates as written agreed, and the next check warned (3 December 2026).
    const f = 'content/releases/payments/2.6.0.json';
    const late = releaseFile(
      bareRelease('payments', '2.6.0', {
        status: 'released',
        dates: { planned: '2027-03-31', released: '2027-03-31T23:30:00Z' },
        environments: [{ name: 'live', status: 'deployed', deployedAt: '2027-03-31T23:30:00Z' }],
      }),
      f,
    );
    write(f, late.text);
    const r = runAt(new Date('2027-04-01T09:00:00Z'), 'status', 'payments', '2.6.0', 'released', '--date', '2027-03-31');
    expect(r.out.split('\n').slice(2)).toEqual([
      'Note: live was deployed at 2027-03-31T23:30:00Z; if that is wrong too: npm run release:promote -- payments 2.6.0 live --at <the time it went live>',
      `${f}:10:5  dates.released  warning: "2027-03-31" is not the day the live deployment was recorded (2027-04-01, environments[0].deployedAt): the on-time rate and the schedule read this date; set it to 2027-04-01, or correct the deployment's time`,
      '',
    ]);
  });

  it('corrects a yanked release\'s reason, and records a roll-back of its live step after it was yanked (an operations trial)', () => {
    // "already yanked: nothing to change" and "a yanked release is not promoted" left both to a hand edit (3 December 2026).
    const f = 'content/releases/payments/2.4.0.json';
    expect(run('status', 'payments', '2.4.0', 'yanked', '--reason', 'Security fault').code).toBe(0);
    expect(run('status', 'payments', '2.4.0', 'yanked', '--reason', 'Security fault; use 2.4.1.').out).toBe(`${f}: statusReason replaced: Security fault; use 2.4.1.\n`);
    expect(refusedOn(f, 'status', 'payments', '2.4.0', 'yanked', '--reason', 'Security fault; use 2.4.1.')).toBe('command line  payments 2.4.0 is already yanked: nothing to change');
    expect(run('promote', 'payments', '2.4.0', 'live', '--status', 'rolled-back', '--notes', 'Rolled back to 2.3.0.').out.split('\n')[0]).toBe(
      `${f}: environments[3] live: deployed → rolled-back (deployed at 2026-05-14T07:30:00+01:00)`,
    );
    expect(refusedOn(f, 'promote', 'payments', '2.4.0', 'live', '--at', '2026-11-30T09:00:00Z')).toBe(
      'command line  payments 2.4.0 is yanked: a yanked release is not promoted (a roll-back of live can still be recorded: --status rolled-back)',
    );
  });

  it('yanks a released release with its reason; yanked is final', () => {
    expect(refusedOn('content/releases/payments/2.4.0.json', 'status', 'payments', '2.4.0', 'rolled-back', '--reason', 'x', '--date', '2026-05-14')).toBe(
      'command line  --date sets the release date, and payments 2.4.0 already records it (2026-05-14): leave --date out; the roll-back itself is recorded with npm run release:promote -- payments 2.4.0 live --status rolled-back, and when it failed and was restored as an incident in incidents[]',
    );
    expect(run('status', 'payments', '2.4.0', 'yanked', '--reason', 'Security fault.').code).toBe(0);
    const first = refusedOn('content/releases/payments/2.4.0.json', 'status', 'payments', '2.4.0', 'released');
    expect(first).toBe('command line  payments 2.4.0 cannot go from yanked to released: from yanked it can become nothing else (it is final)');
  });
});

function refusedOn(file: string, command: ReleaseCommand, ...argv: string[]): string {
  const before = read(file);
  const r = run(command, ...argv);
  expect(r.code).toBe(1);
  expect(read(file)).toBe(before);
  return r.err.split('\n')[0];
}
