// Runs inside a worker thread (jobs/worker-thread.ts): the heavy half of a re-map (the map and
// trace steps) or of an export (rendering), on the structured clone of what it is sent, posting
// its progress and then its result. It never touches the store: the main thread saves.
import { parentPort } from 'node:worker_threads';
import type { Codebook } from '../../mapping/types.ts';
import type { ProjectState } from '../project/state.ts';
import { loadProjectCodebook } from '../project/codebook.ts';
import { computeRemap, type CodebookRef, type RemapWork } from '../services/remap.ts';
import type { ExportFormat } from '../api-types.ts';
import type { EditionName } from '../../renderers/layout/method-facts.ts';
import type { JobProgress } from '../api/jobs.ts';

export type WorkerRequest =
  | { readonly id: number; readonly kind: 'remap'; readonly work: RemapWork }
  | { readonly id: number; readonly kind: 'export'; readonly state: ProjectState; readonly format: ExportFormat; readonly edition: EditionName };

export type WorkerReply =
  | { readonly id: number; readonly progress: JobProgress }
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string };

// A shipped codebook is loaded once per worker and kept: its compiled form is kept with it.
const shipped = new Map<string, Promise<Codebook>>();
function codebookOf(ref: CodebookRef): Promise<Codebook> {
  if (ref.kind === 'inline') return Promise.resolve(ref.codebook);
  let loaded = shipped.get(ref.name);
  if (loaded === undefined) {
    loaded = loadProjectCodebook({ kind: 'shipped', name: ref.name });
    shipped.set(ref.name, loaded);
    loaded.catch(() => shipped.delete(ref.name));
  }
  return loaded;
}

const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []): void => parentPort?.postMessage(reply, transfer);

async function handle(request: WorkerRequest): Promise<void> {
  const progress = (p: JobProgress): void => post({ id: request.id, progress: p });
  if (request.kind === 'remap') {
    const codebook = await codebookOf(request.work.codebook);
    post({ id: request.id, ok: true, value: computeRemap(request.work, codebook, progress) });
    return;
  }
  const { exportFiles } = await import('../services/export.ts');
  progress({ step: `render ${request.format}`, done: 0, total: 1 });
  const [file] = await exportFiles(request.state, [request.format], { edition: request.edition });
  if (file === undefined) throw new Error('nothing was rendered');
  // The bytes move to the main thread rather than being copied (a Buffer may share a pool: copied out first).
  const bytes = file.bytes.byteOffset === 0 && file.bytes.byteLength === file.bytes.buffer.byteLength ? file.bytes : file.bytes.slice();
  post({ id: request.id, ok: true, value: { ...file, bytes } }, bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []);
}

parentPort?.on('message', (request: WorkerRequest) => {
  handle(request).catch((error: unknown) => {
    const err = error as { message?: string };
    post({ id: request.id, ok: false, message: String(err.message ?? error) });
  });
});
