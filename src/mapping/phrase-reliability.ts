// Negative evidence from coded examples: a key phrase of a topic that, in the other coded
// recommendations, fired at least as often without the coders taking the topic as with it
// (reliability = (hits + prior) / (fires + prior) at most `misleading`) counts for that much
// less. Phrases that helped more often than they misled keep their full weight.
import type { CompiledCodebook } from './compiled-codebook.ts';
import { contentView, matchPhrase } from './phrase-matcher.ts';
import { tokenize } from '../text/tokens.ts';

/** Topic id + '\u0000' + phrase text -> factor in (0, misleading]; absent means 1. */
export type Reliability = ReadonlyMap<string, number>;

export interface ReliabilityExample {
  readonly id: string;
  readonly text: string;
  readonly topics: readonly string[];
  readonly alsoAcceptable?: readonly string[] | undefined;
}

export const RELIABILITY = {
  /** Pseudo-count of successes every phrase starts with. */
  prior: 1,
  /** A phrase needs this many firings among the examples before it can be discounted. */
  minFires: 2,
  /** Only phrases at most this reliable are discounted (wrong at least as often as right). */
  misleading: 0.5,
};

export const reliabilityKey = (topic: string, phrase: string): string => `${topic}\u0000${phrase}`;

const firedCache = new WeakMap<CompiledCodebook, Map<string, { topic: string; key: string }[]>>();

/** The codebook phrases (with their topic) that fire in a text; cached per codebook and text. */
export function fired(codebook: CompiledCodebook, text: string): { topic: string; key: string }[] {
  let byText = firedCache.get(codebook);
  if (byText === undefined) {
    byText = new Map();
    firedCache.set(codebook, byText);
  }
  const known = byText.get(text);
  if (known !== undefined) return known;
  const view = contentView(tokenize(text));
  const found = codebook.topics.flatMap((t) =>
    t.phrases
      .filter((p) => matchPhrase(p, view).length > 0)
      .map((p) => ({ topic: t.topic.id, key: reliabilityKey(t.topic.id, p.text) })),
  );
  byText.set(text, found);
  return found;
}

/** Discount factors of the misleading codebook phrases, learned from every example but `excludeId`. */
export function phraseReliability(codebook: CompiledCodebook, examples: readonly ReliabilityExample[], excludeId?: string): Reliability {
  const fires = new Map<string, number>();
  const hits = new Map<string, number>();
  for (const example of examples) {
    if (example.id === excludeId) continue;
    const accepted = new Set([...example.topics, ...(example.alsoAcceptable ?? [])]);
    for (const { topic, key } of fired(codebook, example.text)) {
      fires.set(key, (fires.get(key) ?? 0) + 1);
      if (accepted.has(topic)) hits.set(key, (hits.get(key) ?? 0) + 1);
    }
  }
  const factors = new Map<string, number>();
  for (const [key, n] of [...fires].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n < RELIABILITY.minFires) continue;
    const reliability = ((hits.get(key) ?? 0) + RELIABILITY.prior) / (n + RELIABILITY.prior);
    if (reliability <= RELIABILITY.misleading) factors.set(key, reliability);
  }
  return factors;
}
