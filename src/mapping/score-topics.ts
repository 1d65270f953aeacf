// Scores the candidate topics of one recommendation: key-phrase matches (weighted by how
// telling their words are) blended with BM25 against the topic documents, and, when coded
// examples are given, with the votes of the most similar coded recommendations; key phrases
// the examples showed to mislead more often than help count for less (phrase-reliability.ts).
import type { CompiledCodebook, CompiledTopic } from './compiled-codebook.ts';
import { contentView, matchPhrase } from './phrase-matcher.ts';
import type { CompiledPhrase, ContentView, PhraseMatch } from './phrase-matcher.ts';
import type { Token } from '../text/tokens.ts';
import type { Votes } from './example-model.ts';
import { reliabilityKey } from './phrase-reliability.ts';
import type { Reliability } from './phrase-reliability.ts';

export interface TopicScore {
  readonly topic: CompiledTopic;
  readonly score: number;
  readonly matches: readonly PhraseMatch[];
  /** Parts of the score, for explaining and tuning. */
  readonly phrase: number;
  readonly bm25: number;
  readonly vote: number;
  /** The classifier's probability for the topic (0 when it has no classifier), and its weight. */
  readonly learned: number;
  readonly learnedWeight: number;
}

export const WEIGHTS = {
  /** Phrase evidence saturates: 1 - exp(-raw / tau). */
  tau: 4,
  /** Extra raw weight of each distinct multi-word phrase matched. */
  multiword: 1,
  phrase: 0.7,
  bm25: 0.3,
  /** How far close coded examples move a score (times their similarity). */
  vote: 1,
  /** Votes below this share lower a topic, above it raise it (0: votes only raise; lowering
   *  topics that moderately similar examples lacked proved wrong across regions). */
  voteCentre: 0,
};

function phraseMatches(topic: CompiledTopic, view: ContentView, learned: readonly CompiledPhrase[]): PhraseMatch[] {
  const excluded = topic.exclude.flatMap((p) => matchPhrase(p, view));
  return [...topic.phrases, ...learned]
    .flatMap((p) => matchPhrase(p, view))
    .filter((m) => !excluded.some((x) => x.first <= m.last && m.first <= x.last));
}

function phraseStrength(
  matches: readonly PhraseMatch[],
  tokens: readonly Token[],
  codebook: CompiledCodebook,
  factor: (m: PhraseMatch) => number,
): number {
  // Each matched word counts once, at the factor of the most reliable phrase covering it.
  const covered = new Map<number, number>();
  const multi = new Map<string, number>();
  for (const m of matches) {
    const f = factor(m);
    for (const i of m.tokens) covered.set(i, Math.max(covered.get(i) ?? 0, f));
    if (m.phrase.keys.length > 1) multi.set(m.phrase.text, Math.max(multi.get(m.phrase.text) ?? 0, f));
  }
  let raw = 0;
  for (const f of multi.values()) raw += f * WEIGHTS.multiword;
  for (const i of [...covered.keys()].sort((a, b) => a - b)) raw += (covered.get(i) ?? 1) * codebook.weight(tokens[i]?.key ?? '');
  return 1 - Math.exp(-raw / WEIGHTS.tau);
}

export function scoreTopics(
  tokens: readonly Token[],
  candidates: readonly CompiledTopic[],
  codebook: CompiledCodebook,
  votes: Votes,
  learned: ReadonlyMap<string, readonly CompiledPhrase[]> = new Map(),
  reliability: Reliability = new Map(),
  classified: ReadonlyMap<string, { readonly p: number; readonly weight: number }> = new Map(),
): TopicScore[] {
  const view = contentView(tokens);
  const keys = view.content.map((c) => c.token.key);
  const bm25 = codebook.bm25.score(keys, new Set(candidates.map((t) => t.topic.id)));
  const top = Math.max(0, ...bm25.values());
  const base = candidates.map((topic) => {
    const matches = phraseMatches(topic, view, learned.get(topic.topic.id) ?? []);
    const id = topic.topic.id;
    const phrase = phraseStrength(matches, tokens, codebook, (m) => reliability.get(reliabilityKey(id, m.phrase.text)) ?? 1);
    const rel = top > 0 ? (bm25.get(topic.topic.id) ?? 0) / top : 0;
    const codebookScore = WEIGHTS.phrase * phrase + WEIGHTS.bm25 * rel;
    // The classifier's say grows with the topic's examples; without them the codebook decides.
    const c = classified.get(id);
    const score = c === undefined ? codebookScore : (1 - c.weight) * codebookScore + c.weight * c.p;
    return { topic, matches, phrase, bm25: rel, learned: c?.p ?? 0, learnedWeight: c?.weight ?? 0, score };
  });
  // Close coded examples raise the topics they took, the more the closer they are;
  // without a close example the codebook decides alone.
  return base
    .map((b) => {
      const vote = votes.shares.get(b.topic.topic.id) ?? 0;
      const lift = votes.nearest > 0 ? WEIGHTS.vote * votes.nearest * (vote - WEIGHTS.voteCentre) : 0;
      return { ...b, vote, score: Math.min(1, Math.max(0, b.score + lift)) };
    })
    .sort((a, b) => b.score - a.score || a.topic.order - b.topic.order);
}
