// No clipped cell: a row's height is set from the lines its cells wrap to (estimated from the
// column width), and a text longer than a cell's practical size (Excel caps a row at 409 points)
// is split at a word across continued rows, marked "(cont.)".

import type ExcelJS from 'exceljs';

/** Points per line of the default 11-point font, and Excel's cap on a row's height. */
export const LINE_POINTS = 15;
export const MAX_ROW_POINTS = 409;
/** Lines a cell may hold: the cap less a line's worth of padding. */
export const MAX_LINES = Math.floor(MAX_ROW_POINTS / LINE_POINTS) - 1;
export const CONTINUED = '(cont.)';

type Value = string | number | boolean;

/** Characters that fit on a line of a column `width` wide (Excel's unit: a digit's width); kept on the safe side. */
export const charsPerLine = (width: number): number => Math.max(4, Math.floor(width * 1.0) - 2);

/** A wrapped line, and whether a line break of the text (not the wrapping) ends it. */
interface Line { readonly text: string; readonly breaks: boolean }

function lines(text: string, width: number): Line[] {
  const room = charsPerLine(width);
  const out: Line[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      // A word longer than a line takes as many lines as it needs.
      for (let rest = word; rest !== '';) {
        const candidate = line === '' ? rest : `${line} ${rest}`;
        if (candidate.length <= room) { line = candidate; rest = ''; continue; }
        if (line !== '') { out.push({ text: line, breaks: false }); line = ''; continue; }
        out.push({ text: rest.slice(0, room), breaks: false });
        rest = rest.slice(room);
      }
    }
    out.push({ text: line, breaks: true });
  }
  return out;
}

/** The lines `text` wraps to in a column of `width`: greedy word wrap, explicit line breaks kept. */
export function wrap(text: string, width: number): string[] {
  return lines(text, width).map((l) => l.text);
}

/** Cuts `text` into pieces of at most MAX_LINES wrapped lines, at whole words and line breaks. */
export function pieces(text: string, width: number): string[] {
  const all = lines(text, width);
  if (all.length <= MAX_LINES) return [text];
  const out: string[] = [];
  for (let i = 0; i < all.length; i += MAX_LINES - 1) {
    // One line of each piece after the first is left for the "(cont.)" mark.
    const chunk = all.slice(i, i + MAX_LINES - 1);
    const joined = chunk.map((l, j) => l.text + (j === chunk.length - 1 ? '' : l.breaks ? '\n' : ' ')).join('');
    out.push(out.length === 0 ? joined : `${CONTINUED} ${joined}`);
  }
  return out;
}

/**
 * Adds a row, continued on as many rows as its longest text needs; `keys` (1-based columns) are
 * repeated on each continued row with "(cont.)", so a continued row still says what it continues.
 */
export function addFittedRow(sheet: ExcelJS.Worksheet, values: readonly Value[], widths: readonly number[], keys: readonly number[] = [1]): void {
  const split = values.map((v, i) => (typeof v === 'string' && !keys.includes(i + 1) ? pieces(v, widths[i] ?? 10) : [v]));
  const count = Math.max(1, ...split.map((p) => p.length));
  for (let k = 0; k < count; k += 1) {
    const row = values.map((v, i) => {
      if (k === 0) return split[i]?.[0] ?? v;
      if (keys.includes(i + 1)) return typeof v === 'string' && v !== '' ? `${v} ${CONTINUED}` : v;
      return split[i]?.[k] ?? '';
    });
    const added = sheet.addRow(row);
    added.height = heightOf(row, widths);
  }
}

/** The height, in points, that shows every line of the row's cells (at most Excel's cap). */
export function heightOf(row: readonly Value[], widths: readonly number[]): number {
  const lines = Math.max(1, ...row.map((v, i) => (typeof v === 'string' ? wrap(v, widths[i] ?? 10).length : 1)));
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 4);
}

/** Landscape A4, one page wide, the header row repeated on every printed page, the table as print area. */
export function printSetup(sheet: ExcelJS.Worksheet): void {
  const lastColumn = Math.max(1, sheet.columnCount);
  const lastRow = Math.max(1, sheet.rowCount);
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    printArea: `A1:${sheet.getColumn(lastColumn).letter}${lastRow}`,
  };
}
