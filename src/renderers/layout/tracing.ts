// The Annex C part of the layout: coverage per column and per topic, counted from each
// recommendation's own trace status so the figures always add up to the recommendations.

import type { MappingRun, RunRecommendation } from '../../pipeline/types.ts';
import { paragraphKey, partField, type OutcomePart } from '../../tracing/paragraph-key.ts';
import type { Outcome, TraceStatus } from '../../tracing/types.ts';
import type { Columns } from './columns.ts';
import { segmentsOf } from './highlight.ts';
import type { Column, CoverageView, ShownStatus, TracedRecommendation, TracingView } from './types.ts';
import { shownStatus } from './wording.ts';

const statusOf = (r: RunRecommendation): TraceStatus => r.trace?.status ?? 'not-taken-up';
/** How many of the machine's candidates the annex names after the links. */
const ALSO_CHECK = 3;

function coverage(key: string, label: string, items: readonly TracedRecommendation[]): CoverageView {
  const count = (shown: ShownStatus): number => items.filter((i) => i.shown === shown).length;
  return { key, label, total: items.length, strong: count('strong'), partial: count('partial'), noneFound: count('none-found'), notTakenUp: count('not-taken-up'), reviewed: items.filter((i) => i.reviewed).length };
}

/** The text of each outcome paragraph (preamble and operative), by paragraphKey. */
export type OutcomeTexts = ReadonlyMap<number, string>;

/** The texts of an outcome's paragraphs (the traced run's, or the tracing's selection of them), by paragraphKey. */
export const outcomeTextsOf = (paragraphs: readonly { readonly number: number; readonly part?: OutcomePart | undefined; readonly text: string }[]): OutcomeTexts =>
  new Map(paragraphs.map((p) => [paragraphKey({ paragraph: p.number, part: p.part }), p.text] as const));

/** One recommendation as Annex C shows it: its status, its highlighted phrases, its links with theirs. */
export function tracedRecommendation(recommendation: RunRecommendation, column: Column, texts: OutcomeTexts): TracedRecommendation {
  return {
    recommendation,
    column,
    status: statusOf(recommendation),
    reviewed: recommendation.trace?.reviewed === true,
    shown: shownStatus(statusOf(recommendation), recommendation.trace?.reviewed === true),
    segments: segmentsOf(recommendation.text, (recommendation.trace?.links ?? []).flatMap((l) => l.evidence.recommendation)),
    links: [...(recommendation.trace?.links ?? [])]
      .sort((a, b) => (a.strength === b.strength ? b.score - a.score : a.strength === 'strong' ? -1 : 1))
      .map((link) => ({
        paragraph: link.paragraph,
        ...partField(link),
        citation: link.citation,
        strength: link.strength,
        score: link.score,
        recommendationSegments: segmentsOf(recommendation.text, link.evidence.recommendation),
        outcomeSegments: segmentsOf(texts.get(paragraphKey(link)) ?? '', link.evidence.outcome),
        ...(link.precedent === undefined ? {} : { precedent: link.precedent }),
      })),
    alsoCheck: (recommendation.trace?.candidates ?? []).slice(0, ALSO_CHECK).map((c) => ({ paragraph: c.paragraph, ...partField(c) })),
  };
}

export function tracingOf(run: MappingRun, outcome: Outcome, ordered: readonly RunRecommendation[], columns: Columns): TracingView {
  const texts = outcomeTextsOf(outcome.paragraphs);
  const traced: TracedRecommendation[] = ordered.map((recommendation) => tracedRecommendation(recommendation, columns.of(recommendation), texts));
  // Grouped in one pass each, so the tables grow with the recommendations, not times the topics.
  const inColumn = new Map<Column, TracedRecommendation[]>(columns.list.map((column) => [column, []]));
  const inTopic = new Map<string, TracedRecommendation[]>();
  for (const t of traced) {
    inColumn.get(t.column)?.push(t);
    for (const id of new Set(t.recommendation.topics.map((a) => a.id))) {
      const list = inTopic.get(id);
      if (list === undefined) inTopic.set(id, [t]);
      else list.push(t);
    }
  }
  // Behind each paragraph, its recommendations by region (the Secretariat's order) and citation: the order of `ordered`.
  const position = new Map(ordered.map((r, i) => [r.id, i] as const));
  const rank = (id: string): number => position.get(id) ?? ordered.length;
  const byRegion = columns.list
    .map((column) => coverage(column.key, column.label, inColumn.get(column) ?? []))
    .filter((row) => row.total > 0);
  const byTopic = run.codebook.sections.flatMap((section) =>
    section.topics.map((topic) => coverage(topic.id, topic.label, inTopic.get(topic.id) ?? [])),
  );
  return {
    symbol: outcome.symbol,
    title: outcome.title,
    source: outcome.source,
    byRegion,
    byTopic,
    recommendations: columns.list
      .map((column) => ({ column, items: inColumn.get(column) ?? [] }))
      .filter((group) => group.items.length > 0),
    // The preamble's paragraphs first, as the outcome lists them, then the operative ones.
    paragraphs: outcome.paragraphs
      .filter((p) => p.reverse.length > 0)
      .map((p) => ({ ...p, reverse: [...p.reverse].sort((a, b) => rank(a.recommendationId) - rank(b.recommendationId)) })),
    // A recommendation with a position (a UPR review) has its outcome: it is not among those nothing was found for.
    notTakenUp: traced.filter((t) => t.status === 'not-taken-up' && t.recommendation.trace?.position === undefined),
    total: traced.length,
    reviewedCount: traced.filter((t) => t.reviewed).length,
  };
}
