// What a whole run produces and every renderer compiles: the documents read, the
// codebook used, every recommendation with its topics (and trace), and the outcome.

import type { ConcordDocument, Message, Region } from '../model/types.ts';
import type { Codebook, MappedRecommendation } from '../mapping/types.ts';
import type { Outcome, Trace } from '../tracing/types.ts';

export interface DocumentSummary {
  readonly source: string;
  readonly format: ConcordDocument['format'];
  readonly symbol: string;
  readonly symbolProvisional: boolean;
  readonly title: string;
  readonly kind: ConcordDocument['kind'];
  readonly region?: Region;
  readonly meeting?: ConcordDocument['meeting'];
  readonly recommendationCount: number;
  readonly messages: readonly Message[];
  /** Why the document was read but left out of the annexes (no recommendations, the congress report…); absent when it is mapped. */
  readonly excluded?: string;
}

export interface RunRecommendation extends MappedRecommendation {
  readonly trace?: Trace;
}

export interface MappingRun {
  readonly concordVersion: string;
  /** ISO date-time the run was made (the only field that differs between identical runs). */
  readonly generatedAt: string;
  readonly codebook: Codebook;
  readonly documents: readonly DocumentSummary[];
  readonly recommendations: readonly RunRecommendation[];
  readonly outcome?: Outcome;
  /** Files that could not be read, with why. */
  readonly skipped: readonly { readonly source: string; readonly reason: string }[];
  /**
   * The document models read (the mapped reports and the outcome document), for the renderers
   * that export whole documents (qdpx, akn); not part of mapping.json.
   */
  readonly models?: { readonly reports: readonly ConcordDocument[]; readonly outcome?: ConcordDocument; readonly others?: readonly ConcordDocument[] };
  /** How the run is to be presented when it is not the review edition (see renderers/layout/edition.ts); absent for the review edition. */
  readonly edition?: RunEdition;
}

/** A meeting whose report a run is expected to cover, as a document read but not mapped lists it (the Secretariat's snapshot). */
export interface ExpectedMeeting {
  readonly symbol: string;
  readonly region: Region;
  /** "Bangkok, 22-24 January 2019", as the list gives it. */
  readonly where: string;
}

/** The final edition's facts, gathered once from the run and its models, for the background and method note. */
export interface RunEdition {
  readonly name: 'review' | 'final';
  /** Recommendations a reviewer decided on (0 for a run of `concord build`). */
  readonly reviewedCount: number;
  readonly expected: readonly ExpectedMeeting[];
  /** Per mapped report, the report sections (by role) it does not have, of those the codebook's sections apply to. */
  readonly lacking: readonly { readonly symbol: string; readonly roles: readonly string[] }[];
  /** Page of each bookmark in the Word/PDF rendering (from LibreOffice), written as plain numbers into the contents and index. */
  readonly pages?: Readonly<Record<string, number>>;
}
