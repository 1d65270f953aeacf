// Annex A (narrative, portrait) and Annex B (matrix, landscape) for Word.

import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import type { Edition, Entry, Layout, TopicView } from '../layout/types.ts';
import { ANNEX_TITLES, NOTHING_IN_ANY_REGION, NOTHING_UNDER_TOPIC, scoreLabel, topicNumber } from '../layout/wording.ts';
import { heading, HEAD_FILL, markedRuns, para, spread, text, TEXT_WIDTH, UN_BLUE } from './parts.ts';

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

/** A table row that never breaks across pages; `header` rows repeat at the top of each page the table runs onto. */
function row(cells: readonly TableCell[], header = false): TableRow {
  return new TableRow({ cantSplit: true, ...(header ? { tableHeader: true } : {}), children: [...cells] });
}

function cell(children: readonly Paragraph[], width: number, options: { span?: number; fill?: string } = {}): TableCell {
  return new TableCell({
    children: [...children],
    width: { size: width, type: WidthType.DXA },
    ...(options.span === undefined ? {} : { columnSpan: options.span }),
    ...(options.fill === undefined ? {} : { shading: { fill: options.fill, type: ShadingType.CLEAR, color: 'auto' } }),
  });
}

/**
 * One topic's table: its label and the regions as header rows (repeated on every page the table
 * runs onto, so a continued topic is named again), then one row per rank: the first recommendation
 * of each region, the second, … Each row holds one recommendation per region and never splits.
 */
function topicTable(layout: Layout, topic: TopicView, width: number): Table {
  const widths = spread(width, 0, layout.columns.length).slice(1);
  const total = widths.reduce((a, b) => a + b, 0);
  const depth = Math.max(1, ...topic.cells.map((c) => c.entries.length));
  const label = new Paragraph({ keepNext: true, children: [text(`${topicNumber(topic.id)} ${topic.label}`, { bold: true, size: 18, color: UN_BLUE })] });
  const rows = [
    row([cell([label], total, { span: layout.columns.length, fill: HEAD_FILL })], true),
    row(layout.columns.map((c, i) => cell([new Paragraph({ keepNext: true, children: [text(c.label, { bold: true, size: 16 })] })], widths[i] ?? 1000, { fill: HEAD_FILL })), true),
    ...Array.from({ length: depth }, (_, k) => row(topic.cells.map((c, i) => {
      const e = c.entries[k];
      const body = e === undefined
        ? [new Paragraph({ children: [text(k === 0 ? '—' : '', { size: 16 })] })]
        : [new Paragraph({ spacing: { after: 60 }, children: [...citationRuns(e, 16, layout.edition), text(': ', { size: 16 }), ...markedRuns(e.segments, 16)] })];
      return cell(body, widths[i] ?? 1000);
    }))),
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows,
  });
}

/** The matrix, a table per topic under its index section; its own landscape section of the document. */
export function annexB(layout: Layout): FileChild[] {
  const out: FileChild[] = [
    heading(ANNEX_TITLES.b, 1, 'annex_b'),
    para('The same mapping as a matrix: under each index section, one table per topic, one column per region. A table row never breaks across pages, and a topic whose table runs onto the next page is named again at its top.'),
  ];
  layout.sections.forEach((s, i) => {
    out.push(heading(`${s.id}. ${s.title}`, 2, `b_${s.id}`, { pageBreakBefore: i > 0 }));
    for (const t of s.topics) {
      out.push(topicTable(layout, t, TEXT_WIDTH.landscape));
      // Word joins two tables with nothing between them into one.
      out.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
    }
  });
  return out;
}
