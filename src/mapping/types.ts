// Contract of the mapping phase: a codebook (index sections and topics) and the
// topics assigned to every recommendation, each with the phrases that justify it.

import type { Recommendation } from '../model/types.ts';

/** A span of a text: character offsets [start, end) and the text they cover. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Topic {
  /** "D7": the index section's letter and the topic's position in it. */
  readonly id: string;
  readonly label: string;
  /** Other wordings of the label (an earlier edition of the taxonomy). */
  readonly aliases?: readonly string[] | undefined;
  readonly description: string;
  readonly phrases: readonly string[];
  readonly exclude: readonly string[];
  readonly examples: readonly string[];
}

/** Which report sections an index section applies to. */
export interface AppliesTo {
  readonly roles: readonly ('main-theme' | 'cluster' | 'other-issues' | 'workshop')[];
  readonly agendaItems: readonly number[];
  readonly workshops: readonly number[];
  /** Words of a heading or workshop title that identify the section, matched case-insensitively. */
  readonly titles: readonly string[];
  /** Report sections that may also take this index section's topics, when a recommendation clearly speaks of them. */
  readonly secondaryRoles?: readonly ('main-theme' | 'cluster' | 'other-issues' | 'workshop')[];
}

export interface IndexSection {
  /** "A" … "F". */
  readonly id: string;
  readonly title: string;
  /** A short human description of the report sections it covers ("agenda item 3 and workshop 1"). */
  readonly covers: string;
  /** A second facet ("persons"): its topics are chosen apart from the main facet's, and none is forced. */
  readonly facet?: string | undefined;
  readonly appliesTo: AppliesTo;
  readonly topics: readonly Topic[];
}

export interface Codebook {
  readonly id: string;
  readonly title: string;
  readonly version?: string;
  /** Where the codebook was read from (file path), and the codebooks it extends. */
  readonly source?: string;
  readonly extends?: string;
  readonly sections: readonly IndexSection[];
}

export interface TopicAssignment {
  readonly id: string;
  readonly label: string;
  /** The index section the topic belongs to ("D"). */
  readonly section: string;
  /** The section's facet, when it is not the main one ("persons"). */
  readonly facet?: string;
  /** 0..1, higher is surer. */
  readonly score: number;
  readonly lowConfidence: boolean;
  readonly evidence: readonly Span[];
}

export interface MappedRecommendation extends Recommendation {
  readonly topics: readonly TopicAssignment[];
}

/** A coded example: what analysts (or reviewers) decided for one recommendation. */
export interface CodedExample {
  readonly symbol: string;
  readonly paragraph: number;
  readonly subparagraph: string;
  readonly text?: string;
  readonly topics: readonly string[];
  readonly alsoAcceptable?: readonly string[];
  /** Per topic, the phrases of the text the coder highlighted; they become learned key phrases. */
  readonly evidence?: Readonly<Record<string, readonly string[]>>;
}
