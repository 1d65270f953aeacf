// Parses uploaded bytes in a worker thread with a bounded heap and a time limit; the
// parse messages come back inside the document.
import { Worker } from 'node:worker_threads';
import { InputError } from '../../model/errors.ts';
import type { ConcordDocument } from '../../model/types.ts';

const WORKER = new URL('./parse-worker.ts', import.meta.url).href;
// The worker registers tsx itself: a worker does not inherit the parent's loader hooks.
const BOOT = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER)}); })`;

export interface ParseLimits {
  readonly heapMb: number;
  readonly timeoutMs: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { heapMb: 1024, timeoutMs: 120_000 };

export function parseUpload(name: string, bytes: Uint8Array, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<ConcordDocument> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: { name, bytes },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 64 },
    });
    let settled = false;
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const timer = setTimeout(() => finish(() => reject(new InputError(name, `reading took longer than ${limits.timeoutMs / 1000} s; the file was abandoned`))), limits.timeoutMs);
    worker.on('message', (message: { ok: true; document: ConcordDocument } | { ok: false; message: string; code: string }) => {
      finish(() => (message.ok ? resolve(message.document) : reject(new InputError(name, message.message.startsWith(`${name}: `) ? message.message.slice(name.length + 2) : message.message))));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'reading it needed more memory than allowed; the file was abandoned' : `could not be read (${error.message})`;
      finish(() => reject(new InputError(name, reason, { cause: error })));
    });
    worker.on('exit', (code) => finish(() => reject(new InputError(name, `the reader stopped unexpectedly (exit ${code})`))));
  });
}
