// ConcordDocument -> DocumentSummary, and the decision whether a document belongs in
// the regional annexes: the mapping exercise is about the regional meetings' reports.

import type { ConcordDocument } from '../model/types.ts';
import type { DocumentSummary } from './types.ts';

/** Why a document read fine is still left out of the annexes; undefined when it is mapped. */
export function exclusionOf(doc: ConcordDocument): string | undefined {
  if (doc.kind === 'congress-report') {
    return 'the report of the Congress itself, not of a regional preparatory meeting: left out of the regional annexes (give it with --outcome to trace the recommendations into its declaration)';
  }
  if (doc.recommendations.length === 0) return 'no recommendations found (no lettered items under an "Outcome of deliberations" heading)';
  return undefined;
}

export function summarize(doc: ConcordDocument, source: string): DocumentSummary {
  const excluded = exclusionOf(doc);
  return {
    source,
    format: doc.format,
    symbol: doc.symbol,
    symbolProvisional: doc.symbolProvisional,
    title: doc.title,
    kind: doc.kind,
    ...(doc.region === undefined ? {} : { region: doc.region }),
    ...(doc.meeting === undefined ? {} : { meeting: doc.meeting }),
    recommendationCount: doc.recommendations.length,
    messages: doc.messages,
    ...(excluded === undefined ? {} : { excluded }),
  };
}
