// Every output format, by name: which file each writes and how. Pure: run in, bytes out.
// A format's renderer (docx, exceljs, …) is imported only when that format is asked for.

import { Worker } from 'node:worker_threads';
import type { MappingRun } from '../pipeline/types.ts';
import type { Trace, TraceListener } from '../tracing/index.ts';
import { outcomeTextsOf } from './layout/tracing.ts';
import type { PendingFiles } from '../pipeline/write-output.ts';
import { DEFAULT_FORMATS, FILE_NAMES, FORMATS, type Format } from './render-formats.ts';

/** A file of a format that writes several (akn: one per document), named by the renderer. */
export interface NamedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A renderer gives one file's content, or several named files. */
type Renderer = (run: MappingRun) => string | Buffer | Promise<Buffer> | NamedFile[];

const RENDERERS: Record<Format, () => Promise<Renderer>> = {
  html: async () => (await import('./html/index.ts')).renderHtml,
  docx: async () => (await import('./docx/index.ts')).renderDocx,
  xlsx: async () => (await import('./xlsx/index.ts')).renderXlsx,
  csv: async () => (await import('./csv/index.ts')).renderCsv,
  json: async () => (await import('./json/index.ts')).renderJson,
  md: async () => (await import('./md/index.ts')).renderMarkdown,
  qdpx: async () => (await import('./qdpx/index.ts')).renderQdpx,
  akn: async () => (await import('./akn/index.ts')).renderAkn,
  thematic: async () => (await import('./thematic/index.ts')).renderThematicList,
};

/** What a file begun from the mapped run is sent of the tracing as it goes (see streamTraces). */
export type TracingPart =
  | { readonly kind: 'selected'; readonly texts: readonly (readonly [number, string])[] }
  | { readonly kind: 'traced'; readonly traces: readonly (readonly [string, Trace])[] };

/** A file begun from the mapped run: finished from the traced run; some take the traces as they are made. */
export interface BegunFile {
  readonly finish: (traced: MappingRun) => Promise<Buffer>;
  readonly take?: (part: TracingPart) => void;
}

/** Begins a format's file from the mapped run. */
export type Starter = (mapped: MappingRun) => BegunFile;

/** The formats that can begin before the tracing (in their workers, while the main thread traces). */
const STARTERS: Partial<Record<Format, () => Promise<Starter>>> = {
  docx: async () => (await import('./docx/index.ts')).startDocx,
  xlsx: async () => (await import('./xlsx/index.ts')).startXlsx,
};

export function loadStarter(format: Format): Promise<Starter> | undefined {
  return STARTERS[format]?.();
}

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
   * Render the Word and Excel annexes (the slowest formats, about three quarters of the rendering time)
   * in worker threads while this thread renders the others; worth it for a one-off command on a multi-core machine.
   */
  readonly threads?: boolean;
  /** Called as each file is ready, with how many are. */
  readonly onRendered?: (file: RenderedFile, done: number) => void;
}

/** The formats rendered off the main thread with `threads`, each in its own worker: the two slowest (docx, exceljs). */
const OFF_THREAD: readonly Format[] = ['docx', 'xlsx'];

// From the compiled dist/ the worker is JavaScript; run from src/ (tests, through tsx) it is TypeScript
// and registers tsx itself: a worker does not inherit the parent's loader hooks.
const COMPILED = import.meta.url.endsWith('.js');
const WORKER = new URL(COMPILED ? './render-worker.js' : './render-worker.ts', import.meta.url).href;
const BOOT = COMPILED
  ? `import(${JSON.stringify(WORKER)})`
  : `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER)}); })`;

type Reply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** What a worker is sent: the mapped run to begin its file with, or the run to render (finishing the file begun when `begun`). */
export type WorkerRequest =
  | { readonly stage: 'mapped'; readonly format: Format; readonly run: MappingRun }
  | { readonly stage: 'tracing'; readonly format: Format; readonly part: TracingPart }
  | { readonly stage: 'render'; readonly format: Format; readonly run: MappingRun; readonly begun: boolean };

/** A worker for `format`, which starts loading that format's renderer at once. */
const startWorker = (format: Format): Worker => new Worker(BOOT, { eval: true, workerData: { format } });

/** Workers started ahead of need (warmRenderers), not holding the process open until they are used. */
const warm = new Map<Format, Worker>();

/**
 * Starts the workers of the formats that `renderAll(…, { threads: true })` will render off the main thread,
 * so that loading their libraries (docx, exceljs) overlaps with reading and mapping. Unused, they let the process end.
 */
export function warmRenderers(formats: readonly Format[]): void {
  if (formats.length < 2) return;
  for (const format of formats.filter((f) => OFF_THREAD.includes(f) && !warm.has(f))) {
    const worker = startWorker(format);
    worker.unref();
    worker.on('error', () => warm.delete(format));
    warm.set(format, worker);
  }
}

/** The mapped run each warm worker began its file with (beginRenderers). */
const begun = new Map<Format, MappingRun>();

/**
 * Sends the mapped run, before it is traced, to the warm workers (warmRenderers) of the formats that can
 * begin then (STARTERS): they build meanwhile what the tracing does not change. renderAll then has them
 * finish from the traced run when it is that run with its traces and outcome (see tracedFrom), else render it whole.
 */
export function beginRenderers(mapped: MappingRun): void {
  const { models: _models, ...light } = mapped;
  for (const [format, worker] of warm) {
    if (STARTERS[format] === undefined) continue;
    const request: WorkerRequest = { stage: 'mapped', format, run: light };
    worker.postMessage(request);
    begun.set(format, mapped);
  }
}

