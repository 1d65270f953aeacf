// Runs in a worker thread (see destinations.ts): reads a PDF's named destinations with pdfjs, whose
// polyfills would otherwise replace JSON.stringify and friends in the thread that writes the outputs.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', async (bytes: Uint8Array) => {
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc ||= import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false }).promise;
    const dests = await doc.getDestinations();
    const pages: Record<string, number> = {};
    for (const [name, dest] of Object.entries(dests)) {
      const ref = Array.isArray(dest) ? dest[0] : undefined;
      if (ref === undefined || ref === null) continue;
      pages[name] = typeof ref === 'number' ? ref + 1 : (await doc.getPageIndex(ref)) + 1;
    }
    parentPort?.postMessage({ ok: true, pages, count: doc.numPages });
    await doc.destroy();
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
