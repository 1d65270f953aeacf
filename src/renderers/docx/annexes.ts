// Annex A (narrative, portrait) and Annex B (matrix, landscape) for Word.

import { Paragraph, type FileChild } from 'docx';
import type { Edition, Entry, Layout } from '../layout/types.ts';
import { ANNEX_TITLES, NOTHING_IN_ANY_REGION, NOTHING_UNDER_TOPIC, scoreLabel, topicNumber } from '../layout/wording.ts';
import { cellOf, grid, heading, markedRuns, para, spread, text, TEXT_WIDTH, UN_BLUE } from './parts.ts';

function citationRuns(e: Entry, size?: number, edition: Edition = 'review') {
  return [
    text(e.recommendation.citation, { bold: true, color: UN_BLUE, ...(size === undefined ? {} : { size }) }),
    // The final edition carries no review flags.
    ...(e.assignment.lowConfidence && edition === 'review' ? [text(` [to review, score ${scoreLabel(e.assignment.score)}]`, { italics: true, color: '8A4B00', ...(size === undefined ? {} : { size }) })] : []),
  ];
}

export function annexA(layout: Layout): FileChild[] {
  const out: FileChild[] = [
    heading(ANNEX_TITLES.a, 1, 'annex_a', { pageBreakBefore: true }),
    para('Per index section and topic, the recommendations of each region, quoted in full, with the key words highlighted and underlined. A recommendation that relates to several topics is reproduced under each.'),
  ];
  layout.sections.forEach((s, i) => {
    out.push(heading(`${s.id}. ${s.title}`, 2, `a_${s.id}`, { pageBreakBefore: i > 0 }));
    out.push(para(`Covers: ${s.covers}.`, { italic: true }));
    for (const t of s.topics) {
      out.push(heading(`${topicNumber(t.id)} ${t.label}`, 3, `a_${t.id}`));
      if (t.total === 0) {
        out.push(para(NOTHING_IN_ANY_REGION, { italic: true, indent: 360 }));
        continue;
      }
      for (const c of t.cells) {
        out.push(heading(c.column.label, 4));
        if (c.entries.length === 0) out.push(para(NOTHING_UNDER_TOPIC, { italic: true, indent: 360 }));
        for (const e of c.entries) {
          out.push(new Paragraph({ keepNext: true, keepLines: true, indent: { left: 360 }, spacing: { after: 0 }, children: citationRuns(e, undefined, layout.edition) }));
          out.push(new Paragraph({ keepLines: true, indent: { left: 360 }, spacing: { after: 160 }, alignment: 'both', children: markedRuns(e.segments) }));
        }
      }
    }
  });
  return out;
}

/** The matrix, one table per index section; its own landscape section of the document. */
export function annexB(layout: Layout): FileChild[] {
  const widths = spread(TEXT_WIDTH.landscape, 2400, layout.columns.length);
  const out: FileChild[] = [
    heading(ANNEX_TITLES.b, 1, 'annex_b'),
    para('The same mapping as a matrix: one table per index section, one row per topic, one column per region.'),
  ];
  layout.sections.forEach((s, i) => {
    out.push(heading(`${s.id}. ${s.title}`, 2, `b_${s.id}`, { pageBreakBefore: i > 0 }));
    const rows = s.topics.map((t) => [
      cellOf(`${topicNumber(t.id)} ${t.label}`, { bold: true }),
      ...t.cells.map((c) => cellOf(c.entries.length === 0
        ? [new Paragraph({ children: [text('—', { size: 16 })] })]
        : c.entries.map((e) => new Paragraph({ spacing: { after: 100 }, children: [...citationRuns(e, 16, layout.edition), text(': ', { size: 16 }), ...markedRuns(e.segments, 16)] })))),
    ]);
    out.push(grid(['Topic', ...layout.columns.map((c) => c.label)], rows, widths));
  });
  return out;
}
