// Re-map: the machine proposes topics (and traces) again, with a new codebook or with
// the reviewers' decisions as coded examples. Decisions are never touched; what the
// machine now says differently is reported as disagreements. The work comes in three
// parts so that the middle one can run in a worker thread (server/jobs): what it needs,
// taken from the project state (structured-clonable), the map and trace steps of
// `concord build` on it, and the save, one transaction, in the thread that owns the store.
import type { Codebook, CodedExample, MappedRecommendation, TopicAssignment } from '../../mapping/types.ts';
import type { ConcordDocument, Recommendation } from '../../model/types.ts';
import { mapStep } from '../../pipeline/map-step.ts';
import { traceStep } from '../../pipeline/trace-step.ts';
import type { CodedTrace } from '../../tracing/precedents.ts';
import type { Store } from '../../store/open.ts';
import { saveMachine } from '../../store/machine.ts';
import { projectRevision } from '../../store/projects.ts';
import type { Disagreement, RemapResult } from '../api-types.ts';
import { ApiError } from '../errors.ts';
import type { ProjectCache, ProjectState } from '../project/state.ts';
import type { Review } from '../review/fold.ts';
import { disagreements, effectiveTopics, effectiveTrace, isReviewed } from '../review/effective.ts';

export type RemapMode = RemapResult['mode'];

/**
 * Accepted state of every reviewed recommendation, as the mapper's coded examples. One with
 * proposals still undecided is no example: its accepted topics are not all there is to it.
 */
export function examplesFromReview(state: ProjectState): CodedExample[] {
  const examples: CodedExample[] = [];
  for (const entry of state.recs.values()) {
    const review = state.reviews.get(entry.rec.id);
    if (review === undefined || !isReviewed(entry.machineTopics, review)) continue;
    const topics = effectiveTopics(entry.machineTopics, review, state.labels).filter((t) => t.status !== 'proposed');
    if (topics.length === 0) continue;
    examples.push({ symbol: entry.rec.symbol, paragraph: entry.rec.paragraph, subparagraph: entry.rec.subparagraph, text: entry.rec.text, topics: topics.map((t) => t.id) });
  }
  return examples;
}

/** Every recommendation whose links a reviewer has decided on, with the links as they now stand: precedents for tracing. */
export function codedTracesFromReview(state: ProjectState): CodedTrace[] {
  const coded: CodedTrace[] = [];
  for (const entry of state.recs.values()) {
    const review = state.reviews.get(entry.rec.id);
    if (review === undefined || review.links.size === 0) continue;
    const { links } = effectiveTrace(entry.machineTrace, review, state.outcome);
    coded.push({ symbol: entry.rec.symbol, paragraph: entry.rec.paragraph, subparagraph: entry.rec.subparagraph, text: entry.rec.text, links: links.filter((l) => l.part !== 'preamble').map((l) => ({ paragraph: l.paragraph, strength: l.strength })) });
  }
  return coded;
}

export function allDisagreements(state: ProjectState): Disagreement[] {
  return [...state.recs.values()].flatMap((entry) =>
    disagreements(entry.rec.id, entry.rec.citation, entry.machineTopics, entry.machineTrace, state.reviews.get(entry.rec.id), state.project.mapped_at),
  );
}

/** The project's codebook as a worker gets it: a shipped one by name (the worker loads and keeps it), an uploaded one whole. */
export type CodebookRef = { readonly kind: 'shipped'; readonly name: string } | { readonly kind: 'inline'; readonly codebook: Codebook };

/** Everything the map and trace steps need, as plain data (structured-clonable: Maps, arrays, strings). */
export interface RemapWork {
  readonly mode: RemapMode;
  readonly codebook: CodebookRef;
  /** Every mapped recommendation of the project, in document order, with the machine's current topics. */
  readonly recs: readonly { readonly rec: Recommendation; readonly machineTopics: readonly TopicAssignment[] }[];
  /** Ids of the recommendations mapped again. */
  readonly targets: readonly string[];
  readonly examples: readonly CodedExample[];
  readonly codedTraces: readonly CodedTrace[];
  /** The reviews of recommendations with decisions: tracing reads their reviewed topics. */
  readonly reviews: ReadonlyMap<string, Review>;
  readonly labels: ReadonlyMap<string, { label: string; section: string }>;
  readonly outcome: ConcordDocument | null;
}

/** The machine output to save, already serialised (by the worker, off the request loop). */
export interface RemapOutput {
  readonly rows: readonly { readonly recId: string; readonly topicsJson: string; readonly traceJson: string | null }[];
  readonly outcomeJson: string | null;
  readonly mapped: number;
  readonly traced: boolean;
}

export interface RemapProgress {
  readonly step: 'map' | 'trace';
  readonly done: number;
  readonly total: number;
}

