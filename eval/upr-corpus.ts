// The UPR material the mapping eval runs on: the third cycle's recommendations with OHCHR's
// coding (the UPR34 thematic list) as the answers, and the second cycle's list (UPR20, through the
// crosswalk) as examples. `thirdCycleRecommendations` is the one seam for where the texts come
// from: the Working Group report as published (A-HRC-43-15.pdf), parsed by Concord.
import { readExamples } from '../src/mapping/index.ts';
import type { Codebook, CodedExample } from '../src/mapping/types.ts';
import type { Recommendation } from '../src/model/types.ts';
import { readDocument } from '../src/readers/index.ts';
import { sharedPath } from '../bench/support/shared.ts';
import type { GoldItem } from './mapping-score.ts';

export const UPR_DIR = sharedPath('corpus', 'upr-slovenia');
export const THIRD_CYCLE_REPORT = sharedPath('corpus', 'upr-slovenia', 'A-HRC-43-15.pdf');
export const THIRD_CYCLE_LIST = sharedPath('corpus', 'upr-slovenia', 'UPR34-Slovenia-thematic-list.docx');
export const SECOND_CYCLE_LIST = sharedPath('corpus', 'upr-slovenia', 'UPR20-Slovenia-thematic-list.docx');

/** The third cycle's recommendations (A/HRC/43/15), as Concord parses them from the Working Group report's PDF. */
export async function thirdCycleRecommendations(): Promise<Recommendation[]> {
  const report = await readDocument(THIRD_CYCLE_REPORT);
  return [...report.recommendations];
}

/** A coded list as gold items, split into the main facet (themes) and the persons facet. */
export function listGold(path: string, codebook: Codebook): { themes: GoldItem[]; persons: GoldItem[] } {
  const persons = new Set(codebook.sections.filter((s) => s.facet !== undefined).flatMap((s) => s.topics.map((t) => t.id)));
  const items = readExamples(path, codebook).items;
  const as = (keep: (id: string) => boolean): GoldItem[] => items.map((i) => ({
    symbol: i.symbol, paragraph: i.paragraph, subparagraph: i.subparagraph, topics: (i.topics ?? []).filter(keep), alsoAcceptable: [],
  }));
  return { themes: as((id) => !persons.has(id)), persons: as((id) => persons.has(id)) };
}

/** The second cycle's list as coded examples (through the shipped crosswalk). */
export function secondCycleExamples(codebook: Codebook): CodedExample[] {
  return readExamples(SECOND_CYCLE_LIST, codebook).items.flatMap((i) => i.topics === undefined || i.text === undefined ? [] : [{
    symbol: i.symbol, paragraph: i.paragraph, subparagraph: i.subparagraph, text: i.text, topics: i.topics,
  }]);
}
