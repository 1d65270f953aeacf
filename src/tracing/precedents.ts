// Coded traces as precedents: recommendations of other regions (or earlier reviews) that an analyst
// already linked to the outcome. Regional reports ask for the same things in much the same words,
// far closer to each other than to the declaration's drafting, so a recommendation that reads like
// a coded one is likelier to have been taken up where that one was.
import { formatCitation, recommendationId } from '../model/citation.ts';
import { analyse, type Vocabulary } from './analyse.ts';
import { cosine, termVector, type TermVector } from '../mapping/term-vectors.ts';
import { PARAMS } from './params.ts';
import type { LinkStrength } from './types.ts';

/** One recommendation an analyst has linked (the shape of an item of gold/trace.dev.json, with its text). */
export interface CodedTrace {
  readonly symbol: string;
  readonly paragraph: number;
  readonly subparagraph: string;
  readonly text: string;
  /** The outcome paragraphs it was linked to; empty when it was not taken up. */
  readonly links: readonly { readonly paragraph: number; readonly strength: LinkStrength }[];
}

/** Why a paragraph got a precedent bonus: the coded recommendation most like this one that was linked to it. */
export interface Precedent {
  readonly weight: number;
  /** Citation of the coded recommendation ("A/CONF.234/RPM.2/1, para. 33 (a)"). */
  readonly citation: string;
  /** How alike the two recommendations read (cosine of their rarity-weighted terms, 0..1). */
  readonly similarity: number;
}

const EMPTY: TermVector = { weights: new Map(), norm: 0 };

/** Each text's rarity-weighted vector of its analysed terms (words, phrases, concepts; not stems). */
function vectors(texts: readonly string[], vocabulary: Vocabulary): TermVector[] {
  const keys = texts.map((text) => analyse(text, vocabulary).filter((t) => t.kind !== 'stem').map((t) => t.key));
  const df = new Map<string, number>();
  for (const list of keys) for (const key of new Set(list)) df.set(key, (df.get(key) ?? 0) + 1);
  return keys.map((list) => termVector(list, (key) => Math.log(keys.length / (df.get(key) ?? 1))));
}

/**
 * For each recommendation (by id), the outcome paragraphs (by number) its closest coded
 * recommendations were linked to, weighted by how alike they read (a partial link counts half).
 * A recommendation is never its own precedent.
 */
export function precedents(
  recommendations: readonly { readonly id: string; readonly text: string }[],
  coded: readonly CodedTrace[],
  vocabulary: Vocabulary,
): Map<string, Map<number, Precedent>> {
  const out = new Map<string, Map<number, Precedent>>();
  if (coded.length === 0) return out;
  const all = vectors([...recommendations.map((r) => r.text), ...coded.map((c) => c.text)], vocabulary);
  const codedIds = coded.map((c) => recommendationId(c.symbol, c.paragraph, c.subparagraph));
  recommendations.forEach((recommendation, i) => {
    const own = all[i] ?? EMPTY;
    const neighbours = coded
      .map((c, j) => ({ c, id: codedIds[j], similarity: cosine(own, all[recommendations.length + j] ?? EMPTY) }))
      .filter((n) => n.id !== recommendation.id && n.similarity >= PARAMS.precedentSimilarity)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, PARAMS.precedentNeighbours);
    const byParagraph = new Map<number, Precedent>();
    for (const { c, similarity } of neighbours) {
      for (const link of c.links) {
        const weight = similarity * (link.strength === 'strong' ? 1 : 0.5);
        if (weight > (byParagraph.get(link.paragraph)?.weight ?? 0)) {
          byParagraph.set(link.paragraph, { weight, similarity, citation: formatCitation({ symbol: c.symbol, paragraph: c.paragraph, subparagraph: c.subparagraph }) });
        }
      }
    }
    if (byParagraph.size > 0) out.set(recommendation.id, byParagraph);
  });
  return out;
}
