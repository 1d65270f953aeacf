// `npm run eval` (tracing part): traces the European recommendations into the Kyoto Declaration
// and scores them against ../shared/gold/trace.dev.json, beside a plain BM25 baseline.
import { readFileSync } from 'node:fs';
import { sharedPath } from '../test/support/shared.ts';
import { traceRecommendations, selectOutcome } from '../src/tracing/index.ts';
import { loadTraceCorpus } from './trace-corpus.ts';
import { baselineTrace } from './trace-baseline.ts';
import { scoreTraces, type GoldTraceItem, type TraceScores } from './trace-scores.ts';

export const OUTCOME_SYMBOL = 'A/CONF.234/16';

export async function evaluateTracing(): Promise<{ concord: TraceScores; baseline: TraceScores; via: string }> {
  const gold = (JSON.parse(readFileSync(sharedPath('gold', 'trace.dev.json'), 'utf8')) as { items: GoldTraceItem[] }).items;
  const corpus = await loadTraceCorpus();
  const symbols = new Set(gold.map((g) => g.symbol));
  const recommendations = corpus.recommendations.filter((r) => symbols.has(r.symbol));
  const { traces } = traceRecommendations(recommendations, corpus.outcome, corpus.codebook, { outcomeSymbol: OUTCOME_SYMBOL });
  const proposed = new Map([...traces].map(([id, t]) => [id, t.links.map((l) => l.paragraph)]));
  const baseline = baselineTrace(recommendations, selectOutcome(corpus.outcome, OUTCOME_SYMBOL).paragraphs);
  return { concord: scoreTraces(gold, proposed), baseline: scoreTraces(gold, baseline), via: corpus.via };
}

const f = (n: number): string => n.toFixed(3);

export async function run(): Promise<void> {
  const { concord, baseline, via } = await evaluateTracing();
  console.log(`Tracing, dev split (European report, ${concord.items} recommendations; ${via})\n`);
  console.log('| measure | concord | baseline (BM25 top 1) | target |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| strong-link recall@3 | ${f(concord.strongRecallAt3)} | ${f(baseline.strongRecallAt3)} | >= 0.9 |`);
  console.log(`| link precision | ${f(concord.linkPrecision)} | ${f(baseline.linkPrecision)} | >= 0.7 |`);
  console.log(`| links proposed | ${concord.proposed} | ${baseline.proposed} | |`);
  console.log(`| not-taken-up accuracy | ${f(concord.notTakenUpAccuracy)} | ${f(baseline.notTakenUpAccuracy)} | |`);
  console.log(`| not-taken-up precision | ${f(concord.notTakenUpPrecision)} | ${f(baseline.notTakenUpPrecision)} | |`);
  console.log(`| not-taken-up recall | ${f(concord.notTakenUpRecall)} | ${f(baseline.notTakenUpRecall)} | |`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
