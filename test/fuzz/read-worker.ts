// Runs inside the fuzzer's worker thread: reads one input at a time with the readers and
// says how it ended: a document, an expected error (a ConcordError: a clear one-line
// refusal), or a failure (any other exception escaping the readers).
import { parentPort } from 'node:worker_threads';
import { readDocumentFromBytes } from '../../src/readers/index.ts';
import { isConcordError } from '../../src/model/errors.ts';

export interface ReadJob { readonly id: number; readonly name: string; readonly bytes: Uint8Array }
export interface ReadOutcome { readonly id: number; readonly outcome: 'document' | 'expected' | 'failure'; readonly detail: string }

parentPort?.on('message', async (job: ReadJob) => {
  let reply: ReadOutcome;
  try {
    const document = await readDocumentFromBytes(job.name, job.bytes);
    reply = { id: job.id, outcome: 'document', detail: `${document.paragraphs.length} paragraphs` };
  } catch (error) {
    const expected = isConcordError(error);
    const detail = error instanceof Error ? (expected ? error.message : `${error.name}: ${error.message}\n${error.stack ?? ''}`) : String(error);
    // An expected error must be one line, with no JSZip or pdfjs internals in it.
    const leaked = expected && (/\n/.test(detail) || /\bBug\b|at Object\.|node_modules/.test(detail));
    reply = { id: job.id, outcome: expected && !leaked ? 'expected' : 'failure', detail };
  }
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ ready: true });
