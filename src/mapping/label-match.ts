// Finds a codebook topic by the label an analyst's list gives it: its label or an alias, in any
// case, with "&" and "and" alike and punctuation and spacing ignored ("Budget &resources" is
// "Budget & resources"), within one facet (a theme "Migrants" is not the group "Migrants").
import type { Codebook } from './types.ts';

/** "Budget &resources (for …)" -> "budget and resources for …". */
export function normalLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface LabelIndex {
  /** The topic id of a label (or of a topic id) in `facet` (undefined: the main facet). */
  find(label: string, facet?: string): string | undefined;
  /** The facets the codebook has besides the main one. */
  readonly facets: readonly string[];
}

export function labelIndex(codebook: Codebook): LabelIndex {
  const byFacet = new Map<string, Map<string, string>>();
  const ids = new Map<string, Set<string>>();
  for (const section of codebook.sections) {
    const facet = section.facet ?? '';
    const names = byFacet.get(facet) ?? new Map<string, string>();
    byFacet.set(facet, names);
    const known = ids.get(facet) ?? new Set<string>();
    ids.set(facet, known);
    for (const topic of section.topics) {
      known.add(topic.id);
      for (const name of [topic.label, ...(topic.aliases ?? [])]) {
        const key = normalLabel(name);
        if (!names.has(key)) names.set(key, topic.id);
      }
    }
  }
  return {
    facets: [...byFacet.keys()].filter((f) => f !== ''),
    find(label, facet) {
      const trimmed = label.trim();
      if (ids.get(facet ?? '')?.has(trimmed)) return trimmed;
      return byFacet.get(facet ?? '')?.get(normalLabel(trimmed));
    },
  };
}
