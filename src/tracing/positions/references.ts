// The recommendations a statement lists: "122.1, 122.12, 122.17-18, 122.62- 66" or, where the
// report numbers them under one paragraph, "1–5, 14– 16, 150 – 152", "115.1 to 115.5". Ranges are expanded.

export interface Reference {
  /** The report's paragraph, when the statement names it ("122" of "122.17"). */
  readonly paragraph?: number;
  readonly number: number;
}

const REFERENCE = /(?:(\d{1,3})\.)?(\d{1,3})(?:\s*(?:[-–]|\bto\b)\s*(?:(\d{1,3})\.)?(\d{1,3}))?/g;
/** A list never runs longer than this many recommendations per range: a larger span is a misreading. */
const MAX_RANGE = 500;

export function parseReferences(list: string): Reference[] {
  const references: Reference[] = [];
  for (const match of list.matchAll(REFERENCE)) {
    const [, paragraphText, fromText, toParagraphText, toText] = match;
    if (fromText === undefined) continue;
    const paragraph = paragraphText === undefined ? undefined : Number(paragraphText);
    const from = Number(fromText);
    const to = toText === undefined ? from : Number(toText);
    if (toParagraphText !== undefined && paragraph !== undefined && Number(toParagraphText) !== paragraph) continue;
    if (to < from || to - from > MAX_RANGE) continue;
    for (let n = from; n <= to; n++) references.push(paragraph === undefined ? { number: n } : { paragraph, number: n });
  }
  return references;
}

/** Numbers, points, commas, dashes, "and", "to": what a list of recommendations is made of. */
const LIST = /^(?:[\s\d.,;:–-]|\b(?:and|to)\b)*/;

/**
 * The list a statement's phrase opens: from the phrase to the first word that is no part of a
 * list ("…122.156. Slovenia considers…", "…1, 2 and notes recommendations 3…").
 */
export function listAfter(text: string, end: number): string {
  return LIST.exec(text.slice(end))?.[0].replace(/[\s.,;:]+$/, '') ?? '';
}
