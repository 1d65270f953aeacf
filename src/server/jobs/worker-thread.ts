// One warm worker thread for one kind of job: jobs run in it one at a time; cancelling
// terminates it (the next job gets a fresh one), as does a crash. Booted from dist/ as
// JavaScript, or from src/ (tests, through tsx) as TypeScript that registers tsx itself.
import { Worker } from 'node:worker_threads';
import type { JobProgress } from '../api/jobs.ts';
import type { WorkerReply, WorkerRequest } from './job-worker.ts';

const COMPILED = import.meta.url.endsWith('.js');
const WORKER = new URL(COMPILED ? './job-worker.js' : './job-worker.ts', import.meta.url).href;
const BOOT = COMPILED
  ? `import(${JSON.stringify(WORKER)})`
  : `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER)}); })`;

/** What the worker is asked to do, without the id the thread gives it. */
export type WorkRequest = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** The worker stopped before answering: terminated on purpose (cancel) or crashed. */
export class WorkerStopped extends Error {
  constructor(message: string, readonly cancelled: boolean) {
    super(message);
    this.name = 'WorkerStopped';
  }
}

interface Current {
  readonly id: number;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress: (progress: JobProgress) => void;
}

export class WorkerThread {
  #worker: Worker | undefined;
  #current: Current | undefined;
  #next = 1;

  /** Runs one request; the thread runs one at a time (the runner queues). */
  run<T>(request: WorkRequest, onProgress: (progress: JobProgress) => void): Promise<T> {
    if (this.#current !== undefined) return Promise.reject(new Error('the worker is busy'));
    const worker = (this.#worker ??= this.#spawn());
    worker.ref();
    return new Promise<T>((resolve, reject) => {
      const id = this.#next++;
      this.#current = { id, resolve: resolve as (value: unknown) => void, reject, onProgress };
      try {
        worker.postMessage({ ...request, id });
      } catch (error) {
        // A value that cannot be cloned: nothing was sent, the worker stays.
        this.#finish((c) => c.reject(error as Error));
      }
    });
  }

  /** Stops the job in hand by terminating its worker; its promise rejects with WorkerStopped (cancelled). */
  cancel(): void {
    const worker = this.#worker;
    if (worker === undefined || this.#current === undefined) return;
    this.#worker = undefined;
    this.#finish((c) => c.reject(new WorkerStopped('cancelled', true)));
    void worker.terminate();
  }

  /** Terminates the idle worker (server shutdown). */
  close(): void {
    this.cancel();
    void this.#worker?.terminate();
    this.#worker = undefined;
  }

  #finish(action: (current: Current) => void): void {
    const current = this.#current;
    if (current === undefined) return;
    this.#current = undefined;
    this.#worker?.unref();
    action(current);
  }

  #spawn(): Worker {
    const worker = new Worker(BOOT, { eval: true });
    worker.on('message', (reply: WorkerReply) => {
      if (this.#worker !== worker || this.#current?.id !== reply.id) return;
      if ('progress' in reply) this.#current.onProgress(reply.progress);
      else if (reply.ok) this.#finish((c) => c.resolve(reply.value));
      else this.#finish((c) => c.reject(new Error(reply.message)));
    });
    worker.on('error', (error: Error) => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      void worker.terminate();
      this.#finish((c) => c.reject(new WorkerStopped(`the worker failed (${error.message})`, false)));
    });
    worker.on('exit', (code) => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#finish((c) => c.reject(new WorkerStopped(`the worker stopped unexpectedly (exit ${code})`, false)));
    });
    // After the listeners (adding one refs the port again): an idle worker never keeps the process alive.
    worker.unref();
    return worker;
  }
}
