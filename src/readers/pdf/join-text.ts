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
  const hyphenated = /(\p{L}+)-$/u.exec(text);
  if (hyphenated === null) return `${text} ${next}`;
  if (SUSPENDED.test(next)) return `${text} ${next}`;
  const head = hyphenated[1] ?? '';
  const tail = /^\p{Ll}+/u.exec(next)?.[0];
  if (tail !== undefined) {
    const joined = (head + tail).toLowerCase();
    const compound = `${head}-${tail}`.toLowerCase();
    if (vocabulary.words.has(joined) && !vocabulary.compounds.has(compound)) return text.slice(0, -1) + next;
  }
  return text + next;
}

/** Soft hyphens inside a line are invisible; drop them. */
export const dropSoftHyphens = (text: string): string => text.replace(/\u00ad(?!$)/g, '');