export function remapWork(state: ProjectState, mode: RemapMode): RemapWork {
  const entries = [...state.recs.values()];
  const hasDecisions = (id: string): boolean => (state.reviews.get(id)?.events.length ?? 0) > 0;
  const reviews = new Map<string, Review>();
  for (const [id, review] of state.reviews) if (state.recs.has(id)) reviews.set(id, review);
  const codebook: CodebookRef = state.project.codebook_kind === 'yaml' ? { kind: 'inline', codebook: state.codebook } : { kind: 'shipped', name: state.project.codebook_name };
  return {
    mode,
    codebook,
    recs: entries.map((e) => ({ rec: e.rec, machineTopics: e.machineTopics })),
    targets: (mode === 'all' ? entries : entries.filter((e) => !hasDecisions(e.rec.id))).map((e) => e.rec.id),
    examples: mode === 'unreviewed-with-decisions' ? examplesFromReview(state) : [],
    codedTraces: mode === 'unreviewed-with-decisions' ? codedTracesFromReview(state) : [],
    reviews,
    labels: state.labels,
    outcome: state.outcomeDocument?.model ?? null,
  };
}

/** The same map and trace steps as `concord build`, on the stored documents. Pure: runs alike in a worker and here. */
export function computeRemap(work: RemapWork, codebook: Codebook, onProgress: (progress: RemapProgress) => void = () => undefined): RemapOutput {
  const targetIds = new Set(work.targets);
  const targets = work.recs.filter((e) => targetIds.has(e.rec.id)).map((e) => e.rec);
  onProgress({ step: 'map', done: 0, total: targets.length });
  const fresh = new Map(mapStep(targets, codebook, work.examples).value.map((m) => [m.id, m]));
  onProgress({ step: 'map', done: targets.length, total: targets.length });
  const mapped: MappedRecommendation[] = work.recs.map((e) => fresh.get(e.rec.id) ?? { ...e.rec, topics: e.machineTopics });
  let traced = null;
  if (work.outcome !== null) {
    onProgress({ step: 'trace', done: 0, total: mapped.length });
    // Tracing reads topics; the reviewed ones are the best we have.
    const forTracing = mapped.map((m) => {
      const review = work.reviews.get(m.id);
      if (review === undefined) return m;
      const topics = effectiveTopics(m.topics, review, work.labels).map((t) => ({ id: t.id, label: t.label, section: t.section, score: t.score ?? 1, lowConfidence: false, evidence: t.evidence }));
      return { ...m, topics };
    });
    traced = traceStep(forTracing, work.outcome, codebook, { coded: work.codedTraces }).value;
    onProgress({ step: 'trace', done: mapped.length, total: mapped.length });
  }
  return {
    rows: mapped.map((m) => ({
      recId: m.id,
      topicsJson: JSON.stringify(m.topics),
      traceJson: traced === null ? null : JSON.stringify(traced.traces.get(m.id) ?? { status: 'not-taken-up', links: [] }),
    })),
    outcomeJson: traced === null ? null : JSON.stringify(traced.outcome),
    mapped: fresh.size,
    traced: traced !== null,
  };
}

/**
 * Saves a re-map computed on `state` (one transaction) and answers what it changed. Refused when the
 * project's documents or codebook changed meanwhile: the output would belong to another project state.
 */
export async function saveRemap(store: Store, cache: ProjectCache, state: ProjectState, work: RemapWork, output: RemapOutput): Promise<RemapResult> {
  const projectId = state.project.id;
  if ((await projectRevision(store, projectId)) !== state.revision) {
    throw new ApiError(409, 'conflict', 'the project changed while it was being re-mapped (a document, the outcome or the codebook); nothing was saved: re-map again');
  }
  const documentOf = new Map([...state.recs.values()].map((e) => [e.rec.id, e.documentId]));
  const mappedAt = await saveMachine(
    store,
    projectId,
    output.rows.map((row) => ({ ...row, documentId: documentOf.get(row.recId) ?? 0 })),
    output.outcomeJson,
  );
  const after = await cache.get(projectId);
  return {
    mode: work.mode,
    mapped: output.mapped,
    traced: output.traced,
    examplesUsed: work.examples.length,
    linkExamplesUsed: output.traced ? work.codedTraces.length : 0,
    disagreements: allDisagreements(after),
    mappedAt,
  };
}

/** Re-maps in this thread (`concord import`); the workbench runs computeRemap in a worker instead (server/jobs). */
export async function remap(store: Store, cache: ProjectCache, projectId: number, mode: RemapMode): Promise<RemapResult> {
  const state = await cache.get(projectId);
  const work = remapWork(state, mode);
  return saveRemap(store, cache, state, work, computeRemap(work, state.codebook));
}
