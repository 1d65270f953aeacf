// The real corpus, read, mapped and traced once per test file: the European report traced
// into the Kyoto Declaration of the congress report.
import { readDocument } from '../../../src/readers/index.ts';
import { loadCodebook, mapRecommendations } from '../../../src/mapping/index.ts';
import type { Codebook, MappedRecommendation } from '../../../src/mapping/types.ts';
import type { ConcordDocument } from '../../../src/model/types.ts';
import { traceRecommendations, type TraceResult } from '../../../src/tracing/index.ts';
import { corpusPath } from '../../support/shared.ts';

export const KYOTO_SYMBOL = 'A/CONF.234/16';

export interface TracedCorpus {
  readonly congress: ConcordDocument;
  readonly codebook: Codebook;
  readonly recommendations: readonly MappedRecommendation[];
  readonly result: TraceResult;
}

let cached: Promise<TracedCorpus> | undefined;

export function tracedEurope(): Promise<TracedCorpus> {
  cached ??= (async () => {
    const congress = await readDocument(corpusPath('congress-report.txt'));
    const europe = await readDocument(corpusPath('rpm-europe.txt'));
    const codebook = await loadCodebook();
    const recommendations = mapRecommendations(europe.recommendations, codebook);
    const result = traceRecommendations(recommendations, congress, codebook, { outcomeSymbol: KYOTO_SYMBOL });
    return { congress, codebook, recommendations, result };
  })();
  return cached;
}
