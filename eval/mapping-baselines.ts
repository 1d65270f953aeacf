// Two naive baselines the mapping must beat, on the same items and index sections:
// B1 the topic whose label shares most lemmas with the text; B2 BM25 (label + description), top 1.
import type { Recommendation } from '../src/model/types.ts';
import type { Codebook, Topic } from '../src/mapping/types.ts';
import { applicableSections } from '../src/mapping/applicable-sections.ts';
import { bm25Index } from '../src/mapping/bm25.ts';
import { contentKeys } from '../src/text/tokens.ts';

function candidates(rec: Recommendation, codebook: Codebook): Topic[] {
  return applicableSections(rec.context, codebook).primary.flatMap((s) => s.topics);
}

/** B1: most label lemmas shared with the text (ties: codebook order). */
export function labelOverlap(recs: readonly Recommendation[], codebook: Codebook): string[][] {
  return recs.map((rec) => {
    const keys = new Set(contentKeys(rec.text));
    let best: { id: string; n: number } | undefined;
    for (const topic of candidates(rec, codebook)) {
      const n = new Set(contentKeys(topic.label).filter((k) => keys.has(k))).size;
      if (best === undefined || n > best.n) best = { id: topic.id, n };
    }
    return best ? [best.id] : [];
  });
}

/** B2: BM25 of the text against each topic's label + description, top 1. */
export function bm25Top(recs: readonly Recommendation[], codebook: Codebook): string[][] {
  const topics = codebook.sections.flatMap((s) => s.topics);
  const index = bm25Index(topics.map((t) => ({ id: t.id, keys: contentKeys(`${t.label} ${t.description}`) })));
  return recs.map((rec) => {
    const ids = candidates(rec, codebook).map((t) => t.id);
    const scores = index.score(contentKeys(rec.text), new Set(ids));
    let best: { id: string; s: number } | undefined;
    for (const id of ids) {
      const s = scores.get(id) ?? 0;
      if (best === undefined || s > best.s) best = { id, s };
    }
    return best ? [best.id] : [];
  });
}
