// The long format as the final edition gives it: without the machine's score and low-confidence flag.

import { LONG_HEADERS, type LongRow } from './long-rows.ts';
import type { Edition } from './types.ts';

const REVIEW_ONLY: readonly string[] = ['score', 'low confidence'];

/** The headers and rows of the long format for an edition: the final one drops the review columns. */
export function longTable(edition: Edition, rows: readonly LongRow[]): { headers: string[]; rows: (string | number | boolean)[][] } {
  if (edition === 'review') return { headers: [...LONG_HEADERS], rows: rows.map((r) => [...r]) };
  const keep = LONG_HEADERS.map((h, i) => (REVIEW_ONLY.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return { headers: keep.map((i) => LONG_HEADERS[i] ?? ''), rows: rows.map((r) => keep.map((i) => r[i] ?? '')) };
}

/** Column widths of the long format's sheet for an edition, from the review edition's. */
export function longWidths(edition: Edition, widths: readonly number[]): number[] {
  return edition === 'review' ? [...widths] : widths.filter((_, i) => !REVIEW_ONLY.includes(LONG_HEADERS[i] ?? ''));
}
