// MappingRun -> thematic-list.docx: the annex in the shape OHCHR publishes for a UPR review. Per
// theme (topic), one row per recommendation under it: its number and text (with its States) and
// where its position is stated; the position; and every theme it has ("the full list of themes").
import { Document, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { MappingRun, RunRecommendation } from '../../pipeline/types.ts';
import { A4, FONT_BODY, HEAD_FILL, TEXT_WIDTH, text } from '../docx/parts.ts';
import { packDocument } from '../docx/pack.ts';
import { POSITION_WORDING } from '../layout/position-wording.ts';

const WIDTHS = [Math.round(TEXT_WIDTH.landscape * 0.55), Math.round(TEXT_WIDTH.landscape * 0.12), Math.round(TEXT_WIDTH.landscape * 0.33)];

const paragraph = (value: string, options: { bold?: boolean } = {}): Paragraph => new Paragraph({ children: [text(value, { size: 18, ...options })] });
const cell = (children: readonly Paragraph[], width: number, fill?: string, span?: number): TableCell => new TableCell({
  children: [...children],
  width: { size: width, type: WidthType.DXA },
  ...(span === undefined ? {} : { columnSpan: span }),
  ...(fill === undefined ? {} : { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } }),
});

/** "121.1" or "28 (c)": the recommendation's number as its citation gives it, without the symbol. */
const numberOf = (rec: RunRecommendation): string => rec.citation.slice(rec.citation.indexOf('para. ') + 'para. '.length);

function recommendationRow(rec: RunRecommendation): TableRow {
  const first = [paragraph(`${numberOf(rec)} ${rec.text}`)];
  if (rec.trace?.source !== undefined) first.push(paragraph(`Source of position: ${rec.trace.source}`));
  const position = rec.trace?.position === undefined ? '' : POSITION_WORDING[rec.trace.position];
  const themes = rec.topics.map((topic) => paragraph(`- ${topic.id} ${topic.label}`));
  return new TableRow({ cantSplit: true, children: [cell(first, WIDTHS[0] ?? 0), cell([paragraph(position)], WIDTHS[1] ?? 0), cell(themes.length === 0 ? [paragraph('')] : themes, WIDTHS[2] ?? 0)] });
}

export function buildThematicList(run: MappingRun): Document {
  // Grouped once: each recommendation goes to each of its themes, in the codebook's order.
  const byTopic = new Map<string, RunRecommendation[]>();
  for (const rec of run.recommendations) {
    for (const id of new Set(rec.topics.map((topic) => topic.id))) {
      const list = byTopic.get(id);
      if (list === undefined) byTopic.set(id, [rec]);
      else list.push(rec);
    }
  }
  const total = WIDTHS.reduce((a, b) => a + b, 0);
  const rows: TableRow[] = [new TableRow({
    tableHeader: true,
    children: ['Recommendation', 'Position', 'Full list of themes'].map((head, i) => cell([paragraph(head, { bold: true })], WIDTHS[i] ?? 0, HEAD_FILL)),
  })];
  for (const section of run.codebook.sections) {
    for (const topic of section.topics) {
      const recs = byTopic.get(topic.id);
      if (recs === undefined) continue;
      rows.push(new TableRow({ cantSplit: true, children: [cell([paragraph(`Theme: ${topic.id} ${topic.label}`, { bold: true })], total, HEAD_FILL, 3)] }));
      for (const rec of recs) rows.push(recommendationRow(rec));
    }
  }
  const titles = [...new Set(run.documents.map((doc) => `${doc.title} (${doc.symbol})`))];
  return new Document({
    creator: `Concord ${run.concordVersion}`,
    title: 'Thematic list of recommendations',
    styles: { default: { document: { run: { font: FONT_BODY, size: 20 } } } },
    sections: [{
      properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin } } },
      children: [
        new Paragraph({ children: [text('Thematic list of recommendations', { bold: true, size: 28 })], spacing: { after: 120 } }),
        ...titles.map((title) => new Paragraph({ children: [text(title, { size: 20 })], spacing: { after: 60 } })),
        new Paragraph({ children: [text(`Themes of the codebook ${run.codebook.title}; positions ${run.outcome === undefined ? 'not traced (give the addendum with --outcome)' : `from ${run.outcome.symbol}`}.`, { italics: true, size: 18 })], spacing: { after: 200 } }),
        new Table({ layout: TableLayoutType.FIXED, width: { size: total, type: WidthType.DXA }, columnWidths: WIDTHS, rows }),
      ],
    }],
  });
}

export function renderThematicList(run: MappingRun): Promise<Buffer> {
  return packDocument(buildThematicList(run));
}
