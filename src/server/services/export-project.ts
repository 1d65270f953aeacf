// `concord export`: a project's annexes (reviewed state) and review log into a folder,
// written atomically like `concord build`.
import { writeOutput } from '../../pipeline/write-output.ts';
import type { Store } from '../../store/open.ts';
import { findProjectByName } from '../../store/projects.ts';
import { NotFoundError } from '../../store/errors.ts';
import type { ExportFormat } from '../api-types.ts';
import { ProjectCache } from '../project/state.ts';
import { exportFiles } from './export.ts';

export async function exportProject(store: Store, project: string, out: string, formats: readonly ExportFormat[], force: boolean): Promise<string[]> {
  const row = await findProjectByName(store, project);
  if (row === undefined) throw new NotFoundError(`project "${project}"`);
  const state = await new ProjectCache(store).get(row.id);
  const files = await exportFiles(state, formats);
  return writeOutput(out, files, force);
}