/** The formats whose begun file takes the traces as they are made (the Word file builds Annex C's tables meanwhile). */
const STREAMED: readonly Format[] = ['docx'];
/** Traces are sent in batches of this many, so that a worker builds while the tracing goes on. */
const BATCH = 16;
let pendingTraces: (readonly [string, Trace])[] = [];

function sendTracing(part: TracingPart): void {
  for (const format of STREAMED) {
    if (!begun.has(format)) continue;
    const request: WorkerRequest = { stage: 'tracing', format, part };
    warm.get(format)?.postMessage(request);
  }
}

function flushTraces(): void {
  if (pendingTraces.length === 0) return;
  sendTracing({ kind: 'traced', traces: pendingTraces });
  pendingTraces = [];
}

/**
 * A listener for the tracing of the run begun with beginRenderers: it sends the warm workers that take them the
 * outcome's paragraphs and each trace as it is made. What they build with them is used only for the traces the
 * traced run holds (the worker compares), so a trace sent that the run does not keep costs time, not correctness.
 */
export const streamTraces: TraceListener = {
  selected: (paragraphs) => sendTracing({ kind: 'selected', texts: [...outcomeTextsOf(paragraphs)] }),
  traced: (id, trace) => {
    if (!STREAMED.some((format) => begun.has(format))) return;
    pendingTraces.push([id, trace]);
    if (pendingTraces.length >= BATCH) flushTraces();
  },
};

/** `traced` is `mapped` with traces and an outcome added and nothing else changed (the same values, not copies). */
export function tracedFrom(mapped: MappingRun, traced: MappingRun): boolean {
  const same = (['concordVersion', 'generatedAt', 'codebook', 'documents', 'skipped', 'edition'] as const).every((key) => mapped[key] === traced[key]);
  if (!same || mapped.outcome !== undefined || traced.outcome === undefined || mapped.recommendations.length !== traced.recommendations.length) return false;
  return mapped.recommendations.every((r, i) => {
    const t = traced.recommendations[i] as Readonly<Record<string, unknown>> | undefined;
    if (t === undefined || r.trace !== undefined) return false;
    const keys = Object.keys(t).filter((key) => key !== 'trace');
    return keys.length === Object.keys(r).length && keys.every((key) => t[key] === (r as unknown as Readonly<Record<string, unknown>>)[key]);
  });
}

function renderInWorker(run: MappingRun, format: Format): Promise<Uint8Array> {
  flushTraces();
  return new Promise((resolve, reject) => {
    const ready = warm.get(format);
    warm.delete(format);
    const early = ready === undefined ? undefined : begun.get(format);
    begun.delete(format);
    const worker = ready ?? startWorker(format);
    worker.ref();
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
    const request: WorkerRequest = { stage: 'render', format, run, begun: early !== undefined && tracedFrom(early, run) };
    worker.postMessage(request);
  });
}

/** The bytes of a renderer's single file (every format but akn writes one). */
export function bytesOf(value: string | Buffer | NamedFile[]): Uint8Array {
  if (Array.isArray(value)) throw new Error('this format writes several files, not one');
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}

/**
 * Renders the run in each format asked for, each format's files as soon as they are ready: with threads the slow
 * formats in workers, the others here, one after another (after a failure here, the later ones fail with it).
 */
function renderEach(run: MappingRun, formats: readonly Format[], options: RenderOptions): Promise<RenderedFile[]>[] {
  const asked = FORMATS.filter((format) => formats.includes(format));
  let done = 0;
  const note = (files: RenderedFile[]): RenderedFile[] => {
    if (files.length > 0) done += 1;
    for (const file of files) options.onRendered?.(file, done);
    return files;
  };
  // The worker gets the run without the document models, which only qdpx and akn read.
  const { models: _models, ...light } = run;
  // With threads, the slow formats go to workers while this thread renders the others; alone, a format renders here.
  const moved = options.threads === true && asked.length > 1 ? asked.filter((format) => OFF_THREAD.includes(format)) : [];
  let here: Promise<unknown> = Promise.resolve();
  const each = asked.map((format) => {
    if (moved.includes(format)) return renderInWorker(light, format).then((bytes) => note([{ format, name: FILE_NAMES[format], bytes }]));
    const files = here.then(async () => {
      const value = await (await loadRenderer(format))(run);
      return note(Array.isArray(value) ? value.map((file) => ({ format, name: file.name, bytes: file.bytes })) : [{ format, name: FILE_NAMES[format], bytes: bytesOf(value) }]);
    });
    here = files;
    return files;
  });
  for (const pending of each) pending.catch(() => undefined); // each is awaited by the caller; meanwhile a failure must not count as unhandled
  return each;
}

/** Renders the run in each format asked for (by default the six of `concord build`); the files come in the order of FORMATS. */
export async function renderAll(run: MappingRun, formats: readonly Format[] = DEFAULT_FORMATS, options: RenderOptions = {}): Promise<RenderedFile[]> {
  const each = renderEach(run, formats, options);
  try {
    return (await Promise.all(each)).flat();
  } finally {
    await Promise.allSettled(each);
  }
}

/**
 * The files of `concord build`, each as soon as it is rendered (writeOutput writes them meanwhile): as renderAll,
 * except mapping.json, which comes as pieces to write as they are made (at a thousand reports it is more than a string can hold).
 */
export function renderForOutput(run: MappingRun, formats: readonly Format[], options: RenderOptions = {}): PendingFiles[] {
  const files: PendingFiles[] = renderEach(run, formats.filter((f) => f !== 'json'), options);
  if (formats.includes('json')) {
    files.push(import('./json/index.ts').then(({ jsonChunks }) => [{ name: FILE_NAMES.json, chunks: jsonChunks(run) }]));
  }
  return files;
}
