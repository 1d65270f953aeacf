// Tracing: recommendations -> paragraphs of the outcome document that took them up. (stub)
import type { ConcordDocument } from '../model/types.ts';
import type { Codebook, MappedRecommendation } from '../mapping/types.ts';
import type { Outcome, Trace } from './types.ts';

export type * from './types.ts';

export interface TraceOptions {
  /** Symbol of the outcome document when it does not say it (--outcome-symbol). */
  readonly outcomeSymbol?: string;
}

export interface TraceResult {
  /** Keyed by recommendation id. */
  readonly traces: ReadonlyMap<string, Trace>;
  readonly outcome: Outcome;
}

/** Traces every recommendation into the outcome document (e.g. the Kyoto Declaration in the congress report). */
export function traceRecommendations(
  _recommendations: readonly MappedRecommendation[],
  _outcomeDocument: ConcordDocument,
  _codebook: Codebook,
  _options: TraceOptions = {},
): TraceResult {
  throw new Error('traceRecommendations not implemented yet');
}
