// Where each Word bookmark falls in the PDF LibreOffice made of it: the page of each named destination.

import { Worker } from 'node:worker_threads';
import { OutputError } from '../../model/errors.ts';

// From the compiled dist/ the worker is JavaScript; from src/ (tests, through tsx) it registers tsx itself.
const COMPILED = import.meta.url.endsWith('.js');
const WORKER = new URL(COMPILED ? './destinations-worker.js' : './destinations-worker.ts', import.meta.url).href;
const BOOT = COMPILED
  ? `import(${JSON.stringify(WORKER)})`
  : `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER)}); })`;

export interface PdfPages {
  /** Page (from 1) of each named destination, by its name as the PDF spells it. */
  readonly pages: Readonly<Record<string, number>>;
  readonly count: number;
}

type Reply = ({ ok: true } & PdfPages) | { ok: false; message: string };

export function destinationPages(pdf: Uint8Array): Promise<PdfPages> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true });
    worker.once('message', (reply: Reply) => {
      void worker.terminate();
      if (reply.ok) resolve({ pages: reply.pages, count: reply.count });
      else reject(new OutputError(`mapping.pdf could not be read back for its page numbers: ${reply.message}`));
    });
    worker.once('error', (error) => { void worker.terminate(); reject(error); });
    worker.postMessage(pdf);
  });
}

/** LibreOffice writes a bookmark's "_" as "5F" in the destination's name. */
export const destinationName = (bookmark: string): string => bookmark.replace(/_/g, '5F');
