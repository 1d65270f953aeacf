// The job runner: heavy work (re-map, export) runs as jobs, one at a time per kind in that
// kind's worker thread, the rest queued. A job's state, progress and result live in memory
// (a restart forgets them). Cancelling a queued job drops it; a running one has its worker
// terminated, so whatever it computed is discarded and the store is untouched. A re-map that
// is saving (one transaction, in this thread) can no longer be cancelled.
import { randomUUID } from 'node:crypto';
import type { Job, JobKind, JobProgress } from '../api/jobs.ts';
import { ApiError } from '../errors.ts';
import { WorkerStopped, WorkerThread, type WorkRequest } from './worker-thread.ts';

/** What a job hands the runner when it ends well: a re-map's answer, an export's file. */
export interface JobOutcome {
  readonly remap?: NonNullable<Job['remap']>;
  readonly file?: { readonly name: string; readonly contentType: string; readonly bytes: Uint8Array };
}

export interface JobContext {
  progress(progress: JobProgress): void;
  /** Runs the heavy part in this kind's worker thread. */
  inWorker<T>(request: WorkRequest): Promise<T>;
  /** From here on the job writes to the store: a cancel is refused. Throws when a cancel came first. */
  committing(): void;
}

export type JobTask = (context: JobContext) => Promise<JobOutcome>;

interface Entry {
  job: Job;
  readonly task: JobTask;
  cancelRequested: boolean;
  committing: boolean;
  /** The error a failed job ended with, for a caller that waits (it answers with the same status). */
  cause?: unknown;
  file?: JobOutcome['file'];
  readonly finished: Promise<void>;
  readonly settle: () => void;
}

export interface RunnerOptions {
  /** How many finished jobs are kept to be asked about (oldest forgotten first). */
  readonly keep?: number;
  /** How long a finished export's file stays downloadable, ms. */
  readonly fileTtlMs?: number;
  /** How many finished exports keep their file at most (the oldest let go first). */
  readonly keepFiles?: number;
}

const KINDS: readonly JobKind[] = ['remap', 'export'];
const nowIso = (): string => new Date().toISOString();

export class JobRunner {
  readonly #entries = new Map<string, Entry>();
  readonly #queues = new Map<JobKind, Entry[]>(KINDS.map((k) => [k, []]));
  readonly #running = new Map<JobKind, Entry>();
  readonly #threads = new Map<JobKind, WorkerThread>(KINDS.map((k) => [k, new WorkerThread()]));
  readonly #keep: number;
  readonly #fileTtlMs: number;
  readonly #keepFiles: number;

  constructor(options: RunnerOptions = {}) {
    this.#keep = options.keep ?? 100;
    this.#fileTtlMs = options.fileTtlMs ?? 30 * 60_000;
    this.#keepFiles = options.keepFiles ?? 20;
  }

  /** Queues a job and starts it when its kind's worker is free. */
  start(kind: JobKind, projectId: number, startedBy: string | null, task: JobTask): Job {
    let settle = (): void => undefined;
    const finished = new Promise<void>((resolve) => (settle = resolve));
    const job: Job = { id: randomUUID(), kind, projectId, state: 'queued', progress: { step: 'queued' }, startedBy, createdAt: nowIso(), startedAt: null, finishedAt: null, error: null };
    const entry: Entry = { job, task, cancelRequested: false, committing: false, finished, settle };
    this.#entries.set(job.id, entry);
    this.#queue(kind).push(entry);
    this.#pump(kind);
    return entry.job;
  }

  get(id: string): Job | undefined {
    return this.#entries.get(id)?.job;
  }

