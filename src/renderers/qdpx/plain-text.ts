// A report as the plain text a REFI-QDA source carries: title, headings, numbered paragraphs
// and lettered items one per line, footnotes at the end; with where each recommendation's
// text stands in it. REFI-QDA counts positions in Unicode characters (code points), not in
// UTF-16 units as JavaScript strings do: see codePointOffsets.
import type { ConcordDocument, Heading } from '../../model/types.ts';

/** A range [start, end) of the text, in UTF-16 units of the JavaScript string. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface SourceText {
  readonly text: string;
  /** Per recommendation id, where its text stands. */
  readonly ranges: ReadonlyMap<string, TextRange>;
}

const itemKey = (paragraphId: string, label: string): string => `${paragraphId}\u0000${label}`;

/** Lays the document out as text, in document order (headings are interleaved by their place before the paragraphs they head). */
export function sourceText(doc: ConcordDocument): SourceText {
  const parts: string[] = [];
  let length = 0;
  const push = (text: string): number => {
    const at = length;
    parts.push(text);
    length += text.length;
    return at;
  };
  const itemStarts = new Map<string, TextRange>();
  const headingIndex = new Map(doc.headings.map((h, i) => [h.id, i]));
  let nextHeading = 0;
  const emitHeadingsTo = (last: number): void => {
    for (; nextHeading <= last; nextHeading += 1) {
      const heading: Heading | undefined = doc.headings[nextHeading];
      if (heading !== undefined) push(`${heading.text}\n\n`);
    }
  };
  push(`${doc.title}\n\n`);
  for (const paragraph of doc.paragraphs) {
    if (paragraph.headingId !== undefined) emitHeadingsTo(headingIndex.get(paragraph.headingId) ?? -1);
    push(paragraph.number === null ? '' : `${paragraph.number}. `);
    const start = push(paragraph.text);
    itemStarts.set(itemKey(paragraph.id, ''), { start, end: length });
    push('\n');
    for (const item of paragraph.items) {
      push(`(${item.label.split('.').join(') (')}) `);
      const at = push(item.text);
      itemStarts.set(itemKey(paragraph.id, item.label), { start: at, end: length });
      push('\n');
    }
    push('\n');
  }
  emitHeadingsTo(doc.headings.length - 1);
  if (doc.footnotes.length > 0) {
    push('Notes\n\n');
    for (const footnote of doc.footnotes) push(`${footnote.marker} ${footnote.text}\n`);
  }
  const ranges = new Map<string, TextRange>();
  for (const r of doc.recommendations) {
    const range = itemStarts.get(itemKey(r.paragraphId, r.subparagraph));
    if (range !== undefined) ranges.set(r.id, range);
  }
  return { text: parts.join(''), ranges };
}

/**
 * Converts UTF-16 offsets of `text` to code-point offsets, in one pass over the text.
 * @example codePointOffsets('a😀b', [0, 3, 4]) // [0, 2, 3]
 */
export function codePointOffsets(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((offset, i) => ({ offset, i })).sort((a, b) => a.offset - b.offset);
  const out = new Array<number>(offsets.length).fill(0);
  let unit = 0;
  let point = 0;
  for (const { offset, i } of order) {
    while (unit < offset && unit < text.length) {
      const code = text.charCodeAt(unit);
      unit += code >= 0xd800 && code <= 0xdbff && ((text.charCodeAt(unit + 1) || 0) & 0xfc00) === 0xdc00 ? 2 : 1;
      point += 1;
    }
    out[i] = point;
  }
  return out;
}
