// Where a paragraph of the outcome stands: in the declaration's preamble or among its numbered
// (operative) paragraphs. A paragraph is named by its part and its number within that part;
// without a part it is operative, so every link, decision and answer file written before the
// preamble was citable still names the same paragraph.

/** The part of the outcome a paragraph stands in; absent (operative) on most links. */
export type OutcomePart = 'preamble' | 'operative';

/** A paragraph of the outcome as links, candidates and decisions name it. */
export interface ParagraphRef {
  readonly paragraph: number;
  readonly part?: OutcomePart | undefined;
}

export const isPreamble = (ref: { readonly part?: OutcomePart | undefined }): boolean => ref.part === 'preamble';

/**
 * The one number a paragraph is known by in maps and in the store's `paragraph` column: its
 * number, negated in the preamble (no operative paragraph is numbered 0 or below, so old rows
 * keep meaning what they meant).
 * @example paragraphKey({ paragraph: 3, part: 'preamble' }) // -3
 */
export function paragraphKey(ref: ParagraphRef): number {
  return isPreamble(ref) ? -ref.paragraph : ref.paragraph;
}

/** The paragraph a key names: `paragraphRef(-3)` is the preamble's third paragraph. */
export function paragraphRef(key: number): { readonly paragraph: number; readonly part?: 'preamble' } {
  return key < 0 ? { paragraph: -key, part: 'preamble' } : { paragraph: key };
}

/** The part as the contract writes it: only a preambular paragraph says so. */
export function partField(ref: { readonly part?: OutcomePart | undefined }): { readonly part?: 'preamble' } {
  return isPreamble(ref) ? { part: 'preamble' } : {};
}

/** "preamble, para. 3" / "para. 23": a paragraph's place in the declaration, for short lists. */
export function placeLabel(ref: ParagraphRef): string {
  return isPreamble(ref) ? `preamble, para. ${ref.paragraph}` : `para. ${ref.paragraph}`;
}

/** Preamble first, then the operative paragraphs, each in its order. */
export function byPlace(a: ParagraphRef, b: ParagraphRef): number {
  return Number(isPreamble(b)) - Number(isPreamble(a)) || a.paragraph - b.paragraph;
}
