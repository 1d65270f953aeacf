// Learning from coded examples: a recommendation's close coded neighbours (cosine over
// tf-idf lemma vectors) vote for their topics, and the phrases coders highlighted become
// learned key phrases of their topics.
import { recommendationId } from '../model/citation.ts';
import type { Recommendation } from '../model/types.ts';
import { resolveTexts } from './load-examples.ts';
import { contentKeys } from '../text/tokens.ts';
import { cosine, termVector, type TermVector } from './term-vectors.ts';
import { compilePhrase } from './phrase-matcher.ts';
import type { CompiledPhrase } from './phrase-matcher.ts';
import type { CodedExample } from './types.ts';


export interface Votes {
  /** Topic id -> share (0..1) of the close coded examples, weighted by similarity, that took it. */
  readonly shares: ReadonlyMap<string, number>;
  /** Cosine similarity of the closest coded example (0 when none is close). */
  readonly nearest: number;
}

export interface ExampleModel {
  /** Votes of the coded examples close to a text, among those coding some of `topics`. */
  votes(keys: readonly string[], topics: ReadonlySet<string>, excludeId?: string): Votes;
  readonly size: number;
}

const NEIGHBOURS = 5;
/** Only examples at least this similar vote: regional reports often repeat a recommendation nearly word for word. */
const MIN_SIMILARITY = 0.3;

/** Builds the neighbour model; examples without text are looked up among `recommendations`. */
export function exampleModel(examples: readonly CodedExample[], recommendations: readonly Recommendation[]): ExampleModel {
  const coded = resolveTexts(examples, recommendations).found.map((e) => ({
    id: recommendationId(e.symbol, e.paragraph, e.subparagraph),
    keys: contentKeys(e.text),
    topics: e.topics,
  }));
  const df = new Map<string, number>();
  for (const c of coded) for (const key of new Set(c.keys)) df.set(key, (df.get(key) ?? 0) + 1);
  const n = coded.length;
  const vectorOf = (keys: readonly string[]): TermVector => termVector(keys, (key) => Math.log(1 + n / (1 + (df.get(key) ?? 0))));
  const vectors = coded.map((c) => ({ ...c, vector: vectorOf(c.keys) }));
  return {
    size: vectors.length,
    votes(keys, topics, excludeId) {
      const votes = new Map<string, number>();
      if (vectors.length === 0) return { shares: votes, nearest: 0 };
      const query = vectorOf(keys);
      const sims = vectors
        .filter((v) => v.id !== excludeId && v.topics.some((t) => topics.has(t)))
        .map((v) => ({ v, sim: cosine(query, v.vector) }))
        .filter((x) => x.sim >= MIN_SIMILARITY)
        .sort((a, b) => b.sim - a.sim || (a.v.id < b.v.id ? -1 : 1))
        .slice(0, NEIGHBOURS);
      const total = sims.reduce((s, x) => s + x.sim, 0);
      if (total === 0) return { shares: votes, nearest: 0 };
      for (const { v, sim } of sims) {
        for (const topic of v.topics) votes.set(topic, (votes.get(topic) ?? 0) + sim / total);
      }
      return { shares: votes, nearest: sims[0]?.sim ?? 0 };
    },
  };
}

const learnedCache = new Map<string, CompiledPhrase>();

/** Topic id -> the key phrases coders highlighted for it in the examples (deduplicated, sorted). */
export function learnedPhrases(examples: readonly CodedExample[]): Map<string, CompiledPhrase[]> {
  const texts = new Map<string, Set<string>>();
  for (const example of examples) {
    for (const [topic, phrases] of Object.entries(example.evidence ?? {})) {
      const set = texts.get(topic) ?? new Set<string>();
      for (const phrase of phrases) set.add(phrase.trim());
      texts.set(topic, set);
    }
  }
  const learned = new Map<string, CompiledPhrase[]>();
  for (const topic of [...texts.keys()].sort()) {
    const phrases = [...(texts.get(topic) ?? [])].sort().flatMap((text) => {
      let compiled = learnedCache.get(text);
      if (compiled === undefined) {
        compiled = compilePhrase(text);
        learnedCache.set(text, compiled);
      }
      return compiled.keys.length > 0 ? [compiled] : [];
    });
    learned.set(topic, phrases);
  }
  return learned;
}
