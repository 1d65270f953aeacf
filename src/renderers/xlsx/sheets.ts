// Sheet builders for mapping.xlsx: frozen header rows, autofilters, wrapped text, widths;
// every row as high as its text, a long text continued on the next rows (fit.ts).

import type ExcelJS from 'exceljs';
import { longTable, longWidths } from '../layout/final-columns.ts';
import { longRows } from '../layout/long-rows.ts';
import type { Layout } from '../layout/types.ts';
import { meetingLabel, topicNumber } from '../layout/wording.ts';
import { addFittedRow } from './fit.ts';

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

type Value = string | number | boolean;

/** A sheet's table: the header, then each row fitted to `widths` (`keys`: the columns a continued row repeats). */
export function fillTable(sheet: ExcelJS.Worksheet, head: readonly string[], widths: readonly number[], rows: Iterable<readonly Value[]>, keys: readonly number[] = [1]): void {
  sheet.addRow([...head]);
  for (const row of rows) addFittedRow(sheet, row, widths, keys);
  styleTable(sheet, widths);
}

/** Sheet names: at most 31 characters, none of []:*?/\ */
export const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

export function documentsSheet(book: ExcelJS.Workbook, layout: Layout): void {
  const sheet = book.addWorksheet('Documents');
  if (layout.edition === 'final') {
    // For circulation: the reports mapped, without files, formats or the machine's statuses.
    fillTable(sheet, ['Symbol', 'Region', 'Meeting', 'Recommendations'], [22, 28, 70, 16], layout.documents.map((d) => [d.symbol, d.region ?? '', meetingLabel(d), d.recommendationCount]));
    return;
  }
  const rows: Value[][] = [];
  for (const d of layout.documents) rows.push([d.symbol, d.region ?? '', meetingLabel(d), d.source, d.format, d.recommendationCount, d.symbolProvisional ? 'mapped (provisional symbol)' : 'mapped']);
  for (const d of layout.excluded) rows.push([d.symbol, d.region ?? '', meetingLabel(d), d.source, d.format, d.recommendationCount, `not mapped: ${d.excluded ?? ''}`]);
  for (const s of layout.skipped) rows.push(['', '', '', s.source, '', 0, `could not be read: ${s.reason}`]);
  fillTable(sheet, ['Symbol', 'Region', 'Meeting', 'File', 'Format', 'Recommendations', 'Status'], [22, 28, 50, 40, 8, 16, 50], rows);
}

export function longSheet(book: ExcelJS.Workbook, layout: Layout): void {
  const sheet = book.addWorksheet('Recommendations');
  // A continued row repeats the citation and the topic, so a filter on either keeps it.
  const { headers, rows } = longTable(layout.edition, longRows(layout));
  fillTable(sheet, headers, longWidths(layout.edition, [30, 20, 10, 12, 26, 40, 10, 9, 40, 8, 12, 50, 90]), rows, [1, 8]);
}

/** Topics x regions counts, coloured by Excel's own colour scale (conditional formatting). */
export function glanceSheet(book: ExcelJS.Workbook, layout: Layout): void {
  const sheet = book.addWorksheet('At a glance');
  const rows = layout.sections.flatMap((s) => s.topics.map((t) => [s.id, topicNumber(t.id), t.label, ...t.cells.map((c) => c.entries.length), t.total]));
  fillTable(sheet, ['Section', 'Topic', 'Label', ...layout.columns.map((c) => c.label), 'Total'], [9, 8, 60, ...layout.columns.map(() => 16), 9], rows, [1, 2]);
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

/**
 * One matrix per index section: a column per region and, per topic, one row per rank (the first
 * recommendation of each region, the second, …), each naming its topic, so that no cell holds more
 * than a recommendation and a filter on the topic keeps all its rows.
 */
export function matrixSheets(book: ExcelJS.Workbook, layout: Layout): void {
  for (const s of layout.sections) {
    const sheet = book.addWorksheet(sheetName(`Matrix ${s.id}`));
    const rows: Value[][] = [];
    for (const t of s.topics) {
      const depth = Math.max(1, ...t.cells.map((c) => c.entries.length));
      for (let k = 0; k < depth; k += 1) {
        rows.push([topicNumber(t.id), t.label, ...t.cells.map((c) => {
          const e = c.entries[k];
          return e === undefined ? '' : `${e.recommendation.citation}${e.assignment.lowConfidence && layout.edition === 'review' ? ' [to review]' : ''}: ${e.recommendation.text}`;
        })]);
      }
    }
    fillTable(sheet, ['Topic', 'Label', ...layout.columns.map((c) => c.label)], [8, 34, ...layout.columns.map(() => 60)], rows, [1, 2]);
  }
}

export function reviewSheet(book: ExcelJS.Workbook, layout: Layout): void {
  const sheet = book.addWorksheet('Review');
  const rows: Value[][] = [];
  for (const e of layout.lowConfidence) rows.push([e.recommendation.citation, topicNumber(e.assignment.id), e.assignment.label, Number(e.assignment.score.toFixed(3)), e.recommendation.text]);
  for (const r of layout.unmapped) rows.push([r.citation, '', '(no topic found)', 0, r.text]);
  fillTable(sheet, ['Citation', 'Topic', 'Label', 'Score', 'Text'], [30, 8, 40, 8, 90], rows);
}
