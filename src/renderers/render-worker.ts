// Runs inside a worker thread started by renderAll({ threads: true }): renders one format of the run
// it is sent and posts the bytes back; sent the mapped run first (beginRenderers), it begins the file
// meanwhile and finishes it from the traced run. Renderers are pure (run in, bytes out), so a structured clone
// of the run renders byte for byte as the original would.
import { parentPort, workerData } from 'node:worker_threads';
import type { MappingRun } from '../pipeline/types.ts';
import { bytesOf, loadRenderer, loadStarter, type BegunFile, type WorkerRequest } from './render-all.ts';
import type { Format } from './render-formats.ts';
import { yieldThread } from './yield-thread.ts';

/**
 * How far each format's worker yields to the main thread (a nice value): the Word file, whose end after the
 * tracing is the build's, a little; the Excel file, which has time to spare, more.
 */
const YIELD: Partial<Record<Format, number>> = { docx: 5, xlsx: 15 };

// The renderer starts loading as soon as the worker starts, before the run is sent (see warmRenderers).
const preloaded = (workerData as { format?: Format } | null)?.format;
if (preloaded !== undefined) yieldThread(YIELD[preloaded] ?? 0);
const early = preloaded === undefined ? undefined : loadRenderer(preloaded);
early?.catch(() => undefined); // a failure is reported when the run comes

/** The file begun from the mapped run, to finish from the traced one. */
let begun: Promise<BegunFile | undefined> | undefined;

parentPort?.on('message', async (request: WorkerRequest) => {
  if (request.stage === 'mapped') {
    // A file that could not be begun is rendered whole when the traced run comes.
    begun = (loadStarter(request.format) ?? Promise.resolve(undefined)).then((start) => start?.(request.run)).catch(() => undefined);
    return;
  }
  if (request.stage === 'tracing') {
    // Taken in the order sent, before the traced run comes (each waits on the same begun file); a failure here only
    // means that part is built when the file is finished.
    begun = begun?.then((file) => {
      try {
        file?.take?.(request.part);
        return file;
      } catch {
        return undefined;
      }
    });
    return;
  }
  const { format, run } = request;
  try {
    const finish = request.begun ? (await begun)?.finish : undefined;
    const render = finish ?? (format === preloaded && early !== undefined ? await early : await loadRenderer(format));
    const value = await render(run);
    parentPort?.postMessage({ ok: true, bytes: bytesOf(value) });
  } catch (error) {
    const err = error as { message?: string; stack?: string };
    parentPort?.postMessage({ ok: false, message: String(err.stack ?? err.message ?? error) });
  }
});
