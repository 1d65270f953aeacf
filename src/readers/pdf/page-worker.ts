// Runs inside a worker thread: reads one PDF's pages with pdfjs at a time and posts them
// back, telling the parent before each page, so the parent can stop a page that takes too
// long (pdfjs cannot be interrupted in the thread that runs it). pdfjs and its polyfills
// live in this thread only.
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { loadPages, loadPdfjs } from './load-pages.ts';
import { isConcordError } from '../../model/errors.ts';

export interface PageJob {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly maxBytes?: number;
}

export type PageReply =
  | { readonly id: number; readonly kind: 'page'; readonly page: number }
  | { readonly id: number; readonly kind: 'opened'; readonly pages: number }
  | { readonly id: number; readonly kind: 'done'; readonly pages: Awaited<ReturnType<typeof loadPages>>; readonly heapMb: number }
  | { readonly id: number; readonly kind: 'refused'; readonly message: string; readonly heapMb: number }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string; readonly heapMb: number };

/** This thread's heap in MB once a job is done: the parent replaces a thread a large PDF left big. */
const heapMb = (): number => Math.round(getHeapStatistics().total_heap_size / 1048576);

// pdfjs and its worker code are loaded before the first job, so no page's budget pays for them
// (with the worker module on globalThis.pdfjsWorker, pdfjs sets up no "fake worker" of its own).
await loadPdfjs();
const workerCode: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
await import(workerCode);

parentPort?.on('message', async (job: PageJob) => {
  const post = (reply: PageReply): void => parentPort?.postMessage(reply);
  // The job arrived: from here on the page budget runs (booting the thread is not the PDF's time).
  post({ id: job.id, kind: 'page', page: 1 });
  try {
    const pages = await loadPages(job.name, job.bytes, {
      ...(job.maxBytes === undefined ? {} : { maxBytes: job.maxBytes }),
      onOpen: (pages) => post({ id: job.id, kind: 'opened', pages }),
      onPage: (page) => { if (page > 1) post({ id: job.id, kind: 'page', page }); },
    });
    post({ id: job.id, kind: 'done', pages, heapMb: heapMb() });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const prefix = `${job.name}: `;
    post({ id: job.id, kind: isConcordError(error) ? 'refused' : 'failed', message: message.startsWith(prefix) ? message.slice(prefix.length) : message, heapMb: heapMb() });
  }
});
