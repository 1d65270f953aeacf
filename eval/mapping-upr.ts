// Mapping evaluation on the Universal Periodic Review: the third cycle of Slovenia (A/HRC/43/15)
// mapped onto codebook uhri and scored against OHCHR's own coding (the UPR34 thematic list),
// zero-shot, with the second cycle's list (UPR20, through the crosswalk) as examples, beside the
// label-overlap and BM25 baselines; the learning curve; and 5-fold cross-validation within the list.
import { loadCodebook, mapRecommendations } from '../src/mapping/index.ts';
import type { Codebook, CodedExample, MappedRecommendation } from '../src/mapping/types.ts';
import type { Recommendation } from '../src/model/types.ts';
import { recommendationId } from '../src/model/citation.ts';
import { bm25Top, labelOverlap } from './mapping-baselines.ts';
import { score, type GoldItem, type Prediction, type Scores } from './mapping-score.ts';
import { listGold, secondCycleExamples, thirdCycleRecommendations, THIRD_CYCLE_LIST } from './upr-corpus.ts';

export interface UprRow {
  readonly name: string;
  readonly themes: Scores;
  readonly persons?: Scores;
}

const idOf = (x: { symbol: string; paragraph: number; subparagraph: string }): string => recommendationId(x.symbol, x.paragraph, x.subparagraph);

function pair(recs: readonly Recommendation[], gold: readonly GoldItem[], predicted: readonly (readonly string[])[]): Prediction[] {
  const index = new Map(recs.map((r, i) => [idOf(r), i]));
  return gold.flatMap((item) => {
    const i = index.get(idOf(item));
    const rec = i === undefined ? undefined : recs[i];
    return rec === undefined ? [] : [{ citation: rec.citation, gold: item, predicted: predicted[i ?? -1] ?? [] }];
  });
}

/** The codebook's main facet only: what the baselines choose among. */
function themesOnly(codebook: Codebook): Codebook {
  return { ...codebook, sections: codebook.sections.filter((s) => s.facet === undefined) };
}

/** The same examples in an order fixed by a seeded shuffle, so that the curve's subsets nest and repeat. */
function shuffled<T>(items: readonly T[], seed = 20200101): T[] {
  const out = [...items];
  let state = seed;
  const next = (): number => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state / 2 ** 32; };
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface UprEval {
  readonly items: number;
  readonly examples: number;
  readonly rows: readonly UprRow[];
  readonly curve: readonly { readonly examples: number; readonly f1: number }[];
}

/** Runs every scoring; used by `npm run eval` and the tests (rows: zero-shot, with examples, B1, B2, cross-validated). */
export async function evaluateUprMapping(): Promise<UprEval> {
  const codebook = await loadCodebook('uhri');
  const persons = new Set(codebook.sections.filter((s) => s.facet !== undefined).flatMap((s) => s.topics.map((t) => t.id)));
  const recs = await thirdCycleRecommendations();
  const gold = listGold(THIRD_CYCLE_LIST, codebook);
  const examples = secondCycleExamples(codebook);
  const split = (mapped: readonly MappedRecommendation[]): { themes: string[][]; persons: string[][] } => ({
    themes: mapped.map((r) => r.topics.map((t) => t.id).filter((id) => !persons.has(id))),
    persons: mapped.map((r) => r.topics.map((t) => t.id).filter((id) => persons.has(id))),
  });
  const scored = (name: string, mapped: readonly MappedRecommendation[]): UprRow => {
    const p = split(mapped);
    return { name, themes: score(pair(recs, gold.themes, p.themes)), persons: score(pair(recs, gold.persons, p.persons)) };
  };
  const withExamples = (coded: readonly CodedExample[]): MappedRecommendation[] => mapRecommendations(recs, codebook, coded.length === 0 ? {} : { examples: coded });
  // 5-fold cross-validation within the third cycle's own list: each fold mapped with the other four as examples.
  const thirdCoded: CodedExample[] = gold.themes.map((g, i) => ({ symbol: g.symbol, paragraph: g.paragraph, subparagraph: g.subparagraph, text: recs.find((r) => idOf(r) === idOf(g))?.text ?? '', topics: [...g.topics, ...(gold.persons[i]?.topics ?? [])] }));
  const folds = 5;
  const order = shuffled(thirdCoded.map((_, i) => i));
  const foldOf = new Map(order.map((i, k) => [idOf(thirdCoded[i] as CodedExample), k % folds]));
  const cv: MappedRecommendation[] = new Array(recs.length);
  for (let f = 0; f < folds; f += 1) {
    const train = thirdCoded.filter((c) => foldOf.get(idOf(c)) !== f);
    const testIdx = recs.map((r, i) => [r, i] as const).filter(([r]) => foldOf.get(idOf(r)) === f);
    const mapped = mapRecommendations(testIdx.map(([r]) => r), codebook, { examples: train });
    testIdx.forEach(([, i], k) => { cv[i] = mapped[k] as MappedRecommendation; });
  }
  const bare = themesOnly(codebook);
  const rows: UprRow[] = [
    scored('third cycle, zero-shot (codebook alone)', withExamples([])),
    scored(`third cycle, the second cycle's list as examples (${examples.length}, through the crosswalk)`, withExamples(examples)),
    { name: 'baseline B1: label lemma overlap', themes: score(pair(recs, gold.themes, labelOverlap(recs, bare))) },
    { name: 'baseline B2: BM25 label+description top 1', themes: score(pair(recs, gold.themes, bm25Top(recs, bare))) },
    scored('third cycle, 5-fold cross-validation within its own list', cv),
  ];
  const ordered = shuffled(examples);
  const curve = [0, 25, 50, 100, ordered.length].map((n) => ({ examples: n, f1: scored('', withExamples(ordered.slice(0, n))).themes.f1 }));
  return { items: gold.themes.length, examples: examples.length, rows, curve };
}

const f = (x: number): string => x.toFixed(3);

export async function run(): Promise<void> {
  const { items, examples, rows, curve } = await evaluateUprMapping();
  console.log(`items: ${items} recommendations of A/HRC/43/15 (as Concord parses them from A-HRC-43-15.pdf), answers: OHCHR's UHRI themes in the UPR34 list; examples: ${examples} of the UPR20 list\n`);
  console.log('| method | themes P | R | F1 | predicted | gold | persons P | R | F1 |\n|---|---|---|---|---|---|---|---|---|');
  for (const { name, themes, persons } of rows) {
    console.log(`| ${name} | ${f(themes.precision)} | ${f(themes.recall)} | ${f(themes.f1)} | ${themes.predicted} | ${themes.gold} | ${persons === undefined ? '' : `${f(persons.precision)} | ${f(persons.recall)} | ${f(persons.f1)}`} |`);
  }
  console.log('\nLearning curve (themes micro-F1, third cycle, with the first N of the second cycle\'s examples in a fixed shuffled order):\n');
  console.log(`| examples | ${curve.map((c) => c.examples).join(' | ')} |\n|---|${curve.map(() => '---').join('|')}|`);
  console.log(`| F1 | ${curve.map((c) => f(c.f1)).join(' | ')} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
