// Sheet builders for mapping.xlsx: frozen header rows, autofilters, wrapped text, widths.

import type ExcelJS from 'exceljs';
import { longTable, longWidths } from '../layout/final-columns.ts';
import { longRows } from '../layout/long-rows.ts';
import type { Layout } from '../layout/types.ts';
import { meetingLabel, topicNumber } from '../layout/wording.ts';

const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EFF6' } } as const;

/** Bold, filled, frozen, filtered header row; wrapped text and top alignment below. */
export function styleTable(sheet: ExcelJS.Worksheet, widths: readonly number[], options: { filter?: boolean } = {}): void {
  widths.forEach((w, i) => { sheet.getColumn(i + 1).width = w; });
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.eachCell((c) => { c.fill = HEAD_FILL; c.alignment = { vertical: 'middle', wrapText: true }; });
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  if (options.filter !== false && sheet.rowCount > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };
  sheet.eachRow((row, n) => { if (n > 1) row.alignment = { vertical: 'top', wrapText: true }; });
}

/** Sheet names: at most 31 characters, none of []:*?/\ */
export const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

export function documentsSheet(book: ExcelJS.Workbook, layout: Layout): void {
  const sheet = book.addWorksheet('Documents');
  if (layout.edition === 'final') {
    // For circulation: the reports mapped, without files, formats or the machine's statuses.
    sheet.addRow(['Symbol', 'Region', 'Meeting', 'Recommendations']);
    for (const d of layout.documents) sheet.addRow([d.symbol, d.region ?? '', meetingLabel(d), d.recommendationCount]);
    styleTable(sheet, [22, 28, 70, 16]);
    return;
  }
  sheet.addRow(['Symbol', 'Region', 'Meeting', 'File', 'Format', 'Recommendations', 'Status']);
  for (const d of layout.documents) sheet.addRow([d.symbol, d.region ?? '', meetingLabel(d), d.source, d.format, d.recommendationCount, d.symbolProvisional ? 'mapped (provisional symbol)' : 'mapped']);
  for (const d of layout.excluded) sheet.addRow([d.symbol, d.region ?? '', meetingLabel(d), d.source, d.format, d.recommendationCount, `not mapped: ${d.excluded ?? ''}`]);
  for (const s of layout.skipped) sheet.addRow(['', '', '', s.source, '', 0, `could not be read: ${s.reason}`]);
  styleTable(sheet, [22, 28, 50, 40, 8, 16, 50]);
}

export function longSheet(book: ExcelJS.Workbook, layout: Layout): void {
  const sheet = book.addWorksheet('Recommendations');
  const { headers, rows } = longTable(layout.edition, longRows(layout));
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  styleTable(sheet, longWidths(layout.edition, [30, 20, 10, 12, 26, 40, 10, 9, 40, 8, 12, 50, 90]));
}

/** Topics x regions counts, coloured by Excel's own colour scale (conditional formatting). */
export function glanceSheet(book: ExcelJS.Workbook, layout: Layout): void {
  const sheet = book.addWorksheet('At a glance');
  sheet.addRow(['Section', 'Topic', 'Label', ...layout.columns.map((c) => c.label), 'Total']);
  for (const s of layout.sections) {
    for (const t of s.topics) sheet.addRow([s.id, topicNumber(t.id), t.label, ...t.cells.map((c) => c.entries.length), t.total]);
  }
  styleTable(sheet, [9, 8, 60, ...layout.columns.map(() => 16), 9]);
  const last = sheet.rowCount;
  if (last > 1 && layout.columns.length > 0) {
    const from = sheet.getColumn(4).letter;
    const to = sheet.getColumn(3 + layout.columns.length).letter;
    sheet.addConditionalFormatting({
      ref: `${from}2:${to}${last}`,
      rules: [{
        type: 'colorScale', priority: 1,
        cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
        color: [{ argb: 'FFFFFFFF' }, { argb: 'FF005EA0' }],
      }],
    });
  }
}

/** One matrix per index section: a row per topic, a column per region, citations and texts in the cells. */
export function matrixSheets(book: ExcelJS.Workbook, layout: Layout): void {
  for (const s of layout.sections) {
    const sheet = book.addWorksheet(sheetName(`Matrix ${s.id}`));
    sheet.addRow(['Topic', 'Label', ...layout.columns.map((c) => c.label)]);
    for (const t of s.topics) {
      sheet.addRow([topicNumber(t.id), t.label, ...t.cells.map((c) => c.entries.map((e) => `${e.recommendation.citation}${e.assignment.lowConfidence && layout.edition === 'review' ? ' [to review]' : ''}: ${e.recommendation.text}`).join('\n\n'))]);
    }
    styleTable(sheet, [8, 34, ...layout.columns.map(() => 60)]);
  }
}

export function reviewSheet(book: ExcelJS.Workbook, layout: Layout): void {
  const sheet = book.addWorksheet('Review');
  sheet.addRow(['Citation', 'Topic', 'Label', 'Score', 'Text']);
  for (const e of layout.lowConfidence) sheet.addRow([e.recommendation.citation, topicNumber(e.assignment.id), e.assignment.label, Number(e.assignment.score.toFixed(3)), e.recommendation.text]);
  for (const r of layout.unmapped) sheet.addRow([r.citation, '', '(no topic found)', 0, r.text]);
  styleTable(sheet, [30, 8, 40, 8, 90]);
}
