import type { Store } from '../../store/open.ts';
import type { ProjectCache } from '../project/state.ts';

/** What every route needs: the store and the in-memory project cache over it. */
export interface Deps {
  readonly store: Store;
  readonly cache: ProjectCache;
}
