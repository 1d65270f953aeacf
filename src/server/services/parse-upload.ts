// Parses uploaded bytes in a worker thread with a bounded heap and a time limit. One
// warm worker serves uploads in turn (starting one costs seconds); a worker that runs
// out of memory or time is terminated and the next upload gets a fresh one.
import { Worker } from 'node:worker_threads';
import { InputError } from '../../model/errors.ts';
import type { ConcordDocument } from '../../model/types.ts';

// From the compiled dist/ the worker is JavaScript; run from src/ (tests, through tsx) it is TypeScript
// and registers tsx itself: a worker does not inherit the parent's loader hooks.
const COMPILED = import.meta.url.endsWith('.js');
const WORKER = new URL(COMPILED ? './parse-worker.js' : './parse-worker.ts', import.meta.url).href;
const BOOT = COMPILED
  ? `import(${JSON.stringify(WORKER)})`
  : `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER)}); })`;

export interface ParseLimits {
  readonly heapMb: number;
  readonly timeoutMs: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { heapMb: 1024, timeoutMs: 120_000 };

type Reply = { id: number; ok: true; document: ConcordDocument } | { id: number; ok: false; message: string };

interface Job {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly symbol: string | undefined;
  readonly resolve: (document: ConcordDocument) => void;
  readonly reject: (error: Error) => void;
}

class ParsePool {
  #worker: Worker | undefined;
  #queue: Job[] = [];
  #current: Job | undefined;
  #timer: NodeJS.Timeout | undefined;
  #next = 1;
  constructor(private readonly limits: ParseLimits) {}

  parse(name: string, bytes: Uint8Array, symbol?: string): Promise<ConcordDocument> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#next++, name, bytes, symbol, resolve, reject });
      this.#pump();
    });
  }

  /** Starts the worker ahead of the first upload. */
  warm(): void {
    this.#worker ??= this.#spawn();
  }

  #spawn(): Worker {
    const worker = new Worker(BOOT, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 64 },
    });
    worker.on('message', (message: Reply | { ready: true }) => {
      if (!('id' in message)) return;
      const job = this.#current;
      if (job === undefined || job.id !== message.id) return;
      this.#settle(() => (message.ok ? job.resolve(message.document) : job.reject(new InputError(job.name, strip(job.name, message.message)))));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const job = this.#current;
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'reading it needed more memory than allowed; the file was abandoned' : `could not be read (${error.message})`;
      this.#drop(worker);
      if (job !== undefined) this.#settle(() => job.reject(new InputError(job.name, reason, { cause: error })));
    });
    worker.on('exit', (code) => {
      const job = this.#current;
      const wasCurrent = this.#worker === worker;
      this.#drop(worker);
      if (wasCurrent && job !== undefined) this.#settle(() => job.reject(new InputError(job.name, `the reader stopped unexpectedly (exit ${code})`)));
    });
    // After the listeners (adding one refs the port again): an idle worker never keeps the process alive.
    worker.unref();
    return worker;
  }

  #drop(worker: Worker): void {
    if (this.#worker === worker) this.#worker = undefined;
    void worker.terminate();
  }

  #settle(action: () => void): void {
    clearTimeout(this.#timer);
    this.#current = undefined;
    action();
    this.#pump();
  }

  #pump(): void {
    if (this.#current !== undefined) return;
    const job = this.#queue.shift();
    if (job === undefined) return;
    this.#current = job;
    this.#worker ??= this.#spawn();
    const worker = this.#worker;
    this.#timer = setTimeout(() => {
      this.#drop(worker);
      this.#settle(() => job.reject(new InputError(job.name, `reading took longer than ${this.limits.timeoutMs / 1000} s; the file was abandoned`)));
    }, this.limits.timeoutMs);
    worker.postMessage({ id: job.id, name: job.name, bytes: job.bytes, ...(job.symbol === undefined ? {} : { symbol: job.symbol }) });
  }
}

const strip = (name: string, message: string): string => (message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message);

const pools = new Map<string, ParsePool>();

function poolFor(limits: ParseLimits): ParsePool {
  const key = `${limits.heapMb}/${limits.timeoutMs}`;
  let pool = pools.get(key);
  if (pool === undefined) {
    pool = new ParsePool(limits);
    pools.set(key, pool);
  }
  return pool;
}

/** Parses one upload in the shared bounded worker. */
export function parseUpload(name: string, bytes: Uint8Array, symbol?: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<ConcordDocument> {
  return poolFor(limits).parse(name, bytes, symbol);
}

/** Boots the parsing worker now, so that the first upload does not wait for it. */
export function warmUpParser(limits: ParseLimits = DEFAULT_PARSE_LIMITS): void {
  poolFor(limits).warm();
}
