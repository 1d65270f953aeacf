// Small text predicates the structurer decides with: terminal punctuation,
// lowercase starts, roman numerals, footnote markers.

import type { FootnoteRef } from '../../model/types.ts';

export const normaliseSpace = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const TRAILING_NOISE = /[\s"”’'»)\]⁰¹²³⁴⁵⁶⁷⁸⁹*]+$/u;

/** The last meaningful character, past closing quotes, brackets and footnote markers. */
function lastSignificant(text: string): string {
  const trimmed = text.replace(TRAILING_NOISE, '');
  return trimmed.slice(-1);
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
  const refs: FootnoteRef[] = [];
  let text = '';
  const input = normaliseSpace(raw);
  for (let i = 0; i < input.length; i++) {
    const char = input[i] ?? '';
    if (SUPERSCRIPTS.includes(char)) {
      let marker = '';
      while (i < input.length && SUPERSCRIPTS.includes(input[i] ?? '')) {
        marker += String(SUPERSCRIPTS.indexOf(input[i] ?? ''));
        i++;
      }
      i--;
      refs.push({ marker, offset: text.length });
      continue;
    }
    text += char;
  }
  const normalised = text.replace(/ {2,}/g, ' ').trim();
  return { text: normalised, refs: normalised === text ? refs : refs.map((ref) => ({ ...ref, offset: Math.min(ref.offset, normalised.length) })) };
}
