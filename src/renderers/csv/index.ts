// MappingRun -> mapping.csv: the long format, RFC 4180 quoting, CRLF, UTF-8 with BOM
// so that Excel opens it with the right characters.

import type { MappingRun } from '../../pipeline/types.ts';
import { buildLayout } from '../layout/build-layout.ts';
import { LONG_HEADERS, longRows } from '../layout/long-rows.ts';

/** Quotes a field when it holds a comma, quote, CR or LF; doubles inner quotes. */
export function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(run: MappingRun): string {
  const lines = [LONG_HEADERS, ...longRows(buildLayout(run))].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
