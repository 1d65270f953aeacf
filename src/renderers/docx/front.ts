// The Word document's front matter: title block, what was mapped, the index, the
// heatmap (a shaded table: readable by screen readers and in any Word), the review list.

import { InternalHyperlink, LeaderType, Paragraph, Tab, TableOfContents, TabStopType, TextRun, type FileChild } from 'docx';
import { pageOf, pageRange } from '../layout/pages.ts';
import { inkOn, shadeOf } from '../layout/shade.ts';
import type { Layout } from '../layout/types.ts';
import { ANNEX_TITLES, dateLabel, fileName, meetingLabel, scoreLabel, summaryLine, topicNumber } from '../layout/wording.ts';
import { bookmarkName, cellOf, FONT_HEAD, grid, heading, link, para, spread, text, TEXT_WIDTH, UN_BLUE } from './parts.ts';

/** The final edition's title page: what was mapped, for whom, and how far it was reviewed; no files, no tool. */
function finalTitle(layout: Layout): FileChild[] {
  const docs = layout.documents.map((d) => [
    cellOf(d.symbol), cellOf(d.region ?? '—'), cellOf(meetingLabel(d)), cellOf(String(d.recommendationCount), { center: true }),
  ]);
  return [
    new Paragraph({ spacing: { before: 1200, after: 240 }, children: [text(layout.title, { bold: true, size: 36, color: UN_BLUE })] }),
    para(summaryLine(layout)),
    para([text('Index: ', { bold: true }), text(`${layout.codebook.title}${layout.codebook.version === undefined ? '' : `, version ${layout.codebook.version}`}`)]),
    para([text('Prepared: ', { bold: true }), text(dateLabel(layout.generatedAt))]),
    ...(layout.tracing === undefined ? [] : [para([text('Traced into: ', { bold: true }), text(`${layout.tracing.title} (${layout.tracing.symbol})`)])]),
    // "Recommendations" fits its column on one line (it wrapped at 1400 twips).
    grid(['Symbol', 'Region', 'Meeting', 'Recommendations'], docs, [2100, 1800, 4038, 1700]),
    ...(layout.reviewNote === undefined ? [] : [new Paragraph({ spacing: { before: 240, after: 120 }, children: [text(layout.reviewNote, { italics: true, color: '5A5A5A' })] })]),
  ];
}

interface ContentsEntry {
  readonly text: string;
  readonly key: string;
  readonly level: 1 | 2;
}

/** The headings the contents list, in document order, with their bookmarks. */
export function contentsEntries(layout: Layout): ContentsEntry[] {
  const sections = (prefix: string): ContentsEntry[] => layout.sections.map((s) => ({ text: `${s.id}. ${s.title}`, key: `${prefix}_${s.id}`, level: 2 }));
  return [
    ...(layout.method === undefined ? [] : [{ text: layout.method.title, key: 'method', level: 1 } as const]),
    { text: ANNEX_TITLES.index, key: 'index', level: 1 }, ...sections('index'),
    { text: ANNEX_TITLES.glance, key: 'glance', level: 1 },
    ...(layout.edition === 'final' ? [] : [{ text: ANNEX_TITLES.review, key: 'review', level: 1 } as const]),
    { text: ANNEX_TITLES.a, key: 'annex_a', level: 1 }, ...sections('a'),
    { text: ANNEX_TITLES.b, key: 'annex_b', level: 1 }, ...sections('b'),
    ...(layout.tracing === undefined ? [] : [{ text: ANNEX_TITLES.c, key: 'annex_c', level: 1 } as const]),
  ];
}

/**
 * The contents. With the pages known (from LibreOffice's layout), plain text with the numbers written in:
 * right in Word and LibreOffice without updating a field. Otherwise Word's contents field, which Word fills in on opening.
 */
export function contentsPart(layout: Layout): FileChild[] {
  const head = new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: 'Contents', bold: true, size: 28, color: UN_BLUE, ...(layout.edition === 'final' ? { font: FONT_HEAD } : {}) })] });
  if (layout.pages === undefined) return [head, new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' })];
  return [head, ...contentsEntries(layout).map((e) => new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH.portrait, leader: LeaderType.DOT }],
    indent: { left: e.level === 1 ? 0 : 360 },
    spacing: { before: e.level === 1 ? 120 : 0, after: 40 },
    // Entries in the ink of the text, as a printed contents reads; each still links to its heading.
    children: [
      new InternalHyperlink({ anchor: bookmarkName(e.key), children: [new TextRun({ text: e.text, ...(e.level === 1 ? { bold: true } : {}) })] }),
      new TextRun({ children: [new Tab(), String(pageOf(layout.pages, e.key) ?? '')], ...(e.level === 1 ? { bold: true } : {}) }),
    ],
  }))];
}

