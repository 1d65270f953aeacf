// Full-text search over every paragraph and recommendation of a project (minisearch,
// built in memory once per project state), with filters applied on the review state.
import MiniSearch from 'minisearch';
import type { SearchHit, SearchResult } from '../api-types.ts';
import type { ProjectState, RecEntry } from '../project/state.ts';
import { summaryOf } from './recommendation.ts';

interface Doc {
  readonly key: string;
  readonly kind: 'recommendation' | 'paragraph';
  readonly id: string;
  readonly documentId: number;
  readonly citation: string;
  readonly text: string;
  readonly region: string | null;
}

interface Index {
  readonly mini: MiniSearch<Doc>;
  readonly docs: Map<string, Doc>;
}

function buildIndex(state: ProjectState): Index {
  const docs = new Map<string, Doc>();
  const add = (doc: Doc): void => void docs.set(doc.key, doc);
  for (const entry of state.recs.values()) {
    const { rec } = entry;
    add({ key: `r:${rec.id}`, kind: 'recommendation', id: rec.id, documentId: entry.documentId, citation: rec.citation, text: rec.text, region: entry.region });
  }
  const documents = state.outcomeDocument === null ? state.reports : [...state.reports, state.outcomeDocument];
  for (const { row, model } of documents) {
    for (const paragraph of model.paragraphs) {
      const text = [paragraph.text, ...paragraph.items.map((i) => `(${i.label}) ${i.text}`)].join('\n');
      add({
        key: `p:${row.id}:${paragraph.id}`,
        kind: 'paragraph',
        id: paragraph.id,
        documentId: row.id,
        citation: paragraph.citation ?? `${model.symbol}, ${paragraph.section.at(-1) ?? ''}`.trim(),
        text,
        region: model.region ?? null,
      });
    }
  }
  const mini = new MiniSearch<Doc>({ idField: 'key', fields: ['text', 'citation'], searchOptions: { boost: { text: 2 } } });
  mini.addAll([...docs.values()]);
  return { mini, docs };
}

/**
 * A typed word is also the start of longer words only from three letters on: "of" finds
 * "of", not "Office" and "offenders", while "traffick" still finds "trafficking". The hit's
 * terms are the words of the text that matched, which the front end marks as whole words.
 */
const MIN_PREFIX = 3;

export interface SearchFilter {
  readonly q: string;
  readonly region?: string | undefined;
  readonly section?: string | undefined;
  readonly topic?: string | undefined;
  readonly state?: 'reviewed' | 'unreviewed' | undefined;
  readonly lowConfidence?: boolean | undefined;
  readonly kind?: 'recommendation' | 'paragraph' | undefined;
  readonly limit: number;
}

export function search(state: ProjectState, filter: SearchFilter): SearchResult {
  const index = (state.searchIndex ??= buildIndex(state)) as Index;
  const recFilters = filter.section !== undefined || filter.topic !== undefined || filter.state !== undefined || filter.lowConfidence !== undefined;
  const kind = filter.kind ?? (recFilters ? 'recommendation' : undefined);
  const q = filter.q.trim();
  const ranked: { doc: Doc; score: number; terms: string[] }[] =
    q === ''
      ? [...index.docs.values()].filter((d) => d.kind === 'recommendation').map((doc) => ({ doc, score: 0, terms: [] }))
      : index.mini
          .search(q, { prefix: (term) => term.length >= MIN_PREFIX, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND' })
          .flatMap((r) => {
            const doc = index.docs.get(String(r.id));
            return doc === undefined ? [] : [{ doc, score: r.score, terms: r.terms }];
          });
  const hits: SearchHit[] = [];
  let total = 0;
  for (const { doc, score, terms } of ranked) {
    if (kind !== undefined && doc.kind !== kind) continue;
    if (filter.region !== undefined && doc.region !== filter.region) continue;
    let topics: string[] | null = null;
    let reviewState: SearchHit['reviewState'] = null;
    const needed = doc.kind === 'recommendation' && (recFilters || hits.length < filter.limit);
    if (needed) {
      // Review state is computed only for hits that are filtered on or returned.
      const summary = summaryOf(state, state.recs.get(doc.id) as RecEntry);
      if (filter.topic !== undefined && !summary.topics.some((t) => t.id === filter.topic)) continue;
      if (filter.section !== undefined && !summary.topics.some((t) => t.section === filter.section)) continue;
      if (filter.state !== undefined && summary.reviewState !== filter.state) continue;
      if (filter.lowConfidence !== undefined && summary.lowConfidence !== filter.lowConfidence) continue;
      topics = summary.topics.map((t) => t.id);
      reviewState = summary.reviewState;
    }
    total += 1;
    if (hits.length < filter.limit) {
      hits.push({ kind: doc.kind, id: doc.id, documentId: doc.documentId, citation: doc.citation, text: doc.text, region: doc.region, score, terms, topics, reviewState });
    }
  }
  return { total, hits };
}
