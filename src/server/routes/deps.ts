import type { Store } from '../../store/open.ts';
import type { ProjectCache } from '../project/state.ts';
import type { JobRunner } from '../jobs/runner.ts';

/** What every route needs: the store, the in-memory project cache over it, and the runner of heavy jobs. */
export interface Deps {
  readonly store: Store;
  readonly cache: ProjectCache;
  readonly jobs: JobRunner;
}
