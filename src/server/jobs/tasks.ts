// The two kinds of job: a re-map (snapshot here, map and trace in the worker, save here in one
// transaction) and an export (snapshot here, render in the worker, the file kept for download).
import type { Store } from '../../store/open.ts';
import type { ExportFormat } from '../api-types.ts';
import type { EditionName } from '../../renderers/layout/method-facts.ts';
import type { ProjectCache } from '../project/state.ts';
import { exportSnapshot, type ExportFile } from '../services/export.ts';
import { remapWork, saveRemap, type RemapMode, type RemapOutput } from '../services/remap.ts';
import type { JobTask } from './runner.ts';

export function remapTask(store: Store, cache: ProjectCache, projectId: number, mode: RemapMode): JobTask {
  return async (context) => {
    const state = await cache.get(projectId);
    const work = remapWork(state, mode);
    const output = await context.inWorker<RemapOutput>({ kind: 'remap', work });
    context.committing();
    context.progress({ step: 'save', done: 0, total: output.rows.length });
    return { remap: await saveRemap(store, cache, state, work, output) };
  };
}

export function exportTask(cache: ProjectCache, projectId: number, format: ExportFormat, edition: EditionName): JobTask {
  return async (context) => {
    const state = await cache.get(projectId);
    const file = await context.inWorker<ExportFile>({ kind: 'export', state: exportSnapshot(state), format, edition });
    return { file };
  };
}
