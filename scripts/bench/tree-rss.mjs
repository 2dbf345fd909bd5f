// Peak memory of a process and every process it starts, for the benchmark's children (./build-child.mjs,
// ./search-child.mjs): sampled from /proc every 100 ms as the sum of their resident sizes.
// process.resourceUsage().maxRSS counts one process only, which would hide memory moved into a child.
import fs from 'node:fs';

/** The summed resident size, in KB, of process `root` and all its descendants now (0 without /proc). */
function treeRssKb(root) {
  const children = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      /* the process ended while being read */
    }
  }
  let kb = 0;
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop();
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* ended */
    }
    todo.push(...(children.get(pid) ?? []));
  }
  return kb;
}

/**
 * Starts sampling this process's tree. Returns a function giving the peak so far in KB: the larger of the sampled
 * peak and this process's own maxRSS (which also covers a peak between two samples).
 */
export function samplePeakTreeRss() {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, treeRssKb(process.pid)));
  const timer = fs.existsSync('/proc/self/status') ? setInterval(sample, 100) : undefined;
  timer?.unref();
  return () => {
    if (timer) sample();
    return Math.max(process.resourceUsage().maxRSS, peak);
  };
}
