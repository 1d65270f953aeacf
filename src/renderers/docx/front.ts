// The Word document's front matter: title block, what was mapped, the index, the
// heatmap (a shaded table: readable by screen readers and in any Word), the review list.

import { Paragraph, TableOfContents, type FileChild } from 'docx';
import { inkOn, shadeOf } from '../layout/shade.ts';
import type { Layout } from '../layout/types.ts';
import { ANNEX_TITLES, dateLabel, fileName, meetingLabel, scoreLabel, summaryLine, topicNumber } from '../layout/wording.ts';
import { cellOf, grid, heading, link, para, spread, text, TEXT_WIDTH, UN_BLUE } from './parts.ts';

export function titleBlock(layout: Layout): FileChild[] {
  const docs = layout.documents.map((d) => [
    cellOf(d.symbol + (d.symbolProvisional ? ' (provisional)' : '')), cellOf(d.region ?? '—'), cellOf(meetingLabel(d)), cellOf(String(d.recommendationCount), { center: true }),
  ]);
  const out: FileChild[] = [
    new Paragraph({ spacing: { before: 1200, after: 240 }, children: [text(layout.title, { bold: true, size: 36, color: UN_BLUE })] }),
    para(summaryLine(layout)),
    para([text('Codebook: ', { bold: true }), text(`${layout.codebook.title} (${layout.codebook.id}${layout.codebook.version === undefined ? '' : `, version ${layout.codebook.version}`})`)]),
    para([text('Prepared: ', { bold: true }), text(`${dateLabel(layout.generatedAt)} with Concord ${layout.concordVersion}`)]),
    ...(layout.tracing === undefined ? [] : [para([text('Traced into: ', { bold: true }), text(`${layout.tracing.title} (${layout.tracing.symbol})`)])]),
    grid(['Symbol', 'Region', 'Meeting', 'Recommendations'], docs, [2300, 2000, 3938, 1400]),
    para('', { after: 120 }),
  ];
  if (layout.excluded.length > 0) {
    out.push(para([text('Read but not mapped: ', { bold: true })]));
    for (const d of layout.excluded) out.push(para(`${fileName(d.source)}: ${d.excluded ?? ''}`, { indent: 360 }));
  }
  if (layout.skipped.length > 0) {
    out.push(para([text('Could not be read: ', { bold: true })]));
    for (const s of layout.skipped) out.push(para(`${s.source}: ${s.reason}`, { indent: 360 }));
  }
  out.push(para('Topics were assigned by Concord from the key phrases of the codebook; highlighted and underlined words are the evidence for each assignment. Every recommendation is quoted in full with the paragraph it comes from, so that each assignment can be checked against the report.', { italic: true }));
  out.push(new Paragraph({ pageBreakBefore: true, children: [text('Contents', { bold: true, size: 28, color: UN_BLUE })] }));
  out.push(new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }));
  return out;
}

export function indexPart(layout: Layout): FileChild[] {
  const out: FileChild[] = [
    heading(ANNEX_TITLES.index, 1, 'index', { pageBreakBefore: true }),
    para('Number of recommendations of each region under each topic. A recommendation under several topics is counted under each.'),
  ];
  const widths = spread(TEXT_WIDTH.portrait, 4200, layout.columns.length);
  for (const s of layout.sections) {
    out.push(heading(`${s.id}. ${s.title}`, 2, `index_${s.id}`));
    out.push(para([text(`Covers: ${s.covers}. See `, { italics: true }), link(`Annex A, section ${s.id}`, `a_${s.id}`), text('; ', { italics: true }), link(`Annex B, table ${s.id}`, `b_${s.id}`), text('.', { italics: true })]));
    const rows = s.topics.map((t) => [
      cellOf([new Paragraph({ children: [link(`${topicNumber(t.id)} ${t.label}`, `a_${t.id}`)] })]),
      ...t.cells.map((c) => cellOf(String(c.entries.length), { center: true })),
    ]);
    out.push(grid(['Topic', ...layout.columns.map((c) => c.label)], rows, widths));
  }
  return out;
}

export function glancePart(layout: Layout): FileChild[] {
  const widths = spread(TEXT_WIDTH.portrait, 4200, layout.columns.length);
  const rows = layout.sections.flatMap((s) => [
    [cellOf(`${s.id}. ${s.title}`, { bold: true, color: UN_BLUE }), ...layout.columns.map(() => cellOf(''))],
    ...s.topics.map((t) => [
      cellOf(`${topicNumber(t.id)} ${t.label}`),
      ...t.cells.map((c) => {
        const n = c.entries.length;
        return cellOf(n === 0 ? '–' : String(n), { center: true, bold: n > 0, fill: shadeOf(n, layout.maxCount), color: inkOn(n, layout.maxCount) });
      }),
    ]),
  ]);
  return [
    heading(ANNEX_TITLES.glance, 1, 'glance', { pageBreakBefore: true }),
    para('Number of recommendations per topic (rows) and region (columns); the darker the cell, the more recommendations.'),
    grid(['Topic', ...layout.columns.map((c) => c.label)], rows, widths),
  ];
}

export function reviewPart(layout: Layout): FileChild[] {
  const out: FileChild[] = [heading(ANNEX_TITLES.review, 1, 'review', { pageBreakBefore: true })];
  if (layout.lowConfidence.length === 0) out.push(para('No assignment was made with low confidence.'));
  else {
    out.push(para('Assignments made with low confidence: an analyst should confirm or remove them.'));
    const rows = layout.lowConfidence.map((e) => [
      cellOf(e.recommendation.citation), cellOf(`${topicNumber(e.assignment.id)} ${e.assignment.label}`), cellOf(scoreLabel(e.assignment.score), { center: true }), cellOf(e.recommendation.text),
    ]);
    out.push(grid(['Citation', 'Topic', 'Score', 'Recommendation'], rows, [2000, 2400, 800, TEXT_WIDTH.portrait - 5200]));
  }
  if (layout.unmapped.length > 0) {
    out.push(heading('Recommendations without a topic', 2));
    for (const r of layout.unmapped) out.push(para([text(`${r.citation}: `, { bold: true }), text(r.text)]));
  }
  return out;
}
