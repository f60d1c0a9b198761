// CPU time used by a browser and all its processes (renderer, GPU process with SwiftShader, workers'
// threads), read from /proc on Linux. On a shared two-core machine wall-clock times swing with the
// other jobs; the CPU a load costs swings much less, so the bench reports it beside the times.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

function stat(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = stat(Number(entry));
    if (!fields) continue;
    const parent = Number(fields[1]);
    byParent.set(parent, [...(byParent.get(parent) ?? []), Number(entry)]);
  }
  return byParent;
}

/** Milliseconds of CPU (user + system) used so far by `pid` and its descendants; null where /proc is absent. */
export function treeCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    readdirSync('/proc');
  } catch {
    return null;
  }
  const byParent = children();
  let ticks = 0;
  const queue = [pid];
  while (queue.length) {
    const next = queue.pop()!;
    const fields = stat(next);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
    queue.push(...(byParent.get(next) ?? []));
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
