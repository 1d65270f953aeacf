// BM25 over the outcome's paragraphs: how much of a recommendation's rarity-weighted
// vocabulary (words and two-word phrases) each paragraph carries, normalised to 0..1.
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

export interface OutcomeIndex {
  readonly paragraphs: readonly IndexedParagraph[];
  readonly idf: (key: string) => number;
  readonly averageLength: number;
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
  return { paragraphs, idf, averageLength };
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
