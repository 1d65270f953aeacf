// A codebook prepared for matching: phrases as lemma keys, topic documents for BM25,
// key weights (idf over the topic documents). Built once per codebook object.
import { bm25Index } from './bm25.ts';
import type { Bm25Index } from './bm25.ts';
import { contentKeys } from '../text/tokens.ts';
import { compilePhrase } from './phrase-matcher.ts';
import type { CompiledPhrase } from './phrase-matcher.ts';
import type { Codebook, IndexSection, Topic } from './types.ts';

export interface CompiledTopic {
  readonly topic: Topic;
  readonly section: IndexSection;
  /** Position in the codebook, for ties. */
  readonly order: number;
  readonly phrases: readonly CompiledPhrase[];
  readonly exclude: readonly CompiledPhrase[];
  /** Keys of label + description + phrases + examples. */
  readonly docKeys: ReadonlySet<string>;
}

export interface CompiledCodebook {
  readonly topics: readonly CompiledTopic[];
  readonly byId: ReadonlyMap<string, CompiledTopic>;
  /** How telling a key is: rarer among topic documents weighs more. */
  weight(key: string): number;
  readonly bm25: Bm25Index;
}

const cache = new WeakMap<Codebook, CompiledCodebook>();

export function compileCodebook(codebook: Codebook): CompiledCodebook {
  const known = cache.get(codebook);
  if (known !== undefined) return known;
  const topics: CompiledTopic[] = [];
  const documents: { id: string; keys: string[] }[] = [];
  for (const section of codebook.sections) {
    for (const topic of section.topics) {
      const keys = [topic.label, topic.description, ...topic.phrases, ...topic.examples].flatMap((text) => contentKeys(text));
      documents.push({ id: topic.id, keys });
      topics.push({
        topic, section, order: topics.length,
        phrases: topic.phrases.map(compilePhrase),
        exclude: topic.exclude.map(compilePhrase),
        docKeys: new Set(keys),
      });
    }
  }
  const df = new Map<string, number>();
  for (const t of topics) for (const key of t.docKeys) df.set(key, (df.get(key) ?? 0) + 1);
  const n = topics.length;
  const idf = (count: number): number => Math.log(1 + (n - count + 0.5) / (count + 0.5));
  const compiled: CompiledCodebook = {
    topics,
    byId: new Map(topics.map((t) => [t.topic.id, t])),
    weight: (key) => idf(df.get(key) ?? 0),
    bm25: bm25Index(documents),
  };
  cache.set(codebook, compiled);
  return compiled;
}
