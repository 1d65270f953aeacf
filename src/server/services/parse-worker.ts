// Runs inside a worker thread: parses uploads one at a time and posts each document
// back. The parent bounds the worker's heap and time, and replaces it when it dies, so a
// hostile file cannot take the server down.
import { parentPort } from 'node:worker_threads';
import { readDocumentFromBytes } from '../../readers/index.ts';

parentPort?.on('message', async ({ id, name, bytes, symbol }: { id: number; name: string; bytes: Uint8Array; symbol?: string }) => {
  try {
    const document = await readDocumentFromBytes(name, bytes, symbol === undefined ? {} : { symbol });
    parentPort?.postMessage({ id, ok: true, document });
  } catch (error) {
    const err = error as { message?: string };
    parentPort?.postMessage({ id, ok: false, message: String(err.message ?? error) });
  }
});
parentPort?.postMessage({ ready: true });
