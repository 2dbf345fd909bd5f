// `release:new`: a valid skeleton release file for a component and version, written where it belongs.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isIsoDate, notADate } from '../shared/dates';
import { formatIssues } from '../shared/errors';
import { validate } from '../shared/validate';
import { contentPaths, type ContentPaths } from '../shared/content-dir';
import { releaseSchemaRef, releaseFilePath } from './paths';
import { loadSite } from '../site/load';
import { componentsFileSchema, type Component, type ReleaseInput } from './schema';
import { compareVersions, releaseTypeFromVersion, stageFromVersion, versionProblem } from './version';
import { loadReleaseData } from './load';
import { readContent } from '../shared/read';
import { expectedOneOf } from '../shared/closest';
import { RELEASE_TYPES } from './enums';

export interface SkeletonRequest {
  component: string;
  version: string;
  /** Planned release date, YYYY-MM-DD. */
  planned?: string;
  /** One of RELEASE_TYPES (an emergency hotfix); default: from the version (releaseTypeFromVersion). */
  releaseType?: string;
  /** The release's title; default: "<component name> <version>", a placeholder to replace. */
  title?: string;
}

/** The skeleton for a known component and valid version: stage from the version, status planned. */
export function releaseSkeleton(
  component: Component,
  version: string,
  planned?: string,
  paths: ContentPaths = contentPaths(),
  schemaRef: string = releaseSchemaRef(paths),
): ReleaseInput {
  const stage = stageFromVersion(version) ?? 'ga';
  return {
    $schema: schemaRef,
    component: component.id,
    version,
    title: `${component.name} ${version}`,
    releaseType: releaseTypeFromVersion(version),
    stage,
    status: 'planned',
    dates: planned ? { planned } : {},
    environments: [
      { name: 'dev', status: 'pending' },
      { name: 'test', status: 'pending' },
      { name: 'staging', status: 'pending' },
      { name: 'live', status: 'pending' },
    ],
    changes: [],
    signOffs: [],
    risks: [],
  };
}

/** Why the request cannot be met, or undefined. Every message says what was given and what is allowed. */
export function skeletonProblem(req: SkeletonRequest, components: readonly Component[], paths: ContentPaths = contentPaths()): string | undefined {
  if (!components.some((c) => c.id === req.component)) {
    const ids = components.map((c) => c.id).sort();
    return `unknown component "${req.component}" (components are listed in ${paths.components}): ${expectedOneOf(req.component, ids)}`;
  }
  const vp = versionProblem(req.version);
  if (vp) return `invalid version: ${vp}`;
  if (stageFromVersion(req.version) === undefined) {
    return `invalid version: "${req.version}" has a pre-release identifier that is not alpha, beta or rc (e.g. ${req.version.split('-')[0]}-rc.1)`;
  }
  if (req.planned !== undefined && !isIsoDate(req.planned)) {
    // "2027-02-30: expected YYYY-MM-DD" named the form it had; the calendar is what it missed (an operations trial,
    // 3 December 2026), as the other commands say through notADate.
    return `invalid --planned date "${req.planned}": ${notADate(req.planned).replace(/^is not /, 'not ')}, e.g. 2026-12-03`;
  }
  // An emergency hotfix was written as a patch, to be edited by hand (a new adopter's trial, 3 December 2026).
  if (req.releaseType !== undefined && !(RELEASE_TYPES as readonly string[]).includes(req.releaseType)) {
    return `invalid --type "${req.releaseType}": ${expectedOneOf(req.releaseType, RELEASE_TYPES)}`;
  }
  if (req.title !== undefined && !req.title.trim()) return 'invalid --title: it is empty; give the release a short name, e.g. --title "Direct debits"';
  return undefined;
}

export type CreateResult = { ok: true; path: string; text: string } | { ok: false; message: string };

/** Reads components.yaml under `root`, checks the request, and writes the file unless it exists. */
export function createReleaseFile(root: string, req: SkeletonRequest): CreateResult {
  const paths = contentPaths(root);
  let components: Component[];
  try {
    const text = readContent(join(root, paths.components), paths.components);
    const res = validate(componentsFileSchema, parseYaml(text) as unknown, { file: paths.components, text });
    if (!res.ok) return { ok: false, message: `fix ${paths.components} first:\n${formatIssues(res.issues)}` };
    components = res.value;
  } catch (e) {
    // A handbook without releases yet: say how the area starts instead of passing on "ENOENT" (an adopter's trial,
    // 3 December 2026).
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: false, message: noComponentsMessage(paths.components, req.component) };
    return { ok: false, message: `cannot read ${paths.components}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const problem = skeletonProblem(req, components, paths);
  if (problem) return { ok: false, message: problem };
  const rel = releaseFilePath(req.component, req.version, paths);
  const full = join(root, rel);
  if (existsSync(full)) return { ok: false, message: `${rel} already exists: not overwriting it` };
  // A version that differs only in build metadata (5.0.0+build.7 beside 5.0.0) is the same release (SemVer §10), which
  // the check then reported as a duplicate of a file just written (a new adopter's trial, 2 December 2026).
  const data = loadReleaseData(root);
  const same = data.releases.find((r) => r.component === req.component && compareVersions(r.version, req.version) === 0);
  if (same)
    return {
      ok: false,
      message: `${req.component} ${req.version} is the same release as ${same.version} (${data.files[`${same.component}@${same.version}`] ?? 'already described'}): build metadata after "+" does not make a new release (SemVer §10); give a new version, or record the build in that file`,
    };
  const component = components.find((c) => c.id === req.component)!;
  const schemaRef = releaseSchemaRef(paths, loadSite(root).site?.url);
  const skeleton = releaseSkeleton(component, req.version, req.planned, paths, schemaRef);
  if (req.title !== undefined) skeleton.title = req.title.trim();
  if (req.releaseType !== undefined) skeleton.releaseType = req.releaseType as (typeof RELEASE_TYPES)[number];
  const text = JSON.stringify(skeleton, null, 2) + '\n';
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text, { flag: 'wx' });
  return { ok: true, path: rel, text };
}

/**
 * What `release:new` says when the handbook has no components file (`file`, project-relative) yet: that releases
 * belong to components listed there, and a first entry for `component` with every field the schema requires
 * (`componentSchema` in ./schema.ts), to fill in.
 */
export function noComponentsMessage(file: string, component: string): string {
  return [
    `${file} does not exist yet: every release belongs to a component listed there. Write it first, for example:`,
    '',
    `- id: ${component}`,
    '  name: <the component\'s name, as readers know it>',
    '  description: <one sentence: what it does, for whom>',
    '  owner: <the accountable role or team>',
    '  repository: <its repository\'s web address>',
    '',
    'then run this command again.',
  ].join('\n');
}
