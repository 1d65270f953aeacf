// Reads a PDF's pages in a worker thread with time budgets: pdfjs runs synchronously for
// long stretches on hostile content (200,000 nested "q" operators keep it busy for minutes),
// so only a thread that can be terminated bounds it. One warm worker serves the reads in
// turn; one that runs over a budget or out of memory, or that a large PDF left with a big heap,
// is terminated, and the next read gets a new one.
import { Worker } from 'node:worker_threads';
import { InputError } from '../../model/errors.ts';
import type { LoadedPdf, LoadOptions } from './load-pages.ts';
import type { PageJob, PageReply } from './page-worker.ts';

/**
 * A report's page costs tens of milliseconds of CPU (the first, with pdfjs warming up, the
 * most); a budget counts CPU and wall time both (see arm). The whole document has `baseMs`
 * plus `perPageMs` for each of its pages, up to `documentMs`: a damaged file whose every page
 * stays just under the page budget is still given up within the cap, not after pages x 2 s.
 * A long document keeps `longPageMs` a page beyond the cap (about twice what a sound page
 * needs), so a sound report of hundreds of pages is read, not refused for its length.
 */
export const PDF_BUDGET = { pageMs: 2_000, baseMs: 2_000, perPageMs: 300, documentMs: 8_000, longPageMs: 60, bootMs: 60_000, heapMb: 256, recycleHeapMb: 96 } as const;

/**
 * The time budget of a document of `pages` pages: scales with its pages, capped at `documentMs`
 * (or `longPageMs` a page for a long one); a caller's own `cap` is the cap.
 */
export function documentBudgetMs(pages: number, cap?: number): number {
  const scaled = PDF_BUDGET.baseMs + PDF_BUDGET.perPageMs * Math.max(1, pages);
  return Math.min(scaled, cap ?? Math.max(PDF_BUDGET.documentMs, PDF_BUDGET.longPageMs * pages));
}

const fromSource = import.meta.url.endsWith('.ts');
const script = new URL(fromSource ? './page-worker.ts' : './page-worker.js', import.meta.url).href;
// A worker does not inherit the parent's loader hooks: running from the TypeScript sources, it registers tsx itself,
// after importing pdfjs without it (through tsx, its two large modules cost 2 s of CPU to boot instead of 0.3 s).
const PDFJS = ['pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs'].map((module) => `import(${JSON.stringify(module)})`).join(', ');
const BOOT = `Promise.all([${PDFJS}]).then(() => import('tsx/esm/api')).then((m) => { m.register(); return import(${JSON.stringify(script)}); })`;

interface Job {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly options: LoadOptions;
  readonly resolve: (pages: LoadedPdf) => void;
  readonly reject: (error: Error) => void;
  /** The document's budget once its page count is known (until then, the cap). */
  documentMs: number;
  pages?: number;
}

let worker: Worker | undefined;
let current: Job | undefined;
let timer: NodeJS.Timeout | undefined;
let started = 0;
let startedCpu = 0;
const queue: Job[] = [];
let next = 1;

function spawn(): Worker {
  const created = fromSource
    ? new Worker(BOOT, { eval: true, resourceLimits: { maxOldGenerationSizeMb: PDF_BUDGET.heapMb } })
    : new Worker(new URL(script), { resourceLimits: { maxOldGenerationSizeMb: PDF_BUDGET.heapMb } });
  created.on('message', (reply: PageReply) => {
    const job = current;
    if (job === undefined || reply.id !== job.id) return;
    if (reply.kind === 'page') {
      if (reply.page === 1) {
        started = Date.now();
        startedCpu = cpuMs();
      }
      return arm(job, reply.page);
    }
    if (reply.kind === 'opened') {
      job.documentMs = documentBudgetMs(reply.pages, job.options.budget?.documentMs);
      job.pages = reply.pages;
      return;
    }
    // V8 seldom gives a grown heap back: a thread a large PDF left big is replaced (the next read boots a new one).
    if (reply.heapMb > PDF_BUDGET.recycleHeapMb) drop(created);
    if (reply.kind === 'done') return settle(() => job.resolve(reply.pages));
    settle(() => job.reject(reply.kind === 'refused' ? new InputError(job.name, reply.message) : new Error(reply.message)));
  });
  created.on('error', (error: Error & { code?: string }) => {
    const job = current;
    drop(created);
    const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? `reading the PDF needed more than ${PDF_BUDGET.heapMb} MB of memory; the file was abandoned`
      : `the PDF reader stopped (${error.message})`;
    if (job !== undefined) settle(() => job.reject(new InputError(job.name, reason, { cause: error })));
  });
  created.on('exit', (code) => {
    const job = current;
    const mine = worker === created;
    drop(created);
    if (mine && job !== undefined) settle(() => job.reject(new InputError(job.name, `the PDF reader stopped unexpectedly (exit ${code})`)));
  });
  created.unref();
  return created;
}

