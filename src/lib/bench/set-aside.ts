// Clearing a build's outputs between benchmark runs without slowing the next build.
//
// Why not delete them: on a file system that frees many files shortly before a build creates many, creating each new
// file can cost far more than usual, and by an amount that depends on how much was deleted, not on the build. On this
// project's benchmark machines (ext4 mounted without a journal, Linux 6.18), the kernel will not hand out again an
// inode freed in the last 60 s (300 s while its inode table is unwritten), and checks each candidate one by one
// (`recently_deleted()` in fs/ext4/ialloc.c). Profiled with `perf` on 1 December 2026: after `rm -rf dist .cache`,
// 7.8% of all CPU time in our clean build and 9.2% in plain Astro's went to that check; the same 3,252-file write took
// 0.1–0.2 s on a quiet disk and 1.4–2.0 s after a build's deletions, almost all of it system time. A clean build on a
// fresh CI machine has deleted nothing, so the benchmark moves the old outputs aside (a rename frees no inode) and
// deletes them all once every measurement is over.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Moves `target` (a file or folder; nothing happens when it does not exist) into the folder `bin`, made if needed,
 * under a name not used there yet, so that `target` no longer exists and nothing was deleted. Where a rename is not
 * possible (`bin` on another file system: EXDEV) it is deleted instead. Returns the new path, `null` when there was
 * nothing to move or it was deleted. Throws what the rename or the deletion throws otherwise.
 */
export function setAside(target: string, bin: string): string | null {
  if (!fs.existsSync(target)) return null;
  fs.mkdirSync(bin, { recursive: true });
  const base = path.basename(target).replace(/^\.+/, '') || 'output';
  let dest = path.join(bin, base);
  for (let n = 2; fs.existsSync(dest); n++) dest = path.join(bin, `${base}-${n}`);
  try {
    fs.renameSync(target, dest);
    return dest;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    fs.rmSync(target, { recursive: true, force: true });
    return null;
  }
}
