// `npm run radar -- import|export …`: thin wrapper; the logic lives in src/lib/radar/cli.ts.
import { runRadarCli } from '../src/lib/radar/cli';

process.exitCode = runRadarCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
