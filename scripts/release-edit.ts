// `npm run release:promote|release:sign-off|release:status -- …`: thin wrapper; the logic lives in src/lib/releases/cli.ts.
import { RELEASE_COMMANDS, runReleaseCli, type ReleaseCommand } from '../src/lib/releases/cli';

const [command, ...argv] = process.argv.slice(2);
if (!(RELEASE_COMMANDS as readonly string[]).includes(command)) {
  process.stderr.write(`release-edit: first argument must be one of ${RELEASE_COMMANDS.join('|')}\n`);
  process.exitCode = 1;
} else {
  process.exitCode = runReleaseCli(command as ReleaseCommand, argv, {
    cwd: process.cwd(),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
}
