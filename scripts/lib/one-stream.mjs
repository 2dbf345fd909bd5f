// Loaded into `astro build` by scripts/build.mjs (`node --import`): what the build writes to stdout goes to stderr,
// so every line reaches build.mjs through one pipe, in the order it was written. Astro writes warnings to stdout and
// errors to stderr; read from two pipes, a warning could come out under another file's heading or after the error
// summary (new adopters' trials, 1 December 2026). build.mjs sends each line on to its own stream again.
const write = process.stderr.write.bind(process.stderr);
process.stdout.write = (...args) => write(...args);
