// Cuts a text into plain and highlighted segments from evidence spans, tolerating
// spans whose offsets drifted (found again by their text) and overlapping spans.

import type { Span } from '../../mapping/types.ts';
import type { Segment } from './types.ts';

function locate(text: string, span: Span): [number, number] | undefined {
  if (span.end > span.start && text.slice(span.start, span.end) === span.text) return [span.start, span.end];
  if (span.text.trim() === '') return undefined;
  const at = text.toLowerCase().indexOf(span.text.toLowerCase());
  return at < 0 ? undefined : [at, at + span.text.length];
}

/**
 * @example segmentsOf('Support UNODC now', [{ start: 8, end: 13, text: 'UNODC' }])
 *   // [{ text: 'Support ', marked: false }, { text: 'UNODC', marked: true }, { text: ' now', marked: false }]
 */
export function segmentsOf(text: string, spans: readonly Span[]): Segment[] {
  const ranges = spans
    .map((span) => locate(text, span))
    .filter((range): range is [number, number] => range !== undefined)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** The highlighted phrases of a segment list, in order. */
export function markedPhrases(segments: readonly Segment[]): string[] {
  return segments.filter((s) => s.marked).map((s) => s.text);
}
