// `npm run release:new -- <component> <version> [--planned YYYY-MM-DD] [--type …] [--title "…"] [--root <dir>]`: writes a skeleton release file.
import { resolve } from 'node:path';
import { buildToday } from '../src/lib/shared/dates';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createReleaseFile } from '../src/lib/releases/skeleton';
import { RELEASE_TYPES } from '../src/lib/releases/enums';

const USAGE = `usage: npm run release:new -- <component> <version> [--planned YYYY-MM-DD] [--type ${RELEASE_TYPES.join('|')}] [--title "…"] [--root <dir>]`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the command; returns the exit code. */
export function main(argv: string[], io: Io = { out: console.log, err: console.error }): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { planned: { type: 'string' }, type: { type: 'string' }, title: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.err(`release:new: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 1;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  const [component, version, ...extra] = parsed.positionals;
  if (!component || !version || extra.length > 0) {
    io.err(`release:new: expected a component and a version\n${USAGE}`);
    return 1;
  }
  const root = resolve(parsed.values.root ?? process.cwd());
  const res = createReleaseFile(root, { component, version, planned: parsed.values.planned, releaseType: parsed.values.type, title: parsed.values.title });
  if (!res.ok) {
    io.err(`release:new: ${res.message}`);
    return 1;
  }
  io.out(`wrote ${res.path}:\n${res.text}`);
  // Written all the same (it may be a release being recorded late), but said now rather than first by the check.
  const today = buildToday();
  const planned = parsed.values.planned;
  if (planned !== undefined && planned < today)
    io.out(
      `Note: --planned ${planned} is before today (${today}): until the release is recorded as released or moved, the check warns that its planned date has passed (npm run release:status -- ${component} ${version} released, or … planned --planned YYYY-MM-DD).`,
    );
  io.out(`Next: fill in the ${parsed.values.title === undefined ? 'title, ' : ''}dates, changes, sign-offs, risks and rollback plan, then run \`npm run check\`.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
