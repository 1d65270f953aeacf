// The UPR material the mapping eval runs on: the third cycle's recommendations with OHCHR's
// coding (the UPR34 thematic list) as the answers, and the second cycle's list (UPR20, through the
// crosswalk) as examples. `thirdCycleRecommendations` is the one seam for where the texts come
// from: today the list's own rows; once the Working Group report parses, A-HRC-43-15.pdf.
import { readExamples } from '../src/mapping/index.ts';
import { readThematicList } from '../src/mapping/examples-thematic-list.ts';
import type { Codebook, CodedExample } from '../src/mapping/types.ts';
import type { Recommendation } from '../src/model/types.ts';
import { recommendationId } from '../src/model/citation.ts';
import { sharedPath } from '../bench/support/shared.ts';
import type { GoldItem } from './mapping-score.ts';

export const UPR_DIR = sharedPath('corpus', 'upr-slovenia');
export const THIRD_CYCLE_LIST = sharedPath('corpus', 'upr-slovenia', 'UPR34-Slovenia-thematic-list.docx');
export const SECOND_CYCLE_LIST = sharedPath('corpus', 'upr-slovenia', 'UPR20-Slovenia-thematic-list.docx');

/** The third cycle's recommendations (A/HRC/43/15), cited "A/HRC/43/15, para. 121.12". */
export async function thirdCycleRecommendations(): Promise<Recommendation[]> {
  return readThematicList(THIRD_CYCLE_LIST).map((row) => ({
    type: 'recommendation',
    id: recommendationId(row.symbol, row.paragraph, row.subparagraph),
    symbol: row.symbol,
    paragraph: row.paragraph,
    subparagraph: row.subparagraph,
    citation: `${row.symbol}, para. ${row.paragraph}.${row.subparagraph}`,
    section: [],
    context: { role: 'unknown', agendaItems: [], workshops: [], title: '' },
    leadIn: '',
    text: row.text,
    paragraphId: `para-${row.paragraph}`,
    place: { source: THIRD_CYCLE_LIST, index: row.row },
  }));
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
