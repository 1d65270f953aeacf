// BM25 over the outcome's paragraphs: how much of a recommendation's rarity-weighted
// vocabulary (words and two-word phrases) each paragraph carries, normalised to 0..1.
// Scored through an inverted index, so a recommendation costs its terms' postings, not
// its terms times every paragraph; the terms that matched are listed only where asked.
import { analyse, type Term, type TermKind, type Vocabulary } from './analyse.ts';
import { PARAMS } from './params.ts';
import { themes } from './themes.ts';

export interface IndexedParagraph {
  readonly terms: readonly Term[];
  readonly counts: ReadonlyMap<string, number>;
  readonly length: number;
  /** The paragraph's own terms (text, not headings) with their kind weight. */
  readonly own: ReadonlyMap<string, number>;
}

/** A paragraph that carries a key: its position in the index and the key's weighted count there. */
interface Posting {
  readonly paragraph: number;
  readonly tf: number;
}

/** A paragraph whose own terms include a key, and where the key stands among them. */
interface OwnPosting {
  readonly paragraph: number;
  readonly position: number;
}

export interface OutcomeIndex {
  readonly paragraphs: readonly IndexedParagraph[];
  readonly idf: (key: string) => number;
  readonly averageLength: number;
  /** Key -> the paragraphs that carry it (text or headings), in document order. */
  readonly postings: ReadonlyMap<string, readonly Posting[]>;
  /** Key -> the paragraphs whose own terms include it. */
  readonly ownPostings: ReadonlyMap<string, readonly OwnPosting[]>;
  /** Per paragraph: each own term's weight (kind weight x idf), in the order of `own`, and their sum. */
  readonly ownWeights: readonly (readonly number[])[];
  readonly ownTotals: readonly number[];
  /** Per paragraph: BM25's length normalisation. */
  readonly lengthNorms: readonly number[];
}

/** The lexical scores of one query against every paragraph of the index, in document order. */
export interface LexicalScores {
  readonly score: Float64Array;
  readonly coverage: Float64Array;
}

const kindWeight = (kind: TermKind): number =>
  kind === 'word' ? 1 : kind === 'stem' ? PARAMS.stemWeight : kind === 'phrase' ? PARAMS.phraseWeight : kind === 'concept' ? PARAMS.conceptWeight : PARAMS.topicWeight;

export interface Match {
  readonly key: string;
  readonly weight: number;
}

function count(keys: Iterable<string>, into: Map<string, number>, by: number): void {
  for (const key of keys) into.set(key, (into.get(key) ?? 0) + by);
}

