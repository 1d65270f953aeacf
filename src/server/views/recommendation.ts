// A recommendation as the API shows it: summary (for lists, matrix cells, search) and
// detail (machine proposal, decisions, links, disagreements, history).
import { paragraphRef } from '../../tracing/paragraph-key.ts';
import type { AuditEvent, DecisionAction, RecommendationDetail, RecommendationSummary } from '../api-types.ts';
import type { DecisionRow } from '../../store/schema.ts';
import { memoized, type ProjectState, type RecEntry } from '../project/state.ts';
import { candidateViews, disagreements, effectiveTopics, effectiveTrace, isReviewed } from '../review/effective.ts';
import { undoTarget, type Review } from '../review/fold.ts';

export function summarize(state: ProjectState, entry: RecEntry): RecommendationSummary {
  const review = state.reviews.get(entry.rec.id);
  const topics = effectiveTopics(entry.machineTopics, review, state.labels);
  const reviewed = isReviewed(entry.machineTopics, review);
  const { rec } = entry;
  return {
    id: rec.id,
    documentId: entry.documentId,
    symbol: rec.symbol,
    paragraph: rec.paragraph,
    subparagraph: rec.subparagraph,
    citation: rec.citation,
    region: entry.region,
    section: [...rec.section],
    leadIn: rec.leadIn,
    text: rec.text,
    topics,
    reviewState: reviewed ? 'reviewed' : 'unreviewed',
    lowConfidence: !reviewed && (topics.length === 0 || topics.some((t) => t.lowConfidence)),
    traceStatus: state.outcome === null ? null : effectiveTrace(entry.machineTrace, review, state.outcome).status,
  };
}

/** The summary, computed once per project state (lists and search ask for the same ones again and again). */
export function summaryOf(state: ProjectState, entry: RecEntry): RecommendationSummary {
  const cache = memoized(state, 'summaries', () => new Map<string, RecommendationSummary>());
  let summary = cache.get(entry.rec.id);
  if (summary === undefined) {
    summary = summarize(state, entry);
    cache.set(entry.rec.id, summary);
  }
  return summary;
}

/** A log row as the API shows it; `review` (the row's recommendation's) tells whether an undo took it back. */
export function auditEvent(row: DecisionRow, review?: Review): AuditEvent {
  return {
    id: row.id,
    recommendationId: row.rec_id,
    citation: row.citation,
    action: row.action as DecisionAction,
    topic: row.topic,
    // The store keeps a preambular paragraph's number negated (paragraphKey); the API names it by part.
    ...(row.paragraph === null ? { paragraph: null } : paragraphRef(row.paragraph)),
    strength: row.strength === 'strong' || row.strength === 'partial' ? row.strength : null,
    note: row.note,
    reviewer: row.reviewer,
    at: row.created_at,
    undoes: row.undoes,
    undone: review?.undone.has(row.id) ?? false,
  };
}

export function detail(state: ProjectState, entry: RecEntry): RecommendationDetail {
  const review = state.reviews.get(entry.rec.id);
  const trace = effectiveTrace(entry.machineTrace, review, state.outcome);
  const pick = (decision: string): string[] => [...(review?.topics ?? new Map<string, string>())].filter(([, d]) => d === decision).map(([id]) => id);
  return {
    ...summarize(state, entry),
    machineTopics: entry.machineTopics.map((t) => ({
      id: t.id,
      label: t.label,
      section: t.section,
      score: t.score,
      lowConfidence: t.lowConfidence,
      evidence: t.evidence.map((s) => ({ start: s.start, end: s.end, text: s.text })),
    })),
    decisions: { accepted: pick('accepted'), rejected: pick('rejected'), added: pick('added') },
    links: state.outcome === null ? [] : trace.links,
    removedLinks: trace.removed,
    candidateLinks: state.outcome === null ? [] : candidateViews(entry.machineTrace, trace, state.outcome),
    disagreements: disagreements(entry.rec.id, entry.rec.citation, entry.machineTopics, entry.machineTrace, review, state.project.mapped_at),
    history: (review?.events ?? []).map((row) => auditEvent(row, review)).reverse(),
    version: review?.version ?? 0,
    note: review?.note ?? null,
    undoable: (() => {
      const target = undoTarget(review);
      return target === undefined ? null : auditEvent(target, review);
    })(),
  };
}
