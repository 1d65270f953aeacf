// The one CSV writer (mapping.csv and the workbench's review log): RFC 4180 quoting, CRLF,
// UTF-8 with a BOM so that Excel opens it with the right characters, and text cells that a
// spreadsheet would run as a formula defused (OWASP's CSV-injection rule).

export type CsvValue = string | number | boolean | null;

/** A text cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: a text that starts like a formula gets a leading apostrophe (shown as text, not run),
 * then the field is quoted when it holds a comma, quote, CR or LF. Numbers and booleans are written as they are.
 * @example csvField('=HYPERLINK("http://x")') // => `"'=HYPERLINK(""http://x"")"`
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: rows of fields, CRLF after every row, BOM first. */
export function writeCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
