// MappingRun -> mapping.xlsx (exceljs): documents, the heatmap, a matrix per index
// section, the long format, the review list and, when traced, Annex C.

import ExcelJS from 'exceljs';
import type { MappingRun } from '../../pipeline/types.ts';
import { buildLayout } from '../layout/build-layout.ts';
import { annexCSheets } from './annex-c.ts';
import { printSetup } from './fit.ts';
import { documentsSheet, glanceSheet, longSheet, matrixSheets, reviewSheet } from './sheets.ts';

export async function renderXlsx(run: MappingRun): Promise<Buffer> {
  const layout = buildLayout(run);
  const book = new ExcelJS.Workbook();
  book.creator = `Concord ${layout.concordVersion}`;
  book.title = layout.title;
  const created = new Date(layout.generatedAt);
  if (!Number.isNaN(created.getTime())) book.created = created;
  glanceSheet(book, layout);
  matrixSheets(book, layout);
  longSheet(book, layout);
  // The final edition has no review list, and no scores in Annex C.
  if (layout.edition === 'review') reviewSheet(book, layout);
  if (layout.tracing !== undefined) annexCSheets(book, layout.tracing, layout.edition);
  documentsSheet(book, layout);
  for (const sheet of book.worksheets) printSetup(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}
