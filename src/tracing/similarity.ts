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

/** The paragraphs that carry a key, in document order, with BM25's saturation of the key's count in each. */
interface Postings {
  readonly paragraphs: Int32Array;
  /** min(1, tf (k1 + 1) / (tf + k1 lengthNorm)): a key of weight w gains w times this. */
  readonly saturation: Float64Array;
}

export interface OutcomeIndex {
  readonly paragraphs: readonly IndexedParagraph[];
  readonly idf: (key: string) => number;
  readonly averageLength: number;
  /** Key -> the paragraphs that carry it (text or headings). */
  readonly postings: ReadonlyMap<string, Postings>;
  /**
   * Key -> where it stands among the paragraphs' own terms: every paragraph's own terms are numbered
   * in one run, paragraph after paragraph, each in the order of its `own`.
   */
  readonly ownPostings: ReadonlyMap<string, Int32Array>;
  /** By that numbering: the own term's paragraph and weight (kind weight x idf). */
  readonly ownParagraph: Int32Array;
  readonly ownWeight: Float64Array;
  /** Per paragraph: the sum of its own terms' weights, in their order. */
  readonly ownTotals: readonly number[];
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

/**
 * Indexes each paragraph's text, with the words of its thematic headings (weighted by PARAMS.headingWeight).
 * With `statsFrom`, the paragraphs are weighed by that index's rarities and average length (the preamble
 * in the operative part's terms), so their scores compare with its scores and leave them as they were.
 */
export function indexOutcome(texts: readonly { text: string; headings: readonly string[] }[], vocabulary: Vocabulary, statsFrom?: OutcomeIndex): OutcomeIndex {
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
  const idf =
    statsFrom?.idf ??
    ((key: string): number => {
      // A term no paragraph has weighs as much as the rarest one that some paragraph has.
      const d = Math.max(df.get(key) ?? 1, 1);
      return Math.log(1 + (n - d + 0.5) / (d + 0.5));
    });
  const averageLength = statsFrom?.averageLength ?? paragraphs.reduce((sum, p) => sum + p.length, 0) / Math.max(n, 1);
  const lengthNorms = paragraphs.map((p) => 1 - PARAMS.b + PARAMS.b * (p.length / Math.max(averageLength, 1)));
  const carried = new Map<string, { paragraphs: number[]; saturation: number[] }>();
  const own = new Map<string, number[]>();
  const ownParagraph: number[] = [];
  const ownWeight: number[] = [];
  const ownTotals: number[] = [];
  paragraphs.forEach((paragraph, i) => {
    const lengthNorm = lengthNorms[i] ?? 1;
    for (const [key, tf] of paragraph.counts) {
      const list = carried.get(key) ?? { paragraphs: [], saturation: [] };
      list.paragraphs.push(i);
      list.saturation.push(Math.min(1, (tf * (PARAMS.k1 + 1)) / (tf + PARAMS.k1 * lengthNorm)));
      carried.set(key, list);
    }
    let total = 0;
    for (const [key, factor] of paragraph.own) {
      const list = own.get(key) ?? [];
      list.push(ownWeight.length);
      own.set(key, list);
      const weight = factor * idf(key);
      ownParagraph.push(i);
      ownWeight.push(weight);
      total += weight;
    }
    ownTotals.push(total);
  });
  const postings = new Map([...carried].map(([key, list]) => [key, { paragraphs: Int32Array.from(list.paragraphs), saturation: Float64Array.from(list.saturation) }]));
  const ownPostings = new Map([...own].map(([key, list]) => [key, Int32Array.from(list)]));
  return { paragraphs, idf, averageLength, postings, ownPostings, ownParagraph: Int32Array.from(ownParagraph), ownWeight: Float64Array.from(ownWeight), ownTotals };
}

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
  const keys = queryKeys(query);
  const hits: Int32Array[] = [];
  let hitCount = 0;
  let total = 0;
  for (const [key, factor] of keys) {
    const weight = factor * index.idf(key);
    total += weight;
    const carried = index.postings.get(key);
    if (carried !== undefined) {
      const { paragraphs, saturation } = carried;
      for (let j = 0; j < paragraphs.length; j += 1) {
        const p = paragraphs[j] ?? 0;
        got[p] = (got[p] ?? 0) + weight * (saturation[j] ?? 0);
      }
    }
    const own = index.ownPostings.get(key);
    if (own !== undefined) {
      hits.push(own);
      hitCount += own.length;
    }
  }
  const score = new Float64Array(n);
  for (let i = 0; i < n; i += 1) score[i] = total === 0 ? 0 : (got[i] ?? 0) / total;
  // The paragraph side: each paragraph's own terms that the query has, summed in the paragraph's order.
  const ordered = new Int32Array(hitCount);
  let at = 0;
  for (const list of hits) {
    ordered.set(list, at);
    at += list.length;
  }
  ordered.sort();
  const ownGot = new Float64Array(n);
  for (const position of ordered) {
    const p = index.ownParagraph[position] ?? 0;
    ownGot[p] = (ownGot[p] ?? 0) + (index.ownWeight[position] ?? 0);
  }
  const coverage = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const ownTotal = index.ownTotals[i] ?? 0;
    coverage[i] = ownTotal === 0 ? 0 : (ownGot[i] ?? 0) / ownTotal;
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
