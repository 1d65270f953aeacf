// Every output format, by name: which file each writes and how. Pure: run in, bytes out.
// A format's renderer (docx, exceljs, …) is imported only when that format is asked for.

import { Worker } from 'node:worker_threads';
import type { MappingRun } from '../pipeline/types.ts';
import { FILE_NAMES, FORMATS, type Format } from './render-formats.ts';

type Renderer = (run: MappingRun) => string | Buffer | Promise<Buffer>;

const RENDERERS: Record<Format, () => Promise<Renderer>> = {
  html: async () => (await import('./html/index.ts')).renderHtml,
  docx: async () => (await import('./docx/index.ts')).renderDocx,
  xlsx: async () => (await import('./xlsx/index.ts')).renderXlsx,
  csv: async () => (await import('./csv/index.ts')).renderCsv,
  json: async () => (await import('./json/index.ts')).renderJson,
  md: async () => (await import('./md/index.ts')).renderMarkdown,
};

/** The renderer of one format, imported on first use. */
export function loadRenderer(format: Format): Promise<Renderer> {
  return RENDERERS[format]();
}

export interface RenderedFile {
  readonly format: Format;
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface RenderOptions {
  /**
   * Render the Word annexes (the slowest format, about half the rendering time) in a worker thread
   * while this thread renders the others; worth it for a one-off command on a multi-core machine.
   */
  readonly threads?: boolean;
  /** Called as each file is ready, with how many are. */
  readonly onRendered?: (file: RenderedFile, done: number) => void;
}

/** The format rendered off the main thread with `threads`. */
const OFF_THREAD: Format = 'docx';

// From the compiled dist/ the worker is JavaScript; run from src/ (tests, through tsx) it is TypeScript
// and registers tsx itself: a worker does not inherit the parent's loader hooks.
const COMPILED = import.meta.url.endsWith('.js');
const WORKER = new URL(COMPILED ? './render-worker.js' : './render-worker.ts', import.meta.url).href;
const BOOT = COMPILED
  ? `import(${JSON.stringify(WORKER)})`
  : `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER)}); })`;

type Reply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

function renderInWorker(run: MappingRun, format: Format): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true });
    let settled = false;
    const settle = (work: () => void): void => {
      if (settled) return;
      settled = true;
      work();
      void worker.terminate();
    };
    worker.once('message', (reply: Reply) => settle(() => (reply.ok ? resolve(reply.bytes) : reject(new Error(`rendering ${FILE_NAMES[format]} failed: ${reply.message}`)))));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`rendering ${FILE_NAMES[format]} failed: its worker stopped (exit code ${code})`))));
    worker.postMessage({ format, run });
  });
}

/** Renders the run in each format asked for; the files come in the order of FORMATS. */
export async function renderAll(run: MappingRun, formats: readonly Format[] = FORMATS, options: RenderOptions = {}): Promise<RenderedFile[]> {
  const asked = FORMATS.filter((format) => formats.includes(format));
  const byFormat = new Map<Format, RenderedFile>();
  const done = (file: RenderedFile): void => {
    byFormat.set(file.format, file);
    options.onRendered?.(file, byFormat.size);
  };
  const offThread = options.threads === true && asked.length > 1 && asked.includes(OFF_THREAD)
    ? renderInWorker(run, OFF_THREAD).then((bytes) => done({ format: OFF_THREAD, name: FILE_NAMES[OFF_THREAD], bytes }))
    : undefined;
  offThread?.catch(() => undefined); // awaited below; meanwhile a failure must not count as unhandled
  try {
    for (const format of asked) {
      if (offThread !== undefined && format === OFF_THREAD) continue;
      const value = await (await loadRenderer(format))(run);
      done({ format, name: FILE_NAMES[format], bytes: typeof value === 'string' ? Buffer.from(value, 'utf8') : value });
    }
  } finally {
    await offThread;
  }
  return asked.flatMap((format) => byFormat.get(format) ?? []);
}
