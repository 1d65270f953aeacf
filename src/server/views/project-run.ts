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

/** How many answers of one kind (searches, filtered narratives) a state keeps; the oldest goes first. */
const KEPT_ANSWERS = 100;

/**
 * A view's JSON as UTF-8 bytes, serialised once per state and key (the narrative is megabytes on a
 * large project: neither built, stringified nor encoded again per request). `kind` groups keys that
 * vary with the query, so that at most KEPT_ANSWERS of them are kept.
 */
export function memoizedJson(state: ProjectState, kind: string, key: string, build: () => unknown): Uint8Array {
  const answers = memoized(state, `json:${kind}`, () => new Map<string, Uint8Array>());
  let bytes = answers.get(key);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(build()), 'utf8');
    if (answers.size >= KEPT_ANSWERS) answers.delete(answers.keys().next().value as string);
    answers.set(key, bytes);
  }
  return bytes;
}
