// BM25 ranking of short "documents" (topic descriptions) against a text, over lemma keys,
// through MiniSearch (its BM25+ scoring) with our own tokens. MiniSearch scores each key of
// the few topic documents once, when the index is built; a text's score for a document is then
// MiniSearch's own OR combination (the keys' scores summed in sorted key order, times the number
// of keys matched), without a search, its result objects and their sort per recommendation.
import MiniSearch from 'minisearch';

export interface KeyDocument {
  readonly id: string;
  readonly keys: readonly string[];
}

export interface Bm25Index {
  /** Scores of the documents among `ids` that share a key with `keys` (others score 0). */
  score(keys: readonly string[], ids: ReadonlySet<string>): Map<string, number>;
}

const terms = (text: string): string[] => text.split(' ').filter((t) => t !== '');

export function bm25Index(documents: readonly KeyDocument[]): Bm25Index {
  const search = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    tokenize: terms,
    processTerm: (term) => term,
    searchOptions: { combineWith: 'OR', prefix: false, fuzzy: false },
  });
  search.addAll(documents.map((d) => ({ id: d.id, text: d.keys.join(' ') })));
  // Key -> each document that has it with the key's BM25+ score there (a one-key search scores exactly that).
  const postings = new Map<string, { id: string; score: number }[]>();
  for (const key of new Set(documents.flatMap((d) => terms(d.keys.join(' '))))) {
    postings.set(key, search.search(key).map((hit) => ({ id: hit.id as string, score: hit.score })));
  }
  return {
    score(keys, ids) {
      const sums = new Map<string, { score: number; matched: number }>();
      for (const key of terms([...new Set(keys)].sort().join(' '))) {
        for (const { id, score } of postings.get(key) ?? []) {
          if (!ids.has(id)) continue;
          const sum = sums.get(id);
          if (sum === undefined) sums.set(id, { score, matched: 1 });
          else {
            sum.score += score;
            sum.matched += 1;
          }
        }
      }
      return new Map([...sums].map(([id, { score, matched }]) => [id, score * matched]));
    },
  };
}
