// Maps the outcome's paragraphs onto the same codebook as the recommendations, so a
// recommendation and a paragraph about the same topic are likelier to match. The
// pseudo-recommendations stand in no report section ('unknown'), so every index section may apply.
import { mapRecommendations } from '../mapping/index.ts';
import type { Codebook } from '../mapping/types.ts';
import type { Recommendation } from '../model/types.ts';
import type { OutcomeSelection } from './outcome-document.ts';

export interface ParagraphTopics {
  readonly ids: readonly string[];
  readonly labels: readonly string[];
}

/** Topics of every outcome paragraph, in order; empty lists when the mapping cannot run. */
export function outcomeTopics(selection: Pick<OutcomeSelection, 'symbol' | 'paragraphs'>, codebook: Codebook): ParagraphTopics[] {
  const pseudo: Recommendation[] = selection.paragraphs.map((p) => ({
    type: 'recommendation',
    id: `${selection.symbol}#${p.part === 'preamble' ? 'preamble-' : ''}${p.number}`,
    symbol: selection.symbol,
    paragraph: p.number,
    subparagraph: '',
    citation: p.citation,
    section: p.headings,
    context: { role: 'unknown', agendaItems: [], workshops: [], title: p.headings.at(-1) ?? '' },
    leadIn: '',
    text: p.text,
    paragraphId: `${selection.symbol}#${p.part === 'preamble' ? 'preamble-' : ''}${p.number}`,
    place: {},
  }));
  try {
    return mapRecommendations(pseudo, codebook).map((m) => ({
      ids: m.topics.filter((t) => !t.lowConfidence).map((t) => t.id),
      labels: m.topics.filter((t) => !t.lowConfidence).map((t) => t.label.toLowerCase()),
    }));
  } catch {
    // The mapping is optional here: without it the alignment is purely lexical.
    return selection.paragraphs.map(() => ({ ids: [], labels: [] }));
  }
}
