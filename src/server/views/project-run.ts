// The one run every workbench view is derived from: the project's reviewed state (the
// machine's where nobody has decided) as a MappingRun, laid out by the renderers' own layout
// code. Both are computed once per project state and dropped when a decision or document changes it.
import { buildLayout } from '../../renderers/layout/build-layout.ts';
import type { Layout } from '../../renderers/layout/types.ts';
import { memoized, type ProjectState } from '../project/state.ts';
import { reviewedProject, type ReviewedProject } from '../services/reviewed-run.ts';

/** Views do not print a date: one fixed instant keeps the run a pure function of the state. */
const VIEW_TIME = new Date(0);

export function projectRun(state: ProjectState): ReviewedProject {
  return memoized(state, 'run', () => reviewedProject(state, VIEW_TIME));
}

export function projectLayout(state: ProjectState): Layout {
  return memoized(state, 'layout', () => buildLayout(projectRun(state).run));
}

/** A view's JSON text, serialised once per state and key (the narrative is megabytes on a large project). */
export function memoizedJson(state: ProjectState, key: string, build: () => unknown): string {
  return memoized(state, `json:${key}`, () => JSON.stringify(build()));
}
