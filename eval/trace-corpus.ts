// Loads the corpus the tracing eval and bench run on: the congress report (the outcome, symbol
// given as a user would with --symbol, since its text does not state it), the three regional
// reports, the shipped codebook, and every recommendation mapped onto it.
import { readDocument } from '../src/readers/index.ts';
import { loadCodebook, mapRecommendations } from '../src/mapping/index.ts';
import type { Codebook, MappedRecommendation } from '../src/mapping/types.ts';
import type { ConcordDocument } from '../src/model/types.ts';
import { corpusPath } from '../bench/support/shared.ts';

export const REGIONAL_FILES = ['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'] as const;

export interface TraceCorpus {
  readonly outcome: ConcordDocument;
  readonly regional: readonly ConcordDocument[];
  readonly recommendations: readonly MappedRecommendation[];
  readonly codebook: Codebook;
  /** What the corpus was read with, for the printed tables. */
  readonly via: string;
}

export async function loadTraceCorpus(): Promise<TraceCorpus> {
  const outcome = await readDocument(corpusPath('congress-report.txt'), { symbol: 'A/CONF.234/16' });
  const regional = await Promise.all(REGIONAL_FILES.map((file) => readDocument(corpusPath(file))));
  const codebook = await loadCodebook();
  const recommendations = mapRecommendations(regional.flatMap((d) => d.recommendations), codebook);
  return { outcome, regional, recommendations, codebook, via: `txt readers, codebook ${codebook.id}` };
}
