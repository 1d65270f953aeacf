// Re-map: the machine proposes topics (and traces) again, with a new codebook or with
// the reviewers' decisions as coded examples. Decisions are never touched; what the
// machine now says differently is reported as disagreements.
import type { CodedExample, MappedRecommendation } from '../../mapping/types.ts';
import { mapStep } from '../../pipeline/map-step.ts';
import { traceStep } from '../../pipeline/trace-step.ts';
import type { CodedTrace } from '../../tracing/precedents.ts';
import type { Store } from '../../store/open.ts';
import { saveMachine } from '../../store/machine.ts';
import type { Disagreement, RemapResult } from '../api-types.ts';
import type { ProjectCache, ProjectState } from '../project/state.ts';
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

export async function remap(store: Store, cache: ProjectCache, projectId: number, mode: RemapMode): Promise<RemapResult> {
  const state = await cache.get(projectId);
  const entries = [...state.recs.values()];
  const isReviewed = (id: string): boolean => (state.reviews.get(id)?.events.length ?? 0) > 0;
  const examples = mode === 'unreviewed-with-decisions' ? examplesFromReview(state) : [];
  const codedTraces = mode === 'unreviewed-with-decisions' ? codedTracesFromReview(state) : [];
  const targets = mode === 'all' ? entries : entries.filter((e) => !isReviewed(e.rec.id));
  // The same map and trace steps as `concord build`, on the stored documents.
  const fresh = new Map(mapStep(targets.map((e) => e.rec), state.codebook, examples).value.map((m) => [m.id, m]));
  const mapped: MappedRecommendation[] = entries.map((e) => fresh.get(e.rec.id) ?? { ...e.rec, topics: e.machineTopics });
  // Tracing reads topics; the reviewed ones are the best we have.
  const forTracing = mapped.map((m) => {
    const review = state.reviews.get(m.id);
    if (review === undefined) return m;
    const topics = effectiveTopics(m.topics, review, state.labels).map((t) => ({ id: t.id, label: t.label, section: t.section, score: t.score ?? 1, lowConfidence: false, evidence: t.evidence }));
    return { ...m, topics };
  });
  const traced = state.outcomeDocument === null ? null : traceStep(forTracing, state.outcomeDocument.model, state.codebook, { coded: codedTraces }).value;
  const documentOf = new Map(entries.map((e) => [e.rec.id, e.documentId]));
  const mappedAt = await saveMachine(
    store,
    projectId,
    mapped.map((m) => ({
      recId: m.id,
      documentId: documentOf.get(m.id) ?? 0,
      topicsJson: JSON.stringify(m.topics),
      traceJson: traced === null ? null : JSON.stringify(traced.traces.get(m.id) ?? { status: 'not-taken-up', links: [] }),
    })),
    traced === null ? null : JSON.stringify(traced.outcome),
  );
  const after = await cache.get(projectId);
  return { mode, mapped: fresh.size, traced: traced !== null, examplesUsed: examples.length, linkExamplesUsed: traced === null ? 0 : codedTraces.length, disagreements: allDisagreements(after), mappedAt };
}
