// Version messages explain SemVer 2.0's rules, e.g. why leading zeros are refused (§2, §9).
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../shared/errors';
import { componentsFile, fixtureRelease, releaseFile } from './fixtures';
import { parseReleaseData } from './load';
import { versionProblem } from './version';

describe('versionProblem', () => {
  it.each([
    ['01.2.0', '"01.2.0" has a leading zero in its major number (01): SemVer 2.0 §2 says MAJOR, MINOR and PATCH are non-negative integers that must not have leading zeros — write 1.2.0'],
    ['1.2.03', '"1.2.03" has a leading zero in its patch number (03): SemVer 2.0 §2 says MAJOR, MINOR and PATCH are non-negative integers that must not have leading zeros — write 1.2.3'],
    ['1.0.0-rc.01', '"1.0.0-rc.01" has a leading zero in the pre-release identifier "01": SemVer 2.0 §9 says numeric identifiers must not include leading zeros — write 1.0.0-rc.1'],
  ])('%s', (version, message) => {
    expect(versionProblem(version)).toBe(message);
  });

  it('accepts zero itself, alphanumeric identifiers that start with 0, and build metadata with leading zeros (§10)', () => {
    expect(['0.1.0', '1.0.0-rc.0', '1.0.0-0a', '1.0.0+001'].map(versionProblem)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('is reported for a release file with its line', () => {
    const r = fixtureRelease({ version: '1.0.0-rc.01', stage: 'rc' });
    const data = parseReleaseData([componentsFile(), releaseFile(r, 'content/releases/payments/1.0.0-rc.01.json')]);
    expect(formatIssues(data.issues.filter((i) => i.field === 'version'))).toBe(
      'content/releases/payments/1.0.0-rc.01.json:4:3  version  "1.0.0-rc.01" has a leading zero in the pre-release identifier "01": ' +
        'SemVer 2.0 §9 says numeric identifiers must not include leading zeros — write 1.0.0-rc.1',
    );
  });
});
