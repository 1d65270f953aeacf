// Runs inside a worker thread: parses one upload and posts the document back. The
// parent bounds the worker's heap and time, so a hostile file cannot take the server down.
import { parentPort, workerData } from 'node:worker_threads';
import { readDocumentFromBytes } from '../../readers/index.ts';

const { name, bytes } = workerData as { name: string; bytes: Uint8Array };
try {
  const document = await readDocumentFromBytes(name, bytes);
  parentPort?.postMessage({ ok: true, document });
} catch (error) {
  const err = error as { message?: string; code?: string };
  parentPort?.postMessage({ ok: false, message: String(err.message ?? error), code: typeof err.code === 'string' ? err.code : 'internal' });
}
