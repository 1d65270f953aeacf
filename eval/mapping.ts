// Mapping evaluation on the development split (the European report, shared/gold/topics.dev.json):
// the codebook alone, the codebook with coded examples under leave-one-out cross-validation,
// and two baselines, each micro-averaged and per index section.
import { readFileSync } from 'node:fs';
import { readDocument } from '../src/readers/index.ts';
import { loadCodebook, mapRecommendations } from '../src/mapping/index.ts';
import type { CodedExample, Codebook } from '../src/mapping/types.ts';
import type { Recommendation } from '../src/model/types.ts';
import { sharedPath } from '../bench/support/shared.ts';
import { errors, score } from './mapping-score.ts';
import type { GoldItem, Prediction } from './mapping-score.ts';
import { bm25Top, labelOverlap } from './mapping-baselines.ts';

export interface MappingEval {
  readonly rows: readonly { readonly name: string; readonly predictions: readonly Prediction[] }[];
}

const key = (s: string, p: number, sub: string): string => `${s}#${p}${sub}`;

function pair(recs: readonly Recommendation[], gold: readonly GoldItem[], predicted: readonly (readonly string[])[]): Prediction[] {
  return gold.flatMap((item) => {
    const i = recs.findIndex((r) => key(r.symbol, r.paragraph, r.subparagraph) === key(item.symbol, item.paragraph, item.subparagraph));
    const rec = recs[i];
    return rec === undefined ? [] : [{ citation: rec.citation, gold: item, predicted: predicted[i] ?? [] }];
  });
}

/** Leave-one-out: each item is mapped with every other coded item as examples, never its own. */
function crossValidated(recs: readonly Recommendation[], gold: readonly GoldItem[], codebook: Codebook): string[][] {
  const coded: CodedExample[] = gold.flatMap((g) => {
    const rec = recs.find((r) => key(r.symbol, r.paragraph, r.subparagraph) === key(g.symbol, g.paragraph, g.subparagraph));
    return rec ? [{ symbol: g.symbol, paragraph: g.paragraph, subparagraph: g.subparagraph, text: rec.text, topics: g.topics, alsoAcceptable: g.alsoAcceptable, ...(g.evidence ? { evidence: g.evidence } : {}) }] : [];
  });
  return recs.map((rec) => {
    const id = key(rec.symbol, rec.paragraph, rec.subparagraph);
    const examples = coded.filter((c) => key(c.symbol, c.paragraph, c.subparagraph) !== id);
    return mapRecommendations([rec], codebook, { examples })[0]?.topics.map((t) => t.id) ?? [];
  });
}

/** The codebook with its descriptions and key phrases taken out (labels only): shows what examples teach. */
function labelsOnly(codebook: Codebook): Codebook {
  return {
    ...codebook,
    sections: codebook.sections.map((s) => ({
      ...s,
      topics: s.topics.map((t) => ({ ...t, description: '', phrases: [t.label], examples: [] })),
    })),
  };
}

/** Runs the scorings; used by `npm run eval` and by the tests (rows 0-1: the mapping, 2-3: baselines). */
export async function evaluateMapping(): Promise<MappingEval> {
  const doc = await readDocument(sharedPath('corpus', 'crime-congress-14', 'rpm-europe.txt'));
  const gold = (JSON.parse(readFileSync(sharedPath('gold', 'topics.dev.json'), 'utf8')) as { items: GoldItem[] }).items;
  const codebook = await loadCodebook();
  const recs = doc.recommendations;
  const bare = labelsOnly(codebook);
  const alone = mapRecommendations(recs, codebook).map((r) => r.topics.map((t) => t.id));
  return {
    rows: [
      { name: 'codebook alone', predictions: pair(recs, gold, alone) },
      { name: 'codebook + examples (leave-one-out)', predictions: pair(recs, gold, crossValidated(recs, gold, codebook)) },
      { name: 'baseline B1: label lemma overlap', predictions: pair(recs, gold, labelOverlap(recs, codebook)) },
      { name: 'baseline B2: BM25 label+description top 1', predictions: pair(recs, gold, bm25Top(recs, codebook)) },
      { name: 'labels-only codebook', predictions: pair(recs, gold, mapRecommendations(recs, bare).map((r) => r.topics.map((t) => t.id))) },
      { name: 'labels-only codebook + examples (leave-one-out)', predictions: pair(recs, gold, crossValidated(recs, gold, bare)) },
    ],
  };
}

const pct = (x: number): string => x.toFixed(3);

export async function run(): Promise<void> {
  const { rows } = await evaluateMapping();
  console.log(`items: ${rows[0]?.predictions.length ?? 0} (European report, dev split)\n`);
  console.log('| method | P | R | F1 | predicted | gold |\n|---|---|---|---|---|---|');
  for (const { name, predictions } of rows) {
    const s = score(predictions);
    console.log(`| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.predicted} | ${s.gold} |`);
  }
  console.log('\nF1 per index section:\n');
  console.log(`| method | ${['A', 'B', 'C', 'D', 'E', 'F'].join(' | ')} |\n|---|---|---|---|---|---|---|`);
  for (const { name, predictions } of rows) {
    console.log(`| ${name} | ${['A', 'B', 'C', 'D', 'E', 'F'].map((s) => pct(score(predictions, s).f1)).join(' | ')} |`);
  }
  for (const { name, predictions } of rows.slice(0, 2)) {
    console.log(`\nMisses and false positives, ${name}:`);
    for (const line of errors(predictions)) console.log(`  ${line}`);
  }
}
