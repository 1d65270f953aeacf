// The "model for presentation" every renderer compiles: ordering, grouping and counts
// decided once, so the HTML, Word, Excel, CSV and Markdown outputs always agree.

import type { Region } from '../../model/types.ts';
import type { TopicAssignment } from '../../mapping/types.ts';
import type { DocumentSummary, RunRecommendation } from '../../pipeline/types.ts';
import type { LinkStrength, OutcomeParagraph, OutcomePart, ParagraphRef, ReverseLink, TraceStatus } from '../../tracing/types.ts';

/** A piece of text, highlighted (an evidence phrase) or not. */
export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/** A column of the annexes: a region, or a document that has none. */
export interface Column {
  readonly key: string;
  readonly label: string;
  readonly region?: Region;
  readonly symbols: readonly string[];
}

/** One recommendation as it stands under one topic. */
export interface Entry {
  readonly recommendation: RunRecommendation;
  readonly assignment: TopicAssignment;
  readonly segments: readonly Segment[];
}

export interface Cell {
  readonly column: Column;
  readonly entries: readonly Entry[];
}

export interface TopicView {
  readonly id: string;
  readonly label: string;
  readonly sectionId: string;
  readonly cells: readonly Cell[];
  readonly total: number;
}

export interface SectionView {
  readonly id: string;
  readonly title: string;
  readonly covers: string;
  readonly topics: readonly TopicView[];
  /** Distinct recommendations under the section's topics. */
  readonly total: number;
}

export interface CoverageView {
  readonly key: string;
  readonly label: string;
  readonly total: number;
  readonly strong: number;
  readonly partial: number;
  /** Machine statuses "not-taken-up": no corresponding paragraph identified. */
  readonly noneFound: number;
  /** "not-taken-up" decided by a reviewer. */
  readonly notTakenUp: number;
  /** Recommendations whose status a reviewer decided. */
  readonly reviewed: number;
}

export interface TraceLinkView {
  /** The paragraph's number within its part. */
  readonly paragraph: number;
  /** 'preamble' for a preambular paragraph; absent for an operative one. */
  readonly part?: OutcomePart;
  readonly citation: string;
  readonly strength: LinkStrength;
  readonly score: number;
  readonly recommendationSegments: readonly Segment[];
  readonly outcomeSegments: readonly Segment[];
  /** A coded recommendation like this one that was linked to the same paragraph (when examples were given). */
  readonly precedent?: { readonly citation: string; readonly similarity: number };
}

/** A trace status as shown: the machine's "not-taken-up" is "none-found" (no corresponding paragraph identified). */
export type ShownStatus = 'strong' | 'partial' | 'none-found' | 'not-taken-up';

export interface TracedRecommendation {
  readonly recommendation: RunRecommendation;
  readonly column: Column;
  readonly status: TraceStatus;
  /** A reviewer decided its links. */
  readonly reviewed: boolean;
  /** The status as Annex C words it (wording.ts). */
  readonly shown: ShownStatus;
  /** The recommendation with the phrases of all its links highlighted. */
  readonly segments: readonly Segment[];
  readonly links: readonly TraceLinkView[];
  /** The best-ranked paragraphs after the links (up to three): where a reader checks first when a link is missing. */
  readonly alsoCheck: readonly ParagraphRef[];
}

export interface OutcomeParagraphView extends OutcomeParagraph {
  readonly reverse: readonly ReverseLink[];
}

export interface TracingView {
  readonly symbol: string;
  readonly title: string;
  readonly source: string;
  readonly byRegion: readonly CoverageView[];
  readonly byTopic: readonly CoverageView[];
  /** Per column, in column order. */
  readonly recommendations: readonly { readonly column: Column; readonly items: readonly TracedRecommendation[] }[];
  /** Declaration paragraphs that took up at least one recommendation, in order. */
  readonly paragraphs: readonly OutcomeParagraphView[];
  /** Every recommendation with status "not-taken-up", the machine's and the reviewers'. */
  readonly notTakenUp: readonly TracedRecommendation[];
  readonly total: number;
  /** Recommendations whose status a reviewer decided. */
  readonly reviewedCount: number;
}

/** A block of the background and method note: a paragraph, or a list. */
export type MethodBlock = { readonly kind: 'paragraph'; readonly text: string } | { readonly kind: 'list'; readonly items: readonly string[] };

export interface MethodView {
  readonly title: string;
  readonly blocks: readonly MethodBlock[];
}

/**
 * review: for the team (scores, "to review" flags, low-confidence lists, candidate paragraphs);
 * final: for circulation, without them, with a background and method note.
 */
export type Edition = 'review' | 'final';

export interface Layout {
  readonly edition: Edition;
  /** The final edition's background and method note. */
  readonly method?: MethodView;
  /** The final edition's one line on the title page when the run was not (wholly) reviewed. */
  readonly reviewNote?: string;
  /** Page of each bookmark in the Word/PDF rendering, when known: the contents and index print them. */
  readonly pages?: Readonly<Record<string, number>>;
  readonly title: string;
  readonly generatedAt: string;
  readonly concordVersion: string;
  readonly codebook: { readonly id: string; readonly title: string; readonly version?: string };
  readonly documents: readonly DocumentSummary[];
  readonly excluded: readonly DocumentSummary[];
  readonly skipped: readonly { readonly source: string; readonly reason: string }[];
  readonly columns: readonly Column[];
  readonly sections: readonly SectionView[];
  readonly recommendationCount: number;
  readonly assignmentCount: number;
  readonly lowConfidence: readonly Entry[];
  /** Recommendations no topic was found for: listed so none disappears from the annexes. */
  readonly unmapped: readonly RunRecommendation[];
  readonly maxCount: number;
  readonly tracing?: TracingView;
}
