// A small hand-made declaration (the shape of the Doha Declaration or a General Assembly
// resolution): a preamble, numbered paragraphs, a part lead-in and thematic headings.
import { formatCitation, recommendationId } from '../../../src/model/citation.ts';
import type { ConcordDocument, Heading, Paragraph, Recommendation, Region } from '../../../src/model/types.ts';
import type { MappedRecommendation } from '../../../src/mapping/types.ts';

const SYMBOL = 'A/RES/70/174';

function heading(id: string, title: string, parentId?: string): Heading {
  return { type: 'heading', id, level: parentId === undefined ? 1 : 2, label: '', title, text: title, role: 'thematic', agendaItems: [], workshops: [], ...(parentId === undefined ? {} : { parentId }), place: {} };
}

function paragraph(index: number, number: number | null, text: string, headings: readonly Heading[]): Paragraph {
  const locator = number === null ? undefined : { symbol: SYMBOL, paragraph: number };
  return {
    type: 'paragraph', id: `p${index}`, number, text, items: [], footnotes: [],
    ...(headings.at(-1) === undefined ? {} : { headingId: headings.at(-1)?.id ?? '' }),
    section: headings.map((h) => h.text),
    ...(locator === undefined ? {} : { locator, citation: formatCitation(locator) }),
    place: { line: index + 1 },
  };
}

export function declarationDocument(): ConcordDocument {
  const part = heading('h1', 'We endeavour:');
  const victims = heading('h2', 'Victims of crime', 'h1');
  return {
    type: 'document', source: 'doha.txt', format: 'txt', symbol: SYMBOL, symbolProvisional: false,
    title: 'Doha Declaration', kind: 'other', headings: [part, victims], footnotes: [], recommendations: [], messages: [],
    paragraphs: [
      paragraph(0, null, 'Recalling the Salvador Declaration,', []),
      paragraph(1, 1, 'We reaffirm our commitment to the rule of law and to combating cybercrime through international cooperation;', []),
      paragraph(2, 2, 'We undertake to eliminate violence against women and girls and to mainstream a gender perspective in criminal justice;', [part]),
      paragraph(3, 3, 'To protect the rights of victims of crime and to provide victims with assistance, compensation and restorative justice;', [part, victims]),
    ],
  };
}

export function recommendation(paragraph: number, label: string, text: string, region: Region = 'Europe'): MappedRecommendation {
  const symbol = 'A/CONF.234/RPM.5/1';
  const locator = { symbol, paragraph, subparagraph: label };
  const rec: Recommendation = {
    type: 'recommendation', id: recommendationId(symbol, paragraph, label), symbol, paragraph, subparagraph: label,
    citation: formatCitation(locator), section: [], context: { role: 'cluster', agendaItems: [], workshops: [], title: '' },
    leadIn: 'The following recommendations were identified:', text, paragraphId: `p${paragraph}`, region, place: {},
  };
  return { ...rec, topics: [] };
}