  /** A project's jobs, newest first. */
  list(projectId: number): Job[] {
    return [...this.#entries.values()].filter((e) => e.job.projectId === projectId).map((e) => e.job).reverse();
  }

  /** The queued or running job of this kind on this project, if any. */
  active(kind: JobKind, projectId: number): Job | undefined {
    return [...this.#entries.values()].find((e) => e.job.kind === kind && e.job.projectId === projectId && (e.job.state === 'queued' || e.job.state === 'running'))?.job;
  }

  /** The job once it has ended (done, failed or cancelled), and the error a failed one ended with. */
  async wait(id: string): Promise<{ job: Job; cause?: unknown }> {
    const entry = this.#entry(id);
    await entry.finished;
    return { job: entry.job, ...(entry.cause === undefined ? {} : { cause: entry.cause }) };
  }

  /** Cancels a queued or running job and answers it once it has ended (cancelled, or done if it was already saving). */
  async cancel(id: string): Promise<Job> {
    const entry = this.#entry(id);
    const { state } = entry.job;
    if (state === 'cancelled') return entry.job;
    if (state === 'done' || state === 'failed') throw new ApiError(409, 'conflict', `job ${id} has already ${state === 'done' ? 'finished' : 'failed'}: there is nothing to cancel`, { job: entry.job });
    if (entry.committing) throw new ApiError(409, 'conflict', `job ${id} is saving its results and can no longer be cancelled`, { job: entry.job });
    entry.cancelRequested = true;
    if (state === 'queued') {
      const queue = this.#queue(entry.job.kind);
      queue.splice(queue.indexOf(entry), 1);
      this.#end(entry, { state: 'cancelled' });
    } else {
      // Running: in the worker, terminating it ends the job (its promise rejects); before, inWorker refuses to start.
      this.#thread(entry.job.kind).cancel();
    }
    await entry.finished;
    return entry.job;
  }

  /** A finished export's file, while it is kept. */
  file(id: string): NonNullable<JobOutcome['file']> {
    const entry = this.#entry(id);
    if (entry.job.kind !== 'export') throw new ApiError(404, 'not-found', `job ${id} is a ${entry.job.kind}, not an export: it has nothing to download`);
    if (entry.job.state !== 'done') throw new ApiError(409, 'conflict', `job ${id} is ${entry.job.state}: its file can be downloaded once it is done`, { job: entry.job });
    if (entry.file === undefined) throw new ApiError(410, 'gone', `the file of job ${id} is no longer kept: export again`);
    return entry.file;
  }

  /** Lets go of a finished export's file once it has been served to the request that waited for it. */
  release(id: string): void {
    const entry = this.#entries.get(id);
    if (entry !== undefined) delete entry.file;
  }

  /** Stops every worker (server shutdown). */
  close(): void {
    for (const thread of this.#threads.values()) thread.close();
  }

  #entry(id: string): Entry {
    const entry = this.#entries.get(id);
    if (entry === undefined) throw new ApiError(404, 'not-found', `no job ${id.slice(0, 40)} (jobs are kept in memory: a restart forgets them)`);
    return entry;
  }

  #queue(kind: JobKind): Entry[] {
    return this.#queues.get(kind) ?? [];
  }

  #thread(kind: JobKind): WorkerThread {
    const thread = this.#threads.get(kind);
    if (thread === undefined) throw new Error(`no worker for ${kind}`);
    return thread;
  }

  #update(entry: Entry, change: Partial<Job>): void {
    // Each state is a new object: a job handed out earlier stays as it was.
    entry.job = { ...entry.job, ...change };
  }

  #pump(kind: JobKind): void {
    if (this.#running.has(kind)) return;
    const entry = this.#queue(kind).shift();
    if (entry === undefined) return;
    this.#running.set(kind, entry);
    this.#update(entry, { state: 'running', startedAt: nowIso(), progress: { step: 'prepare' } });
    const context: JobContext = {
      progress: (progress) => {
        if (entry.job.state === 'running') this.#update(entry, { progress });
      },
      inWorker: <T>(request: WorkRequest): Promise<T> => {
        if (entry.cancelRequested) return Promise.reject(new WorkerStopped('cancelled', true));
        return this.#thread(kind).run<T>(request, context.progress);
      },
      committing: () => {
        // A cancel that came between the worker's answer and here still wins: nothing is saved.
        if (entry.cancelRequested) throw new WorkerStopped('cancelled', true);
        entry.committing = true;
      },
    };
    void Promise.resolve()
      .then(() => entry.task(context))
      .then(
        (outcome) => {
          if (entry.cancelRequested && !entry.committing) return this.#end(entry, { state: 'cancelled' });
          if (outcome.file !== undefined) {
            entry.file = outcome.file;
            this.#keepFewFiles();
            const { name, contentType, bytes } = outcome.file;
            // Kept a while for the download, then let go.
            setTimeout(() => delete entry.file, this.#fileTtlMs).unref();
            return this.#end(entry, { state: 'done', export: { file: { name, contentType, size: bytes.byteLength }, download: `/api/jobs/${entry.job.id}/download` } });
          }
          return this.#end(entry, { state: 'done', ...(outcome.remap === undefined ? {} : { remap: outcome.remap }) });
        },
        (error: unknown) => {
          if (entry.cancelRequested || (error instanceof WorkerStopped && error.cancelled)) return this.#end(entry, { state: 'cancelled' });
          entry.cause = error;
          if (!(error instanceof ApiError) || error.status >= 500) console.error(`concord serve: ${kind} job ${entry.job.id} failed:`, error);
          return this.#end(entry, { state: 'failed', error: messageOf(error) });
        },
      )
      .finally(() => {
        if (this.#running.get(kind) === entry) this.#running.delete(kind);
        this.#pump(kind);
      });
  }

  #end(entry: Entry, change: Partial<Job>): void {
    const progress = change.state === 'done' ? { step: 'done' } : entry.job.progress;
    this.#update(entry, { progress, ...change, finishedAt: nowIso() });
    entry.settle();
    this.#forgetOld();
  }

  /** Only the latest finished exports keep their files in memory (a Word annex of 50 reports is megabytes). */
  #keepFewFiles(): void {
    const holding = [...this.#entries.values()].filter((e) => e.file !== undefined);
    for (const old of holding.slice(0, Math.max(0, holding.length - this.#keepFiles))) delete old.file;
  }

  #forgetOld(): void {
    const finished = [...this.#entries.values()].filter((e) => e.job.finishedAt !== null);
    for (const old of finished.slice(0, Math.max(0, finished.length - this.#keep))) this.#entries.delete(old.job.id);
  }
}

/** A failure in one line for the page: the API's own message, or what the worker said. */
function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof WorkerStopped) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 300) ?? 'the job failed';
}
