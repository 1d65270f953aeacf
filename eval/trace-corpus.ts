// Loads the corpus the tracing eval and bench run on: the congress report (outcome) and the
// regional reports, through the real readers; while they are not available yet, through the
// tracing tests' plain-text stand-in.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readDocument } from '../src/readers/index.ts';
import { loadCodebook, mapRecommendations } from '../src/mapping/index.ts';
import type { Codebook, MappedRecommendation } from '../src/mapping/types.ts';
import type { ConcordDocument, Region } from '../src/model/types.ts';
import { corpusPath } from '../test/support/shared.ts';
import { congressReportFixture, regionalReportFixture } from '../test/tracing/support/corpus-fixture.ts';

export const REGIONAL: readonly { file: string; symbol: string; region: Region }[] = [
  { file: 'rpm-europe.txt', symbol: 'A/CONF.234/RPM.5/1', region: 'Europe' },
  { file: 'rpm-latin-america-caribbean.txt', symbol: 'A/CONF.234/RPM.3/1', region: 'Latin America and the Caribbean' },
  { file: 'rpm-western-asia.txt', symbol: 'A/CONF.234/RPM.2/1', region: 'Western Asia' },
];

export interface TraceCorpus {
  readonly outcome: ConcordDocument;
  readonly regional: readonly ConcordDocument[];
  readonly recommendations: readonly MappedRecommendation[];
  readonly codebook: Codebook;
  /** Which readers and mapping were used: 'readers' or 'fixture'; 'mapping' or 'no topics'. */
  readonly via: string;
}

const EMPTY_CODEBOOK: Codebook = { id: 'none', title: 'none', sections: [] };

export async function loadTraceCorpus(): Promise<TraceCorpus> {
  let outcome: ConcordDocument;
  let regional: ConcordDocument[];
  let via = 'readers';
  try {
    outcome = await readDocument(corpusPath('congress-report.txt'), { symbol: 'A/CONF.234/16' });
    regional = await Promise.all(REGIONAL.map((r) => readDocument(corpusPath(r.file))));
    if (!outcome.paragraphs.some((p) => p.locator?.resolution !== undefined)) throw new Error('no resolution paragraphs yet');
  } catch {
    via = 'fixture';
    outcome = congressReportFixture(corpusPath('congress-report.txt'));
    regional = REGIONAL.map((r) => regionalReportFixture(corpusPath(r.file), r.symbol, r.region));
  }
  const recs = regional.flatMap((d) => d.recommendations);
  let codebook = EMPTY_CODEBOOK;
  let recommendations: MappedRecommendation[];
  try {
    codebook = await loadCodebook();
  } catch {
    // The mapping's loader is still being written: read the shipped codebook as it stands.
    const file = new URL('../codebooks/crime-congress-14.yaml', import.meta.url);
    codebook = parse(readFileSync(file, 'utf8')) as Codebook;
    via += ' + raw codebook';
  }
  try {
    recommendations = mapRecommendations(recs, codebook);
    via += ' + mapping';
  } catch {
    recommendations = recs.map((r) => ({ ...r, topics: [] }));
    via += ' + no topics';
  }
  return { outcome, regional, recommendations, codebook, via };
}
