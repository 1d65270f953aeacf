// The one run every workbench view is derived from: the project's reviewed state (the
// machine's where nobody has decided) as a MappingRun, laid out by the renderers' own layout
// code. Both are computed once per project state and dropped when a decision or document changes it.
import { gzipSync } from 'node:zlib';
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

/** A view's answer: its JSON as UTF-8 bytes, and gzipped (made on first demand) for clients that accept it. */
export interface KeptAnswer {
  readonly bytes: Uint8Array;
  gzipped?: Uint8Array;
}

/**
 * A view's JSON, serialised once per state and key (the narrative is megabytes on a large project:
 * neither built, stringified, encoded nor compressed again per request). `kind` groups keys that
 * vary with the query, so that at most KEPT_ANSWERS of them are kept.
 */
export function memoizedJson(state: ProjectState, kind: string, key: string, build: () => unknown): KeptAnswer {
  const answers = memoized(state, `json:${kind}`, () => new Map<string, KeptAnswer>());
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = { bytes: Buffer.from(JSON.stringify(build()), 'utf8') };
    if (answers.size >= KEPT_ANSWERS) answers.delete(answers.keys().next().value as string);
    answers.set(key, answer);
  }
  return answer;
}

/** Answers under this size are sent as they are: compressing them saves less than it costs. */
const GZIP_FROM = 16 * 1024;

/** The bytes to send and their encoding, for a request's Accept-Encoding. */
export function encoded(answer: KeptAnswer, acceptEncoding: string | undefined): { body: Uint8Array; gzip: boolean } {
  if (answer.bytes.byteLength < GZIP_FROM || !/\bgzip\b/i.test(acceptEncoding ?? '')) return { body: answer.bytes, gzip: false };
  answer.gzipped ??= gzipSync(answer.bytes, { level: 6 });
  return { body: answer.gzipped, gzip: true };
}