function drop(which: Worker): void {
  if (worker === which) worker = undefined;
  void which.terminate();
}

/** CPU time (all threads of this process) in ms: what a page costs, however busy the machine is. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * (Re)starts the clock for `page` of the current job: whichever budget ends first stops the
 * worker. A budget is spent only when both the wall time and the CPU time used since exceed
 * it, so a machine busy with other work never makes a sound page look hostile.
 */
function arm(job: Job, page: number): void {
  clearTimeout(timer);
  const pageMs = job.options.budget?.pageMs ?? PDF_BUDGET.pageMs;
  const pageStart = { wall: Date.now(), cpu: cpuMs() };
  const check = (): void => {
    const pageWall = Date.now() - pageStart.wall;
    const pageCpu = cpuMs() - pageStart.cpu;
    const documentWall = Date.now() - started;
    const documentCpu = cpuMs() - startedCpu;
    const documentMs = job.documentMs;
    const overPage = pageWall >= pageMs && pageCpu >= pageMs;
    const overDocument = documentWall >= documentMs && documentCpu >= documentMs;
    if (!overPage && !overDocument) {
      const wait = Math.min(pageMs - Math.min(pageWall, pageCpu), documentMs - Math.min(documentWall, documentCpu));
      timer = setTimeout(check, Math.max(50, wait));
      return;
    }
    const reason = overPage
      ? `took too long to read page ${page} (over ${seconds(pageMs)} s); the PDF is damaged or hostile, and was abandoned`
      : `took too long to read (over ${seconds(documentMs)} s for the whole document${job.pages === undefined ? '' : ` of ${job.pages} page(s)`}, at page ${page}); the PDF was abandoned (damaged or hostile; a long sound report reads faster from its Word or text version)`;
    if (worker !== undefined) drop(worker);
    // The next PDF (of a batch) should not wait for a new thread to boot: start it now, idle until used.
    worker = spawn();
    settle(() => job.reject(new InputError(job.name, reason)));
  };
  timer = setTimeout(check, Math.max(0, Math.min(pageMs, job.documentMs - (Date.now() - started))));
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1).replace(/\.0$/, '');

function settle(action: () => void): void {
  clearTimeout(timer);
  current = undefined;
  action();
  pump();
}

function pump(): void {
  if (current !== undefined) return;
  const job = queue.shift();
  if (job === undefined) return;
  current = job;
  worker ??= spawn();
  // Until the worker has the job (a new one boots first), only the boot budget runs;
  // then opening the document counts as page 1.
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (worker !== undefined) drop(worker);
    settle(() => job.reject(new InputError(job.name, `the PDF reader did not start within ${PDF_BUDGET.bootMs / 1000} s`)));
  }, PDF_BUDGET.bootMs);
  const message: PageJob = { id: job.id, name: job.name, bytes: job.bytes, ...(job.options.maxBytes === undefined ? {} : { maxBytes: job.options.maxBytes }) };
  worker.postMessage(message);
}

/** The pages of a PDF, read in the worker thread within the budgets. */
export function loadPagesInWorker(name: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadedPdf> {
  return new Promise((resolve, reject) => {
    queue.push({ id: next++, name, bytes, options, resolve, reject, documentMs: options.budget?.documentMs ?? PDF_BUDGET.documentMs });
    pump();
  });
}
