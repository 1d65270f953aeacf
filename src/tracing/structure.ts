// The outcome's structure as a prior: a declaration's parts and thematic headings mirror the
// report's clusters ("Advancing crime prevention" ~ "Comprehensive strategies for crime
// prevention…"), so a recommendation leans towards the paragraphs under the headings its own
// section title speaks of. Computed from the words of both headings, never from fixed pairs.
import { words } from '../text/words.ts';
import { themes } from './themes.ts';

const contentStems = (text: string): Set<string> => new Set(words(text).filter((w) => w.content).map((w) => w.stem));

export interface StructurePrior {
  /**
   * 0..1 per paragraph: how clearly the section title points at the part the paragraph stands in
   * (its first thematic heading) rather than at any other part; 0 when no part stands out.
   */
  readonly prior: (sectionTitle: string) => readonly number[];
}

/** Prepares the parts of the outcome (first thematic heading of each paragraph) and their rarity-weighted words. */
export function structurePrior(paragraphs: readonly { headings: readonly string[] }[]): StructurePrior {
  const partOf = paragraphs.map((p) => themes(p.headings)[0]);
  const parts = [...new Set(partOf.filter((h): h is string => h !== undefined))];
  const stems = new Map(parts.map((h) => [h, contentStems(h)]));
  const df = new Map<string, number>();
  for (const set of stems.values()) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = (s: string): number => Math.log(1 + parts.length / (df.get(s) ?? 1));
  const cache = new Map<string, readonly number[]>();
  return {
    prior(sectionTitle) {
      const known = cache.get(sectionTitle);
      if (known !== undefined) return known;
      const title = contentStems(sectionTitle);
      const cover = new Map(parts.map((h) => {
        const set = [...(stems.get(h) ?? [])];
        const total = set.reduce((sum, s) => sum + idf(s), 0);
        const got = set.filter((s) => title.has(s)).reduce((sum, s) => sum + idf(s), 0);
        return [h, total === 0 ? 0 : got / total];
      }));
      const ranked = [...cover.values()].sort((a, b) => b - a);
      const best = ranked[0] ?? 0;
      const second = ranked[1] ?? 0;
      const out = partOf.map((h) => {
        const value = h === undefined ? 0 : cover.get(h) ?? 0;
        return best === 0 ? 0 : Math.max(0, (value - second) / best);
      });
      cache.set(sectionTitle, out);
      return out;
    },
  };
}
