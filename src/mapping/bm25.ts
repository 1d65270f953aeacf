// BM25 ranking of short "documents" (topic descriptions) against a text, over lemma keys,
// through MiniSearch (its BM25+ scoring) with our own tokens.
import MiniSearch from 'minisearch';

export interface KeyDocument {
  readonly id: string;
  readonly keys: readonly string[];
}

export interface Bm25Index {
  /** Scores of the documents among `ids` that share a key with `keys` (others score 0). */
  score(keys: readonly string[], ids: ReadonlySet<string>): Map<string, number>;
}

export function bm25Index(documents: readonly KeyDocument[]): Bm25Index {
  const search = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    tokenize: (text) => text.split(' ').filter((t) => t !== ''),
    processTerm: (term) => term,
    searchOptions: { combineWith: 'OR', prefix: false, fuzzy: false },
  });
  search.addAll(documents.map((d) => ({ id: d.id, text: d.keys.join(' ') })));
  return {
    score(keys, ids) {
      const scores = new Map<string, number>();
      const query = [...new Set(keys)].sort().join(' ');
      if (query === '') return scores;
      for (const hit of search.search(query, { filter: (r) => ids.has(r.id as string) })) {
        scores.set(hit.id as string, hit.score);
      }
      return scores;
    },
  };
}
