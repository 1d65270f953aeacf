// A render worker's thread yields to the main thread: `concord build` begins the Word and Excel files in their
// workers while the main thread reads, maps and traces, which every file waits for; on two cores three busy
// threads would share them evenly. Lowering the worker thread's own priority (its nice value, which Linux keeps
// per thread) leaves them the time the main thread does not use. Elsewhere, or where it is refused, nothing changes.

import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Lowers the calling thread's priority by `nice` (0 to 19) on Linux; a no-op elsewhere or when refused. */
export function yieldThread(nice: number): void {
  if (process.platform !== 'linux' || nice <= 0) return;
  try {
    // "PID/task/TID": the thread's own id, which setpriority takes for that thread alone.
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, Math.min(19, nice));
  } catch {
    // Not permitted, or no /proc: the thread keeps its priority.
  }
}
