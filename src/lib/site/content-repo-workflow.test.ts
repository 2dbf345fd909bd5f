// The workflow a new content repository gets: valid YAML, and the same commands the engine's own CI runs, from engine/.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentRepoWorkflow, CONTENT_REPO_WORKFLOW } from './content-repo-workflow';
import { scaffoldFiles } from './scaffold';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  'working-directory'?: string;
}

describe('the content repository workflow', () => {
  const wf = parse(contentRepoWorkflow) as { env: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
  const steps = wf.jobs.handbook.steps;
  it('checks out the engine into engine/ and runs every command there, with the content one folder up', () => {
    expect(wf.env.HANDBOOK_CONTENT_DIR).toBe('..');
    const engine = steps.find((s) => s.uses?.startsWith('actions/checkout') && s.with?.path === 'engine');
    expect(engine?.with?.repository).toBe('${{ vars.HANDBOOK_ENGINE_REPOSITORY }}');
    for (const s of steps.filter((x) => x.run?.includes('npm run'))) expect(s['working-directory'], s.name).toBe('engine');
    // Without the variable the job stops at once with the setting to make, not at a checkout of "".
    expect(steps[0].if).toBe("vars.HANDBOOK_ENGINE_REPOSITORY == ''");
  });
  it('annotates pull requests, writes their job summary, publishes dist/ and updates the review issue in a job of its own', () => {
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run -s check -- --format github --since "origin/${{ github.base_ref }}"');
    expect(runs).toContain('npm run -s pr-summary -- --base "origin/${{ github.base_ref }}" >> "$GITHUB_STEP_SUMMARY"');
    expect(runs).toContain('npm run build');
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('engine/dist');
    expect(Object.keys(wf.jobs)).toEqual(['handbook', 'reviews', 'deploy']);
    // The review issue needs no build, so a failing build cannot leave it stale; only that job may write issues.
    const reviews = wf.jobs.reviews as unknown as { permissions: Record<string, string>; steps: Step[] };
    expect(reviews.steps.map((s) => s.run ?? '').join('\n')).toContain('npm run -s reviews -- --format markdown > reviews.md');
    expect(reviews.permissions.issues).toBe('write');
    expect((wf.jobs.handbook as unknown as { permissions?: unknown }).permissions).toBeUndefined();
    expect((wf as unknown as { concurrency: { 'cancel-in-progress': boolean } }).concurrency['cancel-in-progress']).toBe(false);
  });
  it('publishes from the repository\'s default branch, whatever its name, and can read a private engine', () => {
    // A new adopter's trial (2 December 2026): `main` was written in, so a repository whose default branch is `master`
    // never published and never updated its review issue, with no word of why.
    expect(contentRepoWorkflow).not.toContain("refs/heads/main'");
    const deploy = wf.jobs.deploy as unknown as { if: string };
    expect(deploy.if).toBe("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)");
    expect((wf as unknown as { on: { push: { branches: string[] } } }).on.push.branches).toEqual(['main', 'master']);
    const engine = steps.find((s) => s.with?.path === 'engine');
    expect(engine?.with?.token).toBe('${{ secrets.HANDBOOK_ENGINE_TOKEN || github.token }}');
  });
  it('is written by new-handbook, with a .gitignore that leaves the engine out', () => {
    const files = scaffoldFiles({ title: 'T', org: 'O', today: '2026-12-02' });
    expect(files[CONTENT_REPO_WORKFLOW]).toBe(contentRepoWorkflow);
    expect(files['.gitignore']).toContain('engine/');
  });
});
