// Formats a list counter the way Word prints it for a w:numFmt value.

import { LIMITS } from '../limits.ts';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Letter numbering repeats its letter once per 26 (28 -> "bb"): a large counter would make a huge label. */
export function letterLabelTooLong(n: number, numFmt: string): boolean {
  return (numFmt === 'lowerLetter' || numFmt === 'upperLetter') && Math.floor((n - 1) / 26) + 1 > LIMITS.labelChars;
}

/** The w:numFmt values read; any other format is printed as decimal (and reported by the caller). */
export const KNOWN_FORMATS: ReadonlySet<string> = new Set([
  'decimal', 'decimalZero', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'bullet', 'none',
]);

/** formatNumber(3, 'lowerLetter') -> "c"; formatNumber(28, 'lowerLetter') -> "bb" (Word repeats letters). */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** Past LIMITS.labelChars repeated letters the counter is printed as a number (the caller warns). */
function letters(n: number): string {
  if (n <= 0 || letterLabelTooLong(n, 'lowerLetter')) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** "12" -> "¹²": how footnote markers are written into block text. */
export function superscriptDigits(marker: string): string {
  return [...marker].map((ch) => (ch >= '0' && ch <= '9' ? SUPERSCRIPT_DIGITS[Number(ch)] : ch)).join('');
}
