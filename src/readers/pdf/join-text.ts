// Joining printed lines back into running text. A hyphen at a line's end is kept
// unless it is typesetting hyphenation: a soft hyphen, or a word the document
// otherwise prints whole ("recom-/mendations"). Compounds ("multi-stakeholder",
// "Secretary-General") and suspended hyphens ("gender- and age-…") stay as printed.

/** The words of a document, to tell hyphenated line breaks from compounds. */
export interface Vocabulary {
  readonly words: ReadonlySet<string>;
  readonly compounds: ReadonlySet<string>;
}

export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const words = new Set<string>();
  const compounds = new Set<string>();
  for (const text of texts) {
    // A line-final "recom-" is neither a word nor a compound; only tokens printed whole count.
    for (const token of text.toLowerCase().match(/(?<![\p{L}-])\p{L}+(?:-\p{L}+)*(?![\p{L}-])/gu) ?? []) {
      (token.includes('-') ? compounds : words).add(token);
    }
  }
  return { words, compounds };
}

const SUSPENDED = /^(?:and|or|nor|to|as well as)\b/;

/** Appends `next` line to `text`, repairing the line break. */
export function joinLine(text: string, next: string, vocabulary: Vocabulary): string {
  if (text === '') return next;
  if (next === '') return text;
  if (text.endsWith('\u00ad')) return text.slice(0, -1) + next;
  const head = text.endsWith('-') ? lettersBefore(text, text.length - 1) : '';
  if (head === '') return `${text} ${next}`;
  if (SUSPENDED.test(next)) return `${text} ${next}`;
  const tail = /^\p{Ll}+/u.exec(next)?.[0];
  if (tail !== undefined) {
    const joined = (head + tail).toLowerCase();
    const compound = `${head}-${tail}`.toLowerCase();
    if (vocabulary.words.has(joined) && !vocabulary.compounds.has(compound)) return text.slice(0, -1) + next;
  }
  return text + next;
}

const LETTER = /^\p{L}$/u;

/**
 * The letters just before `end` (the word a line-final hyphen breaks). Read backwards from
 * the end: a regex anchored at the end (/(\p{L}+)-$/) tries every position of the text,
 * and a block's text grows line by line, which made joining a block's lines quadratic.
 */
function lettersBefore(text: string, end: number): string {
  let start = end;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && start > 1 && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start, end);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Soft hyphens inside a line are invisible; drop them. */
export const dropSoftHyphens = (text: string): string => text.replace(/\u00ad(?!$)/g, '');