/** The final edition's background and method note. */
export function methodPart(layout: Layout): FileChild[] {
  if (layout.method === undefined) return [];
  const out: FileChild[] = [heading(layout.method.title, 1, 'method', { pageBreakBefore: true })];
  for (const block of layout.method.blocks) {
    if (block.kind === 'paragraph') out.push(new Paragraph({ alignment: 'both', spacing: { after: 160 }, children: [text(block.text)] }));
    else for (const item of block.items) out.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [text(item)] }));
  }
  return out;
}

/** The title page's line naming the outcome traced into, when there is one. */
export function tracedIntoPart(layout: Layout): FileChild[] {
  return layout.tracing === undefined ? [] : [para([text('Traced into: ', { bold: true }), text(`${layout.tracing.title} (${layout.tracing.symbol})`)])];
}

/** The title page, the contents and what was mapped; `tracedInto` stands for tracedIntoPart (built later, in stages: see staged.ts). */
export function titleBlock(layout: Layout, tracedInto: readonly FileChild[] = tracedIntoPart(layout)): FileChild[] {
  if (layout.edition === 'final') return [...finalTitle(layout), ...contentsPart(layout)];
  const docs = layout.documents.map((d) => [
    cellOf(d.symbol + (d.symbolProvisional ? ' (provisional)' : '')), cellOf(d.region ?? '—'), cellOf(meetingLabel(d)), cellOf(String(d.recommendationCount), { center: true }),
  ]);
  const out: FileChild[] = [
    new Paragraph({ spacing: { before: 1200, after: 240 }, children: [text(layout.title, { bold: true, size: 36, color: UN_BLUE })] }),
    para(summaryLine(layout)),
    para([text('Codebook: ', { bold: true }), text(`${layout.codebook.title} (${layout.codebook.id}${layout.codebook.version === undefined ? '' : `, version ${layout.codebook.version}`})`)]),
    para([text('Prepared: ', { bold: true }), text(`${dateLabel(layout.generatedAt)} with Concord ${layout.concordVersion}`)]),
    ...tracedInto,
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
  out.push(...contentsPart(layout));
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
    out.push(para(seeLine(layout, s.id)));
    const rows = s.topics.map((t) => [
      cellOf([new Paragraph({ children: [link(`${topicNumber(t.id)} ${t.label}`, `a_${t.id}`)] })]),
      ...t.cells.map((c) => cellOf(String(c.entries.length), { center: true })),
    ]);
    out.push(grid(['Topic', ...layout.columns.map((c) => c.label)], rows, widths));
  }
  return out;
}

/** "See: Annex A, pages 12–18; Annex B, pages 70–73" with the pages known, else the sections' names. */
function seeLine(layout: Layout, id: string) {
  const ids = layout.sections.map((s) => s.id);
  const next = (prefix: string, end: string | undefined): string | undefined => {
    const i = ids.indexOf(id);
    const after = ids[i + 1];
    return after === undefined ? end : `${prefix}_${after}`;
  };
  const a = pageRange(layout.pages, `a_${id}`, next('a', 'annex_b'));
  const b = pageRange(layout.pages, `b_${id}`, next('b', layout.tracing === undefined ? undefined : 'annex_c'));
  const covers = layout.sections.find((s) => s.id === id)?.covers ?? '';
  if (layout.edition === 'final' && a !== undefined && b !== undefined) {
    const pages = (range: string): string => (range.includes('\u2013') ? `pages ${range}` : `page ${range}`);
    return [text('See: ', { italics: true }), link(`Annex A, ${pages(a)}`, `a_${id}`), text('; ', { italics: true }), link(`Annex B, ${pages(b)}`, `b_${id}`), text('.', { italics: true })];
  }
  return [text(`Covers: ${covers}. See `, { italics: true }), link(`Annex A, section ${id}`, `a_${id}`), text('; ', { italics: true }), link(`Annex B, table ${id}`, `b_${id}`), text('.', { italics: true })];
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
