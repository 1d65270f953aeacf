// MappingRun -> mapping.xlsx (exceljs): documents, the heatmap, a matrix per index
// section, the long format, the review list and, when traced, Annex C.

import type ExcelJS from 'exceljs';
import { Workbook } from './workbook.ts';
import type { MappingRun } from '../../pipeline/types.ts';
import type { BegunFile } from '../render-all.ts';
import { buildLayout } from '../layout/build-layout.ts';
import type { Layout } from '../layout/types.ts';
import { annexCSheets } from './annex-c.ts';
import { packWorkbook } from './pack.ts';
import { printSetup } from './fit.ts';
import { documentsSheet, glanceSheet, longSheet, matrixSheets, reviewSheet } from './sheets.ts';

/** The workbook (a new one by default) with the sheets the tracing does not change, in their order: up to the review list. */
export function mappingSheets(layout: Layout, book: ExcelJS.Workbook = new Workbook()): ExcelJS.Workbook {
  book.creator = `Concord ${layout.concordVersion}`;
  book.title = layout.title;
  const created = new Date(layout.generatedAt);
  if (!Number.isNaN(created.getTime())) book.created = created;
  glanceSheet(book, layout);
  matrixSheets(book, layout);
  longSheet(book, layout);
  // The final edition has no review list, and no scores in Annex C.
  if (layout.edition === 'review') reviewSheet(book, layout);
  return book;
}

/** The rest of the sheets: Annex C when traced, the documents; then the print setup of every sheet. */
export function laterSheets(book: ExcelJS.Workbook, layout: Layout): void {
  if (layout.tracing !== undefined) annexCSheets(book, layout.tracing, layout.edition);
  documentsSheet(book, layout);
  for (const sheet of book.worksheets) printSetup(sheet);
}

/** The workbook finished with the rest of its sheets, as bytes. */
async function finished(book: ExcelJS.Workbook, layout: Layout): Promise<Buffer> {
  laterSheets(book, layout);
  return packWorkbook(book);
}

export async function renderXlsx(run: MappingRun): Promise<Buffer> {
  const layout = buildLayout(run);
  return finished(mappingSheets(layout), layout);
}

/**
 * The workbook begun from the mapped run, before its tracing, with the sheets the tracing does not change;
 * the returned function finishes it from the traced run (the mapped run with its traces and outcome, as
 * render-all.ts checks) and gives the bytes renderXlsx gives for it.
 */
export function startXlsx(mapped: MappingRun): BegunFile {
  const book = mappingSheets(buildLayout(mapped));
  return { finish: (traced) => finished(book, buildLayout(traced)) };
}