/** Indexes each paragraph's text, with the words of its thematic headings (weighted by PARAMS.headingWeight). */
export function indexOutcome(texts: readonly { text: string; headings: readonly string[] }[], vocabulary: Vocabulary): OutcomeIndex {
  const paragraphs = texts.map(({ text, headings }) => {
    const terms = analyse(text, vocabulary);
    const counts = new Map<string, number>();
    count(terms.map((t) => t.key), counts, 1);
    count(new Set(analyse(themes(headings).join('. '), vocabulary).map((t) => t.key)), counts, PARAMS.headingWeight);
    const own = new Map(terms.map((t) => [t.key, kindWeight(t.kind)]));
    return { terms, counts, length: terms.filter((t) => t.kind === 'word').length, own };
  });
  const df = new Map<string, number>();
  for (const paragraph of paragraphs) count(paragraph.counts.keys(), df, 1);
  const n = paragraphs.length;
  const idf = (key: string): number => {
    // A term no paragraph has weighs as much as the rarest one that some paragraph has.
    const d = Math.max(df.get(key) ?? 1, 1);
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const averageLength = paragraphs.reduce((sum, p) => sum + p.length, 0) / Math.max(n, 1);
  const postings = new Map<string, Posting[]>();
  const ownPostings = new Map<string, OwnPosting[]>();
  const ownWeights: number[][] = [];
  const ownTotals: number[] = [];
  paragraphs.forEach((paragraph, i) => {
    for (const [key, tf] of paragraph.counts) {
      const list = postings.get(key) ?? [];
      list.push({ paragraph: i, tf });
      postings.set(key, list);
    }
    const weights: number[] = [];
    let total = 0;
    for (const [key, factor] of paragraph.own) {
      const list = ownPostings.get(key) ?? [];
      list.push({ paragraph: i, position: weights.length });
      ownPostings.set(key, list);
      const weight = factor * idf(key);
      weights.push(weight);
      total += weight;
    }
    ownWeights.push(weights);
    ownTotals.push(total);
  });
  const lengthNorms = paragraphs.map((p) => 1 - PARAMS.b + PARAMS.b * (p.length / Math.max(averageLength, 1)));
  return { paragraphs, idf, averageLength, postings, ownPostings, ownWeights, ownTotals, lengthNorms };
}

/** BM25's saturated gain of a key of `weight` found `tf` times in a paragraph. */
const gainOf = (weight: number, tf: number, lengthNorm: number): number => weight * Math.min(1, (tf * (PARAMS.k1 + 1)) / (tf + PARAMS.k1 * lengthNorm));

/** The query's distinct keys with their kind weight (the last occurrence's kind, as a Map keeps it). */
function queryKeys(query: readonly Term[]): Map<string, number> {
  const keys = new Map<string, number>();
  for (const term of query) keys.set(term.key, kindWeight(term.kind));
  return keys;
}

/**
 * What `scoreAgainst` gives, for every paragraph at once, through the postings. Sums are taken
 * in the same order as `scoreAgainst` takes them, so the scores are the same to the last bit.
 */
export function scoreAll(query: readonly Term[], index: OutcomeIndex): LexicalScores {
  const n = index.paragraphs.length;
  const got = new Float64Array(n);
  const ownHits: (number[] | undefined)[] = new Array<number[] | undefined>(n);
  const keys = queryKeys(query);
  let total = 0;
  for (const [key, factor] of keys) {
    const weight = factor * index.idf(key);
    total += weight;
    for (const { paragraph, tf } of index.postings.get(key) ?? []) got[paragraph] = (got[paragraph] ?? 0) + gainOf(weight, tf, index.lengthNorms[paragraph] ?? 1);
    for (const { paragraph, position } of index.ownPostings.get(key) ?? []) (ownHits[paragraph] ??= []).push(position);
  }
  const score = new Float64Array(n);
  const coverage = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    score[i] = total === 0 ? 0 : (got[i] ?? 0) / total;
    const ownTotal = index.ownTotals[i] ?? 0;
    const hits = ownHits[i];
    if (ownTotal === 0 || hits === undefined) continue;
    const weights = index.ownWeights[i] ?? [];
    let ownGot = 0;
    for (const position of hits.sort((a, b) => a - b)) ownGot += weights[position] ?? 0;
    coverage[i] = ownGot / ownTotal;
  }
  return { score, coverage };
}

/**
 * The recommendation's score against one paragraph (0..1: the share of its rarity-weighted terms
 * the paragraph carries), the share of the paragraph's own terms the recommendation carries
 * (coverage: a short paragraph that says little else is a likelier home), and the terms that matched.
 */
export function scoreAgainst(query: readonly Term[], index: OutcomeIndex, paragraph: IndexedParagraph): { score: number; coverage: number; matches: Match[] } {
  const keys = new Map<string, number>();
  for (const term of query) keys.set(term.key, kindWeight(term.kind));
  let total = 0;
  let got = 0;
  const matches: Match[] = [];
  const lengthNorm = 1 - PARAMS.b + PARAMS.b * (paragraph.length / Math.max(index.averageLength, 1));
  for (const [key, factor] of keys) {
    const weight = factor * index.idf(key);
    total += weight;
    const tf = paragraph.counts.get(key) ?? 0;
    if (tf === 0) continue;
    const gain = weight * Math.min(1, (tf * (PARAMS.k1 + 1)) / (tf + PARAMS.k1 * lengthNorm));
    got += gain;
    matches.push({ key, weight: gain });
  }
  // The other direction: how much of the paragraph's own rarity-weighted vocabulary the recommendation has.
  let ownTotal = 0;
  let ownGot = 0;
  for (const [key, factor] of paragraph.own) {
    const weight = factor * index.idf(key);
    ownTotal += weight;
    if (keys.has(key)) ownGot += weight;
  }
  return { score: total === 0 ? 0 : got / total, coverage: ownTotal === 0 ? 0 : ownGot / ownTotal, matches };
}
