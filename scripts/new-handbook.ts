// `npm run new-handbook -- <dir> [--title "…"] [--org "…"]`: writes a minimal content directory that builds first time.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { scaffoldFiles } from '../src/lib/site/scaffold';
import { buildToday } from '../src/lib/shared/dates';

export const USAGE = 'Usage: npm run new-handbook -- <dir> [--title "Our Technical Handbook"] [--org "Our Organisation"]';

/** What a new repository's clone may already hold: new-handbook writes beside it. */
const NEW_REPOSITORY = /^(?:\.git|\.github|\.gitignore|\.gitattributes|engine|(?:README|LICEN[CS]E|COPYING)(?:\.[A-Za-z]+)?)$/i;

/** Runs the command without touching process state; `cwd` resolves a relative `<dir>`. Exit code 0, 1 (refused) or 2 (usage). */
export function runNewHandbook(argv: string[], cwd = process.cwd()): { code: number; stdout: string; stderr: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { title: { type: 'string' }, org: { type: 'string' }, help: { type: 'boolean' } } });
  } catch (e) {
    return { code: 2, stdout: '', stderr: `${(e as Error).message}\n${USAGE}\n` };
  }
  if (parsed.values.help) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  if (parsed.positionals.length !== 1) return { code: 2, stdout: '', stderr: `${USAGE}\n` };
  const dir = path.resolve(cwd, parsed.positionals[0]);
  const org = parsed.values.org ?? 'Our organisation';
  const files = scaffoldFiles({ title: parsed.values.title ?? `${org} Technical Handbook`, org, today: buildToday() });
  // A new or empty folder, or a new repository's clone: what such a clone holds is left as it is (a new adopter's trial,
  // 2 December 2026: a fresh `git init`, the documented content repository of its own, was refused as "not empty").
  const present = fs.existsSync(dir) ? (fs.statSync(dir).isDirectory() ? fs.readdirSync(dir) : undefined) : [];
  const clash = Object.keys(files).find((rel) => rel !== '.gitignore' && fs.existsSync(path.join(dir, rel)));
  if (!present || present.some((name) => !NEW_REPOSITORY.test(name)) || clash)
    return {
      code: 1,
      stdout: '',
      stderr: `${parsed.positionals[0]} is not empty: not writing into it${clash ? ` (it has ${clash})` : ''}. Name a new or empty folder, or a new repository's clone (holding only .git, README, LICENSE, .gitignore, .github or engine/).\n`,
    };
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A repository's own .gitignore keeps its lines; ours are added to it.
    if (rel === '.gitignore' && fs.existsSync(file)) {
      const had = fs.readFileSync(file, 'utf8');
      if (!had.split(/\r?\n/).includes('engine/')) fs.writeFileSync(file, `${had.replace(/\n?$/, '\n')}${text}`);
    } else fs.writeFileSync(file, text);
  }
  const rel = path.relative(cwd, dir) || '.';
  return {
    code: 0,
    stdout: `Wrote ${Object.keys(files).length} files to ${rel}/. Next:\n  HANDBOOK_CONTENT_DIR=${rel} npm run dev     # preview\n  HANDBOOK_CONTENT_DIR=${rel} npm run build   # build into dist/\nThen replace the example.org addresses in ${rel}/site.yaml.\nOn GitHub, as a repository of its own: ${rel}/.github/workflows/handbook.yml checks pull requests, publishes to Pages and asks for reviews; set the repository variable HANDBOOK_ENGINE_REPOSITORY to this engine's repository (owner/name).\n`,
    stderr: '',
  };
}

// Compared as file URLs: a path with a space is %20 in import.meta.url (a new adopter's trial, 2 December 2026).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const res = runNewHandbook(process.argv.slice(2));
  process.stdout.write(res.stdout);
  process.stderr.write(res.stderr);
  process.exit(res.code);
}
