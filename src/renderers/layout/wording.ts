// Wording shared by every format, so the Word, HTML and Markdown outputs say the same thing.

import type { DocumentSummary } from '../../pipeline/types.ts';
import { isPreamble } from '../../tracing/paragraph-key.ts';
import type { LinkStrength, ParagraphRef, TraceStatus } from '../../tracing/types.ts';
import type { Edition, Layout, ShownStatus, TopicView, TracingView } from './types.ts';

export const NOTHING_UNDER_TOPIC = 'No recommendation under this topic.';
export const NOTHING_IN_ANY_REGION = 'No recommendation of the reports mapped falls under this topic.';

export const ANNEX_TITLES = {
  index: 'Index of main topics and issues',
  glance: 'At a glance: recommendations per topic and region',
  a: 'Annex A. Mapping of the recommendations (narrative)',
  b: 'Annex B. Mapping of the recommendations (matrix)',
  c: 'Annex C. From the regional recommendations to the declaration',
  review: 'Assignments to review',
} as const;

/** "24 November 2026": the date as United Nations documents print it. */
export function dateLabel(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "A.7" for topic "A7". */
export function topicNumber(topicId: string): string {
  const m = /^([A-Za-z]+)(\d+)$/.exec(topicId);
  return m === null ? topicId : `${m[1]}.${m[2]}`;
}

export function documentLabel(doc: DocumentSummary): string {
  const where = doc.region ?? doc.meeting?.name ?? doc.title;
  return `${doc.symbol}${doc.symbolProvisional ? ' (provisional symbol)' : ''} (${where})`;
}

export function meetingLabel(doc: DocumentSummary): string {
  const parts = [doc.meeting?.name ?? doc.title, doc.meeting?.venue, doc.meeting?.dates].filter((p): p is string => p !== undefined && p !== '');
  return parts.join(', ');
}

export function summaryLine(layout: Layout): string {
  const regions = layout.columns.map((c) => c.label).join(', ');
  return `${layout.recommendationCount} recommendations from ${layout.documents.length} report${layout.documents.length === 1 ? '' : 's'} (${regions}), ${layout.assignmentCount} topic assignments.`;
}

export function countsLine(topic: TopicView): string {
  return topic.cells.map((c) => `${c.column.label}: ${c.entries.length}`).join('; ');
}

const listed = (items: readonly (string | number)[]): string =>
  items.length === 1 ? String(items[0]) : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * "Ranked next, worth checking: paras. 27, 21 and 46." (the machine's candidates after its links);
 * preambular ones are named as such: "Ranked next, worth checking: preamble, para. 3; paras. 27 and 21."
 */
export function alsoCheckLabel(paragraphs: readonly ParagraphRef[]): string {
  if (paragraphs.length === 0) return '';
  const group = (numbers: readonly number[]): string => `para${numbers.length === 1 ? '' : 's'}. ${listed(numbers)}`;
  const preamble = paragraphs.filter(isPreamble).map((p) => p.paragraph);
  const operative = paragraphs.filter((p) => !isPreamble(p)).map((p) => p.paragraph);
  const parts = [...(preamble.length === 0 ? [] : [`preamble, ${group(preamble)}`]), ...(operative.length === 0 ? [] : [group(operative)])];
  return `Ranked next, worth checking: ${parts.join('; ')}.`;
}

export { precedentLabel } from '../../model/precedent-label.ts';

export function scoreLabel(score: number): string {
  return score.toFixed(2);
}

/** The file's name without its folders: what a reader recognises in a table. */
export function fileName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source;
}

// Annex C. A machine result is worded as what it is: the machine finding no paragraph is not the
// declaration leaving a recommendation aside; "not taken up" is said only where a reviewer decided it.

/** What a trace status shows: "not-taken-up" is "none-found" unless a reviewer decided it. */
export function shownStatus(status: TraceStatus, reviewed: boolean): ShownStatus {
  return status === 'not-taken-up' && !reviewed ? 'none-found' : status;
}

export const STATUS_WORDING: Readonly<Record<ShownStatus, string>> = {
  strong: 'Corresponding paragraph identified (strong)',
  partial: 'Corresponding paragraph identified (partial)',
  'none-found': 'No corresponding paragraph identified',
  'not-taken-up': 'Not taken up (reviewer\u2019s decision)',
};

export const STRENGTH_WORDING: Readonly<Record<LinkStrength, string>> = { strong: 'strong', partial: 'partial' };

/** A recommendation's status, saying when a reviewer decided it. */
export function statusWording(shown: ShownStatus, reviewed: boolean): string {
  return reviewed && shown !== 'not-taken-up' ? `${STATUS_WORDING[shown]}, reviewed` : STATUS_WORDING[shown];
}

/** "Corresponds to A/CONF.234/16, chap. I, resol. 1, para. 23 (strong)". */
export function correspondsLabel(citation: string, strength: LinkStrength): string {
  return `Corresponds to ${citation} (${STRENGTH_WORDING[strength]})`;
}

/** Column headings of the coverage tables, after the region or topic. */
export const COVERAGE_HEADINGS = ['Strong', 'Partial', 'No corresponding paragraph identified', 'Not taken up (reviewed)', 'Total', 'Of which reviewed'] as const;

/** A figure of a coverage row, as the tables show it. */
export type CoverageField = 'strong' | 'partial' | 'noneFound' | 'notTakenUp' | 'total' | 'reviewed';

export interface CoverageColumn {
  readonly field: CoverageField;
  readonly heading: (typeof COVERAGE_HEADINGS)[number];
}

const COVERAGE_COLUMNS: readonly CoverageColumn[] = (['strong', 'partial', 'noneFound', 'notTakenUp', 'total', 'reviewed'] as const).map((field, i) => ({ field, heading: COVERAGE_HEADINGS[i] ?? COVERAGE_HEADINGS[0] }));
/** The figures only a reviewer's decisions make: zero in every row while nothing is reviewed. */
const REVIEWED_FIELDS: ReadonlySet<CoverageField> = new Set(['notTakenUp', 'reviewed']);

/**
 * The columns of the coverage tables: all of them in the review edition; in the final edition, the
 * reviewed ones ("Not taken up (reviewed)", "Of which reviewed") only once a reviewer decided some status.
 */
export function coverageColumns(tracing: Pick<TracingView, 'reviewedCount'>, edition: Edition): readonly CoverageColumn[] {
  return edition === 'final' && tracing.reviewedCount === 0 ? COVERAGE_COLUMNS.filter((c) => !REVIEWED_FIELDS.has(c.field)) : COVERAGE_COLUMNS;
}

/** What Annex C's statuses mean, before its tables. */
export function annexCIntro(tracing: TracingView): string {
  return `How the recommendations correspond to paragraphs of ${tracing.title} (${tracing.symbol}). Strong: a paragraph carries the recommendation's main ask; partial: part of it, or a related broader commitment. "No corresponding paragraph identified" is the machine's finding that no paragraph matched closely enough; it does not mean that the declaration left the recommendation aside. "Not taken up" is said only where a reviewer decided it.`;
}

/** Which figures of the coverage tables are reviewed. */
export function coverageNote(tracing: TracingView): string {
  const n = tracing.reviewedCount;
  if (n === 0) return `None of these figures has been reviewed: all ${tracing.total} statuses are the machine's.`;
  return `${n} of the ${tracing.total} statuses were decided by a reviewer (column "Of which reviewed"); the others are the machine's. "Not taken up" counts only a reviewer's decisions.`;
}

/** Heading of the list of recommendations without a corresponding paragraph. */
export function noneFoundHeading(count: number): string {
  return `Recommendations for which no corresponding paragraph was identified (${count})`;
}

/** Column headings of Annex C's summary: one line per recommendation. */
export const SUMMARY_HEADINGS = ['Recommendation', 'Region', 'Topics', 'Status', 'Declaration paragraphs'] as const;

/** "para. 23", "preamble, para. 3": a declaration paragraph's place within the declaration, its citation less the document's part. */
export function paragraphPlace(citation: string): string {
  const at = citation.search(/(?:preamble, |preambular |)para(?:graph)?\.? |(?:\w+) preambular paragraph/);
  return at < 0 ? citation : citation.slice(at);
}

/** "para. 23 (strong); para. 30 (partial)", or "—" when none was identified. */
export function linksSummary(links: readonly { readonly citation: string; readonly strength: LinkStrength }[]): string {
  return links.length === 0 ? '\u2014' : links.map((l) => `${paragraphPlace(l.citation)} (${STRENGTH_WORDING[l.strength]})`).join('; ');
}

/** "D.1, D.2": a recommendation's topics by number. */
export function topicsSummary(topics: readonly { readonly id: string }[]): string {
  return topics.length === 0 ? '\u2014' : topics.map((t) => topicNumber(t.id)).join(', ');
}

export const SUMMARY_HEADING = 'Each recommendation in one line';
export const SUMMARY_INTRO = 'Every recommendation, by region in the order the meetings were held and by paragraph, with its topics (numbered as in the index), its status and the declaration paragraphs identified as corresponding to it. The recommendations with a corresponding paragraph follow side by side with it.';
export const DETAIL_INTRO = 'Each recommendation for which a corresponding paragraph was identified, with the words they share highlighted; the others are listed at the end of this annex.';
