// The GitHub Actions workflow `npm run new-handbook` writes into a new content directory, so a handbook kept in a
// repository of its own is checked on every pull request, published and asked for its reviews, as this engine's own
// repository does with its sample (.github/workflows/ci.yml and reviews.yml). Adopters had to assemble it from one
// paragraph of the README (a new adopter's trial, 2 December 2026).
//
// The layout: the content repository at the workspace root, this engine checked out into `engine/` (which the
// content's .gitignore leaves out), commands run in `engine/` with HANDBOOK_CONTENT_DIR=.. . The engine's repository
// and ref are repository variables, since a content repository cannot know where its engine lives.

/** The workflow file's path in the content repository. */
export const CONTENT_REPO_WORKFLOW = '.github/workflows/handbook.yml';

/**
 * The steps both jobs start with: the content (full history), the engine into engine/, Node and the engine's
 * packages; without the engine's repository variable, the job stops at once saying which setting to make.
 */
const ENGINE_STEPS = `      - name: The engine's repository is set
        if: vars.HANDBOOK_ENGINE_REPOSITORY == ''
        run: |
          echo "::error::Set the repository variable HANDBOOK_ENGINE_REPOSITORY to the engine's repository (owner/name): Settings → Secrets and variables → Actions → Variables."
          exit 1
      - uses: actions/checkout@v4
        with:
          # The base branch and full history: to compare a pull request with it, and to date pages from git.
          fetch-depth: 0
      - uses: actions/checkout@v4
        with:
          repository: \${{ vars.HANDBOOK_ENGINE_REPOSITORY }}
          ref: \${{ vars.HANDBOOK_ENGINE_REF || 'main' }}
          # A private engine repository needs a token that can read it (the secret HANDBOOK_ENGINE_TOKEN).
          token: \${{ secrets.HANDBOOK_ENGINE_TOKEN || github.token }}
          path: engine
      - uses: actions/setup-node@v4
        with:
          node-version-file: engine/.nvmrc
          cache: npm
          cache-dependency-path: engine/package-lock.json
      - run: npm ci --no-audit --no-fund
        working-directory: engine
`;

/** The workflow: pull-request check and job summary, build and publish to GitHub Pages, weekly review issue. */
export const contentRepoWorkflow = `# Checks, builds and publishes this handbook with its engine (checked out into engine/), and keeps its review issue up to date.
# Set two repository variables (Settings → Secrets and variables → Actions → Variables):
#   HANDBOOK_ENGINE_REPOSITORY  the engine's GitHub repository, owner/name
#   HANDBOOK_ENGINE_REF         optional: the engine's branch or tag to use (default main); a tag keeps builds repeatable
# and, when the engine's repository is private, the secret HANDBOOK_ENGINE_TOKEN: a token that can read it.
# The site is published, and the review issue kept, from this repository's default branch (main or master; another
# name: add it under push: branches).
# In Settings → Pages, choose GitHub Actions as the source and set a custom domain: the site must be served at the
# root of a domain (site.yaml's url, e.g. https://handbook.example.org), not at https://<owner>.github.io/<repo>/.
# Published by this workflow, the domain is taken from that setting, not from the CNAME file the build writes.
name: Handbook
on:
  push:
    # GitHub reads no expression here: the default branch's usual names. Jobs below publish from the default branch only.
    branches: [main, master]
  pull_request:
  schedule:
    # Daily, so review banners and dates follow the calendar; on Mondays the review issue is updated too.
    - cron: '17 5 * * *'
  workflow_dispatch:

permissions:
  contents: read

# One publication at a time; a run in progress is not cancelled (GitHub's own Pages workflows do the same).
concurrency:
  group: pages-\${{ github.ref }}
  cancel-in-progress: false

env:
  # The content is this repository; the engine runs from engine/, one folder down.
  HANDBOOK_CONTENT_DIR: '..'

jobs:
  handbook:
    runs-on: ubuntu-latest
    steps:
${ENGINE_STEPS}      - name: Keep the incremental-build cache between runs
        uses: actions/cache@v4
        with:
          path: engine/.cache
          key: handbook-cache-\${{ hashFiles('engine/package-lock.json', 'engine/astro.config.mjs') }}-\${{ github.sha }}
          restore-keys: |
            handbook-cache-\${{ hashFiles('engine/package-lock.json', 'engine/astro.config.mjs') }}-
      - name: Content check (problems appear on the pull request's lines)
        if: github.event_name == 'pull_request'
        id: check
        continue-on-error: true
        working-directory: engine
        run: npm run -s check -- --format github --since "origin/\${{ github.base_ref }}"
      - name: Job summary
        if: github.event_name == 'pull_request'
        working-directory: engine
        shell: bash
        # A summary that cannot be written must not hide the check's result (the next step reports it).
        continue-on-error: true
        run: |
          npm run -s pr-summary -- --base "origin/\${{ github.base_ref }}" >> "$GITHUB_STEP_SUMMARY"
          { echo; echo "### Content check"; echo; echo '\`\`\`text'; npm run -s check -- --since "origin/\${{ github.base_ref }}" || true; echo '\`\`\`'; } >> "$GITHUB_STEP_SUMMARY"
      - name: Fail when the content check found errors
        if: github.event_name == 'pull_request' && steps.check.outcome == 'failure'
        run: |
          echo "The content check found errors: they are marked on the changed lines (Files changed tab)."
          exit 1
      - name: Build the site (checks all content first)
        working-directory: engine
        run: npm run build
      - uses: actions/upload-pages-artifact@v3
        if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
        with:
          path: engine/dist

  # The review issue, in a job of its own: it needs no build (a failing build must not leave it stale), and only it
  # may write issues.
  reviews:
    if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch) && (github.event_name == 'schedule' || github.event_name == 'workflow_dispatch')
    runs-on: ubuntu-latest
    permissions:
      contents: read
      issues: write
    steps:
${ENGINE_STEPS}      - name: Update the review issue (Mondays, or when run by hand)
        working-directory: engine
        env:
          GH_TOKEN: \${{ github.token }}
          GH_REPO: \${{ github.repository }}
          LABEL: handbook-reviews
        run: |
          [ "$GITHUB_EVENT_NAME" = workflow_dispatch ] || [ "$(date -u +%u)" = 1 ] || { echo "The review issue is updated on Mondays."; exit 0; }
          npm run -s reviews -- --format markdown > reviews.md
          gh label create "$LABEL" --color D93F0B --description "Handbook pages due for review" --force
          number=$(gh issue list --label "$LABEL" --state open --json number --jq '.[0].number // empty')
          if [ -z "$number" ]; then gh issue create --title "Handbook pages due for review" --label "$LABEL" --body-file reviews.md
          else gh issue edit "$number" --body-file reviews.md; fi

  deploy:
    if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
    needs: handbook
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;

/** The content repository's .gitignore: the engine's checkout lives inside it in CI (and may locally). */
export const contentRepoGitignore = `# The engine, checked out here by .github/workflows/handbook.yml (and locally, if you keep it here too).
engine/
`;
