// Splits a text into plain and marked segments from character spans, so evidence and
// search matches are rendered as React text inside <mark> (never as HTML).

export interface MarkSpan {
  readonly start: number;
  readonly end: number;
  /** Free label carried to the segment (a topic id, "match"). */
  readonly tag?: string;
}

export interface Segment {
  readonly text: string;
  readonly marked: boolean;
  readonly tags: readonly string[];
  readonly start: number;
}

/**
 * Cuts `text` at every span boundary; overlapping spans merge their tags.
 * segmentText('abc def', [{start: 4, end: 7, tag: 'D7'}]) -> ['abc ', 'def'(marked)]
 */
export function segmentText(text: string, spans: readonly MarkSpan[]): Segment[] {
  const valid = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), tag: s.tag }))
    .filter((s) => s.end > s.start);
  if (valid.length === 0) return text ? [{ text, marked: false, tags: [], start: 0 }] : [];
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    if (end <= start) continue;
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    const tags = [...new Set(covering.map((s) => s.tag).filter((t): t is string => Boolean(t)))];
    const previous = segments[segments.length - 1];
    const marked = covering.length > 0;
    if (previous && previous.marked === marked && sameTags(previous.tags, tags)) {
      segments[segments.length - 1] = { ...previous, text: previous.text + text.slice(start, end) };
    } else {
      segments.push({ text: text.slice(start, end), marked, tags, start });
    }
  }
  return segments;
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/**
 * Spans where any of the terms occurs as a whole word (case-insensitive): not inside a longer
 * word, so "of" marks "of" and never the start of "Office" or "offenders". The server gives
 * the words of the text that matched (prefix and fuzzy matches included) as the terms.
 */
export function termSpans(text: string, terms: readonly string[], tag = 'match'): MarkSpan[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const spans: MarkSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    spans.push({ start, end: start + match[0].length, tag });
  }
  return spans;
}

/** Spans where a phrase occurs, when a producer gave the phrase but no offsets. */
export function phraseSpans(text: string, phrases: readonly string[], tag?: string): MarkSpan[] {
  const lower = text.toLowerCase();
  const spans: MarkSpan[] = [];
  for (const phrase of phrases) {
    const needle = phrase.toLowerCase().trim();
    if (!needle) continue;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(needle, from);
      if (at < 0) break;
      spans.push(tag === undefined ? { start: at, end: at + needle.length } : { start: at, end: at + needle.length, tag });
      from = at + needle.length;
    }
  }
  return spans;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text cut to its first `max` characters, with "…" when anything was cut (for options and previews). */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
