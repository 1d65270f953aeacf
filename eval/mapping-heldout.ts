// Mapping evaluation on a held-out sample: the Latin American and Caribbean and Western Asia
// reports, coded by an analyst who never saw the codebook or Concord's output
// (eval/heldout/topics.heldout.json). The codebook was written and tuned on the European
// report only, so this is the honest estimate of how the mapping carries over to other regions.
import { readFileSync } from 'node:fs';
import { readDocument } from '../src/readers/index.ts';
import { loadCodebook, mapRecommendations } from '../src/mapping/index.ts';
import type { CodedExample } from '../src/mapping/types.ts';
import type { Recommendation } from '../src/model/types.ts';
import { corpusPath, sharedPath } from '../bench/support/shared.ts';
import { errors, score } from './mapping-score.ts';
import type { GoldItem, Prediction } from './mapping-score.ts';
import { bm25Top, labelOverlap } from './mapping-baselines.ts';

const key = (s: string, p: number, sub: string): string => `${s}#${p}${sub}`;

function pair(recs: readonly Recommendation[], gold: readonly GoldItem[], predicted: readonly (readonly string[])[]): Prediction[] {
  const index = new Map(recs.map((r, i) => [key(r.symbol, r.paragraph, r.subparagraph), i]));
  return gold.flatMap((item) => {
    const i = index.get(key(item.symbol, item.paragraph, item.subparagraph));
    const rec = i === undefined ? undefined : recs[i];
    return rec === undefined || i === undefined ? [] : [{ citation: rec.citation, gold: item, predicted: predicted[i] ?? [] }];
  });
}

/** The European analysts' coding as examples: "an analyst codes one region and Concord codes the rest". */
async function europeanExamples(): Promise<CodedExample[]> {
  const europe = await readDocument(corpusPath('rpm-europe.txt'));
  const gold = (JSON.parse(readFileSync(sharedPath('gold', 'topics.dev.json'), 'utf8')) as { items: GoldItem[] }).items;
  const texts = new Map(europe.recommendations.map((r) => [key(r.symbol, r.paragraph, r.subparagraph), r.text]));
  return gold.flatMap((g) => {
    const text = texts.get(key(g.symbol, g.paragraph, g.subparagraph));
    return text === undefined ? [] : [{ symbol: g.symbol, paragraph: g.paragraph, subparagraph: g.subparagraph, text, topics: g.topics, alsoAcceptable: g.alsoAcceptable }];
  });
}

export async function run(): Promise<void> {
  const file = new URL('./heldout/topics.heldout.json', import.meta.url);
  const gold = (JSON.parse(readFileSync(file, 'utf8')) as { items: GoldItem[] }).items;
  const docs = await Promise.all(['rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'].map((f) => readDocument(corpusPath(f))));
  const recs = docs.flatMap((d) => d.recommendations);
  const codebook = await loadCodebook();
  const topicIds = (mapped: readonly { topics: readonly { id: string }[] }[]): string[][] => mapped.map((r) => r.topics.map((t) => t.id));
  const rows = [
    { name: 'codebook alone', predictions: pair(recs, gold, topicIds(mapRecommendations(recs, codebook))) },
    { name: 'codebook + European gold as examples', predictions: pair(recs, gold, topicIds(mapRecommendations(recs, codebook, { examples: await europeanExamples() }))) },
    { name: 'baseline B1: label lemma overlap', predictions: pair(recs, gold, labelOverlap(recs, codebook)) },
    { name: 'baseline B2: BM25 label+description top 1', predictions: pair(recs, gold, bm25Top(recs, codebook)) },
  ];
  const pct = (x: number): string => x.toFixed(3);
  console.log(`items: ${rows[0]?.predictions.length ?? 0} of ${gold.length} (LAC and Western Asia, held-out sample coded by an independent analyst)\n`);
  console.log('| method | P | R | F1 | predicted | gold |\n|---|---|---|---|---|---|');
  for (const { name, predictions } of rows) {
    const s = score(predictions);
    console.log(`| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.predicted} | ${s.gold} |`);
  }
  console.log('\nF1 per index section:\n');
  console.log(`| method | A | B | C | D | E | F |\n|---|---|---|---|---|---|---|`);
  for (const { name, predictions } of rows) {
    console.log(`| ${name} | ${['A', 'B', 'C', 'D', 'E', 'F'].map((s) => pct(score(predictions, s).f1)).join(' | ')} |`);
  }
  console.log('\nMisses and false positives, codebook alone:');
  for (const line of errors(rows[0]?.predictions ?? [])) console.log(`  ${line}`);
}
