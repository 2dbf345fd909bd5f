// SemVer 2.0 helpers for release versions: validation with editor-facing messages, stage, precedence.
import semver from 'semver';
import type { Stage } from './enums';

/** Why `version` is not an acceptable release version, or undefined when it is fine. */
export function versionProblem(version: string): string | undefined {
  const v = JSON.stringify(version);
  if (/^[vV]\d/.test(version)) {
    return `${v} has a "v" prefix: write the version without it, e.g. ${version.slice(1)} (SemVer 2.0)`;
  }
  const zeros = leadingZeroProblem(version);
  if (zeros) return zeros;
  // semver.parse tolerates a leading "v" or "=" and drops build metadata, so insist on an exact round trip.
  const p = semver.parse(version);
  const roundTrip = p ? p.version + (p.build.length > 0 ? `+${p.build.join('.')}` : '') : undefined;
  if (roundTrip !== version) {
    return `${v} is not a valid SemVer 2.0 version: expected MAJOR.MINOR.PATCH with an optional pre-release, e.g. 2.1.0 or 2.1.0-rc.1`;
  }
  return undefined;
}

const NAMES = ['major', 'minor', 'patch'] as const;
const noZeros = (n: string) => n.replace(/^0+(?=\d)/, '');

/**
 * Leading zeros, which SemVer 2.0 forbids in MAJOR.MINOR.PATCH (§2) and in numeric pre-release identifiers (§9):
 * the message names the part and gives the corrected version. Undefined when there are none.
 */
function leadingZeroProblem(version: string): string | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(\+[0-9A-Za-z.-]+)?$/.exec(version);
  if (!m) return undefined;
  const v = JSON.stringify(version);
  const core = [m[1], m[2], m[3]];
  const pre = m[4]?.split('.') ?? [];
  const fixed = `${core.map(noZeros).join('.')}${pre.length ? `-${pre.map((id) => (/^\d+$/.test(id) ? noZeros(id) : id)).join('.')}` : ''}${m[5] ?? ''}`;
  const badCore = core.findIndex((n) => n.length > 1 && n.startsWith('0'));
  if (badCore >= 0) {
    return (
      `${v} has a leading zero in its ${NAMES[badCore]} number (${core[badCore]}): SemVer 2.0 §2 says MAJOR, MINOR and PATCH ` +
      `are non-negative integers that must not have leading zeros — write ${fixed}`
    );
  }
  const badPre = pre.find((id) => /^\d+$/.test(id) && id.length > 1 && id.startsWith('0'));
  if (badPre) {
    return (
      `${v} has a leading zero in the pre-release identifier ${JSON.stringify(badPre)}: SemVer 2.0 §9 says numeric ` +
      `identifiers must not include leading zeros — write ${fixed}`
    );
  }
  return undefined;
}

export function isValidVersion(version: string): boolean {
  return versionProblem(version) === undefined;
}

/** The first pre-release identifier of a valid version (`rc` for 2.0.0-rc.1), or undefined for a GA version. */
export function firstPrereleaseId(version: string): string | undefined {
  const pre = semver.prerelease(version);
  return pre && pre.length > 0 ? String(pre[0]) : undefined;
}

/**
 * The stage a valid version implies, or undefined when its pre-release identifier is not one of ours
 * (e.g. `2.0.0-preview.1` or `2.0.0-rc1`).
 */
export function stageFromVersion(version: string): Stage | undefined {
  const id = firstPrereleaseId(version);
  if (id === undefined) return 'ga';
  return id === 'alpha' || id === 'beta' || id === 'rc' ? id : undefined;
}

/**
 * The release a valid version leads to: MAJOR.MINOR.PATCH without pre-release or build (`2.0.0` for `2.0.0-rc.1+b7`).
 * Its pre-releases come before it in SemVer precedence (SemVer 2.0 §11).
 */
export function coreVersion(version: string): string {
  const p = semver.parse(version);
  return p ? `${p.major}.${p.minor}.${p.patch}` : version;
}

/** SemVer precedence: negative when a < b. Build metadata is ignored, as the spec says. */
export function compareVersions(a: string, b: string): number {
  return semver.compare(a, b);
}

/** The release type a version number suggests relative to nothing else: x.0.0 major, x.y.0 minor, else patch. */
export function releaseTypeFromVersion(version: string): 'major' | 'minor' | 'patch' {
  const p = semver.parse(version);
  if (!p) return 'patch';
  if (p.patch !== 0) return 'patch';
  if (p.minor !== 0) return 'minor';
  return 'major';
}
