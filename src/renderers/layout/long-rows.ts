// The long format (one row per recommendation x topic) shared by the CSV and Excel outputs.

import type { Layout } from './types.ts';
import { markedPhrases } from './highlight.ts';

export const LONG_HEADERS = [
  'citation', 'symbol', 'paragraph', 'subparagraph', 'region', 'section path', 'index section', 'topic id', 'topic label', 'score', 'low confidence', 'evidence phrases', 'text',
] as const;

export type LongRow = readonly [string, string, number, string, string, string, string, string, string, number, boolean, string, string];

/** Rows in index order (section, topic), then region, then document order. */
export function longRows(layout: Layout): LongRow[] {
  return layout.sections.flatMap((section) =>
    section.topics.flatMap((topic) =>
      topic.cells.flatMap((cell) =>
        cell.entries.map((e): LongRow => {
          const r = e.recommendation;
          return [
            r.citation, r.symbol, r.paragraph, r.subparagraph, r.region ?? cell.column.label, r.section.join(' > '),
            section.id, topic.id, topic.label, Number(e.assignment.score.toFixed(3)), e.assignment.lowConfidence,
            markedPhrases(e.segments).join(' | '), r.text,
          ];
        }),
      ),
    ),
  );
}
