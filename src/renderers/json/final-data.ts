// The data of mapping.json in the final edition: the run as a circulated document states it, without
// the review edition's machine material (scores, low-confidence flags, paragraphs ranked next, precedents,
// the readers' notes), and with a header that says which edition the file is and what it leaves out.

import type { MappingRun, RunRecommendation } from '../../pipeline/types.ts';
import type { TopicAssignment } from '../../mapping/types.ts';
import type { Outcome, Trace } from '../../tracing/types.ts';

/** What the header of a final edition's mapping.json says it leaves out, in the words of its field. */
export const FINAL_OMITS = 'the review edition\u2019s scores, low-confidence flags, paragraphs ranked next (candidates), precedents and reading notes (messages)';

function finalTopic({ score: _score, lowConfidence: _low, ...topic }: TopicAssignment): Omit<TopicAssignment, 'score' | 'lowConfidence'> {
  return topic;
}

function finalTrace({ candidates: _candidates, ...trace }: Trace): object {
  return { ...trace, links: trace.links.map(({ score: _score, precedent: _precedent, ...link }) => link) };
}

function finalRecommendation({ topics, trace, ...rec }: RunRecommendation): object {
  return { ...rec, topics: topics.map(finalTopic), ...(trace === undefined ? {} : { trace: finalTrace(trace) }) };
}

function finalOutcome(outcome: Outcome): object {
  return { ...outcome, paragraphs: outcome.paragraphs.map((p) => ({ ...p, reverse: p.reverse.map(({ score: _score, ...link }) => link) })) };
}

/**
 * The fields of the final edition's mapping.json, in order: the header (version, date, `"edition": "final"`,
 * what the edition omits, how many recommendations a reviewer decided on, the meetings expected and the
 * sections a report lacks), then the codebook, documents, recommendations and outcome without review material.
 * @example finalData(forEdition(run, 'final')).edition // => 'final'
 */
export function finalData(run: MappingRun): Record<string, unknown> {
  const { concordVersion, generatedAt, codebook, documents, recommendations, outcome, skipped, edition } = run;
  return {
    concordVersion,
    generatedAt,
    edition: 'final',
    omits: FINAL_OMITS,
    reviewedRecommendations: edition?.reviewedCount ?? 0,
    expectedMeetings: edition?.expected ?? [],
    lackingSections: edition?.lacking ?? [],
    codebook,
    documents: documents.map(({ messages: _messages, ...doc }) => doc),
    recommendations: recommendations.map(finalRecommendation),
    ...(outcome === undefined ? {} : { outcome: finalOutcome(outcome) }),
    skipped,
  };
}
