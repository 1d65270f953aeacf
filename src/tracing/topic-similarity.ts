// How close two codebook topics are, from their labels: index sections repeat one concept
// under different ids ("Multi-stakeholder approach…" is B2, C2 and D3; capacity is B1, C1, D4),
// so a recommendation's topic and a declaration paragraph's topic may agree across sections.
import type { Codebook } from '../mapping/types.ts';
import { phraseStems } from './analyse.ts';

export type TopicSimilarity = (a: string, b: string) => number;

/** Jaccard overlap of the topics' label stems; 1 for the same id, 0 for an unknown id. */
export function topicSimilarity(codebook: Codebook): TopicSimilarity {
  const stems = new Map<string, ReadonlySet<string>>();
  for (const section of codebook.sections) for (const topic of section.topics) stems.set(topic.id, new Set(phraseStems(topic.label)));
  const cache = new Map<string, number>();
  return (a, b) => {
    if (a === b) return 1;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const x = stems.get(a);
    const y = stems.get(b);
    let value = 0;
    if (x !== undefined && y !== undefined && x.size + y.size > 0) {
      const shared = [...x].filter((s) => y.has(s)).length;
      value = shared / (x.size + y.size - shared);
    }
    cache.set(key, value);
    return value;
  };
}

/** The share of the recommendation's topics the paragraph is about, each counted by its closest paragraph topic. */
export function topicOverlap(recommendation: readonly string[], paragraph: readonly string[], similarity: TopicSimilarity): number {
  if (recommendation.length === 0 || paragraph.length === 0) return 0;
  const best = recommendation.map((a) => Math.max(...paragraph.map((b) => similarity(a, b))));
  return best.reduce((sum, v) => sum + v, 0) / recommendation.length;
}
