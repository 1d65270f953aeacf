// Contract of the tracing phase: the outcome document's paragraphs and, for every
// recommendation, the paragraphs that took it up.

import type { Span } from '../mapping/types.ts';
import type { OutcomePart } from './paragraph-key.ts';

export type { OutcomePart, ParagraphRef } from './paragraph-key.ts';

export type LinkStrength = 'strong' | 'partial';
export type TraceStatus = 'strong' | 'partial' | 'not-taken-up';

export interface OutcomeParagraph {
  /** The number within its part: a preambular paragraph's place in the preamble (1, 2, …), else the operative paragraph's own number. */
  readonly number: number;
  /** 'preamble' for a preambular paragraph; absent for an operative (numbered) one. */
  readonly part?: OutcomePart;
  readonly citation: string;
  readonly text: string;
  /** Part and thematic heading it stands under, top down: ["We therefore endeavour…", "Advancing crime prevention", "Evidence-based crime prevention"]. */
  readonly headings: readonly string[];
  /** Topics of the codebook the paragraph is about (ids), as the mapping sees it. */
  readonly topics: readonly string[];
}

export interface TraceLink {
  /** The paragraph's number within its part (see `part`). */
  readonly paragraph: number;
  /** 'preamble' when the paragraph is preambular; absent for an operative paragraph (as in every link written before). */
  readonly part?: OutcomePart;
  readonly citation: string;
  readonly strength: LinkStrength;
  readonly score: number;
  /** Part and thematic heading the linked paragraph stands under (for annexes: "para. 22 (Evidence-based crime prevention)"). */
  readonly headings?: readonly string[];
  readonly evidence: {
    readonly recommendation: readonly Span[];
    readonly outcome: readonly Span[];
  };
  /** A coded recommendation like this one that an analyst linked to the same paragraph (only with examples). */
  readonly precedent?: { readonly citation: string; readonly similarity: number };
}

/** A paragraph ranked next after the links: not proposed, but where a reviewer should look first. */
export type TraceCandidate = Pick<TraceLink, 'paragraph' | 'part' | 'citation' | 'score' | 'headings'>;

export interface Trace {
  readonly status: TraceStatus;
  readonly links: readonly TraceLink[];
  /** The next-best paragraphs, best first (absent in traces written before candidates existed). */
  readonly candidates?: readonly TraceCandidate[];
  /** A reviewer decided these links (set only by the workbench's reviewed run): only then is "not-taken-up" a finding, not "no corresponding paragraph identified". */
  readonly reviewed?: true;
  /** Traced into a positions addendum (a UPR review): the State's position on the recommendation… */
  readonly position?: 'supported' | 'noted';
  /** …and where it is stated: "A/HRC/43/15/Add.1, para. 3". */
  readonly source?: string;
}

export interface ReverseLink {
  readonly recommendationId: string;
  readonly citation: string;
  readonly region?: string;
  readonly strength: LinkStrength;
  readonly score: number;
}

export interface CoverageRow {
  /** Region name or topic id. */
  readonly key: string;
  readonly label: string;
  readonly total: number;
  readonly strong: number;
  readonly partial: number;
  readonly notTakenUp: number;
  /** Ids of the recommendations not taken up. */
  readonly notTakenUpIds: readonly string[];
}

export interface Outcome {
  readonly symbol: string;
  readonly title: string;
  readonly source: string;
  /** The unnumbered text before the operative part, as read (the author's formula "We, …," included). */
  readonly preamble: readonly string[];
  /** The preambular paragraphs (`part: 'preamble'`, numbered from 1 within the preamble), then the operative ones. */
  readonly paragraphs: readonly (OutcomeParagraph & { readonly reverse: readonly ReverseLink[] })[];
  readonly coverage: {
    readonly byRegion: readonly CoverageRow[];
    readonly byTopic: readonly CoverageRow[];
  };
}
