// Scores the candidate topics of one recommendation: key-phrase matches (weighted by how
// telling their words are) blended with BM25 against the topic documents, and, when coded
// examples are given, with the votes of the most similar coded recommendations.
import type { CompiledCodebook, CompiledTopic } from './compiled-codebook.ts';
import { contentView, matchPhrase } from './phrase-matcher.ts';
import type { ContentView, PhraseMatch } from './phrase-matcher.ts';
import type { Token } from './nlp.ts';

export interface TopicScore {
  readonly topic: CompiledTopic;
  readonly score: number;
  readonly matches: readonly PhraseMatch[];
  /** Parts of the score, for explaining and tuning. */
  readonly phrase: number;
  readonly bm25: number;
  readonly vote: number;
}

export const WEIGHTS = {
  /** Phrase evidence saturates: 1 - exp(-raw / tau). */
  tau: 4,
  /** Extra raw weight of each distinct multi-word phrase matched. */
  multiword: 1,
  phrase: 0.7,
  bm25: 0.3,
  /** Share of the final score given to the coded examples' votes when there are examples. */
  vote: 0.45,
};

function phraseMatches(topic: CompiledTopic, view: ContentView): PhraseMatch[] {
  const excluded = topic.exclude.flatMap((p) => matchPhrase(p, view));
  return topic.phrases
    .flatMap((p) => matchPhrase(p, view))
    .filter((m) => !excluded.some((x) => x.first <= m.last && m.first <= x.last));
}

function phraseStrength(matches: readonly PhraseMatch[], tokens: readonly Token[], codebook: CompiledCodebook): number {
  const covered = new Set<number>();
  const multi = new Set<string>();
  for (const m of matches) {
    for (const i of m.tokens) covered.add(i);
    if (m.phrase.keys.length > 1) multi.add(m.phrase.text);
  }
  let raw = multi.size * WEIGHTS.multiword;
  for (const i of [...covered].sort((a, b) => a - b)) raw += codebook.weight(tokens[i]?.key ?? '');
  return 1 - Math.exp(-raw / WEIGHTS.tau);
}

export function scoreTopics(
  tokens: readonly Token[],
  candidates: readonly CompiledTopic[],
  codebook: CompiledCodebook,
  votes: ReadonlyMap<string, number>,
): TopicScore[] {
  const view = contentView(tokens);
  const keys = view.content.map((c) => c.token.key);
  const bm25 = codebook.bm25.score(keys, new Set(candidates.map((t) => t.topic.id)));
  const top = Math.max(0, ...bm25.values());
  const useVotes = votes.size > 0;
  return candidates
    .map((topic) => {
      const matches = phraseMatches(topic, view);
      const phrase = phraseStrength(matches, tokens, codebook);
      const rel = top > 0 ? (bm25.get(topic.topic.id) ?? 0) / top : 0;
      const vote = votes.get(topic.topic.id) ?? 0;
      const base = WEIGHTS.phrase * phrase + WEIGHTS.bm25 * rel;
      const score = useVotes ? (1 - WEIGHTS.vote) * base + WEIGHTS.vote * vote : base;
      return { topic, score, matches, phrase, bm25: rel, vote };
    })
    .sort((a, b) => b.score - a.score || a.topic.order - b.topic.order);
}
