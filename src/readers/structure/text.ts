// Small text predicates the structurer decides with: terminal punctuation,
// lowercase starts, roman numerals, footnote markers.

import type { FootnoteRef } from '../../model/types.ts';

const ODD_SPACE = /[^\S ]| {2}/;

export const normaliseSpace = (text: string): string =>
  (ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();

/**
 * The model's canonical text: single spaces, and the typographic apostrophe inside a
 * word written as "'" (Word keeps "Office’s", converted text often has "Office's";
 * every format must give the same text).
 */
export const normaliseText = (text: string): string => {
  const spaced = normaliseSpace(text);
  if (!spaced.includes('’') && !spaced.includes('‘')) return spaced;
  // Without an opening single quote, every ’ after a letter is an apostrophe ("victims’ rights").
  return spaced.includes('‘') ? spaced.replace(/(?<=\p{L})[’‘](?=\p{L})/gu, "'") : spaced.replace(/(?<=\p{L})’/gu, "'");
};

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MARKER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;
const MARKERS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const TRAILING_NOISE = new Set([...' \t\n\u00a0"”’\'»)]*', ...SUPERSCRIPTS]);

/** The last meaningful character, past closing quotes, brackets and footnote markers (scans from the end). */
function lastSignificant(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && TRAILING_NOISE.has(text[i] ?? '')) i--;
  return i >= 0 ? text[i] ?? '' : '';
}

/** Ends as a sentence, clause or list entry ends: . ; : ! ? (and , for preamble clauses). */
export function endsClause(text: string): boolean {
  return /[.;:!?,]/.test(lastSignificant(text));
}

/** Ends a sentence or introduces a list: . ; : ! ? */
export function endsSentence(text: string): boolean {
  return /[.;:!?]/.test(lastSignificant(text));
}

export function startsLowercase(text: string): boolean {
  return /^[\p{Ll}]/u.test(text.replace(/^["“‘'(\[]+/, ''));
}

export function startsUppercase(text: string): boolean {
  return /^[\p{Lu}]/u.test(text.replace(/^["“‘'«]+/, ''));
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "XIV" -> 14; NaN when not a well-formed roman numeral. */
export function romanToInt(roman: string): number {
  const upper = roman.toUpperCase();
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(upper) || upper === '') return Number.NaN;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN[upper[i] ?? ''] ?? 0;
    const next = ROMAN[upper[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function intToRoman(value: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [n, s] of table) {
    while (rest >= n) { out += s; rest -= n; }
  }
  return out;
}

export const nextLetter = (label: string | undefined): string =>
  label === undefined ? 'a' : String.fromCharCode(label.charCodeAt(label.length - 1) + 1);

/**
 * Removes superscript footnote markers from a text and says where they stood.
 * @example extractFootnoteMarkers('annex.¹ More') // { text: 'annex. More', refs: [{ marker: '1', offset: 6 }] }
 */
export function extractFootnoteMarkers(raw: string): { text: string; refs: FootnoteRef[] } {
  const input = normaliseText(raw);
  if (!MARKER.test(input)) return { text: input, refs: [] };
  const refs: FootnoteRef[] = [];
  // Pieces joined once at the end (slicing the growing text for each marker was quadratic).
  const parts: string[] = [];
  let length = 0;
  let endsWithSpace = false;
  const add = (piece: string): void => {
    if (piece === '') return;
    parts.push(piece);
    length += piece.length;
    endsWithSpace = piece.endsWith(' ');
  };
  let last = 0;
  for (const match of input.matchAll(MARKERS)) {
    add(input.slice(last, match.index));
    // A marker standing alone between spaces leaves one space, not two.
    if (endsWithSpace && input[match.index + match[0].length] === ' ') {
      const trimmedTop = (parts.pop() as string).slice(0, -1);
      length -= 1;
      if (trimmedTop !== '') parts.push(trimmedTop);
      endsWithSpace = parts.at(-1)?.endsWith(' ') ?? false;
    }
    refs.push({ marker: [...match[0]].map((c) => String(SUPERSCRIPTS.indexOf(c))).join(''), offset: length });
    last = match.index + match[0].length;
  }
  add(input.slice(last));
  const text = parts.join('');
  const trimmed = text.trim();
  const shift = text.length - text.trimStart().length;
  return { text: trimmed, refs: refs.map((ref) => ({ ...ref, offset: Math.min(Math.max(0, ref.offset - shift), trimmed.length) })) };
}
