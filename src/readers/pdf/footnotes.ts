// Footnotes: the lines at the foot of a page printed smaller than the body, each
// note opening with its marker ("¹ See…" or "1 See…"). A note running onto the
// next page continues there at the foot, never in the body text.

import type { RawFootnote } from '../blocks.ts';
import type { Line } from './types.ts';
import { joinLine, type Vocabulary } from './join-text.ts';

const SUPERSCRIPT_MARKER = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*{1,3})\s*(\S.*)$/;
const PLAIN_MARKER = /^(\d{1,3}|\*{1,3})\s+(\S.*)$/;
const SUPERSCRIPT_TO_DIGIT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export interface FootnoteSplit {
  /** Each page's body lines, footnote lines removed. */
  readonly pages: readonly (readonly Line[])[];
  readonly footnotes: readonly RawFootnote[];
}

interface OpenNote {
  marker: string;
  text: string;
  readonly page: number;
}

export function splitFootnotes(name: string, linesByPage: readonly (readonly Line[])[], bodySize: number, vocabulary: Vocabulary): FootnoteSplit {
  const notes: OpenNote[] = [];
  const pages = linesByPage.map((lines) => {
    const zoneStart = footZoneStart(lines, bodySize);
    const zone = lines.slice(zoneStart);
    if (zone.length === 0 || zoneStart === 0) return lines;
    const left = zone.reduce((least, line) => Math.min(least, line.x), Number.POSITIVE_INFINITY);
    const opensNote = (line: Line): RegExpExecArray | null => {
      const superscript = SUPERSCRIPT_MARKER.exec(line.text);
      if (superscript !== null && /^[⁰¹²³⁴⁵⁶⁷⁸⁹*]/.test(line.text)) return superscript;
      const plain = PLAIN_MARKER.exec(line.text);
      if (plain === null || line.x > left + 1) return null;
      const previous = notes.at(-1);
      const expected = previous === undefined || !/^\d+$/.test(previous.marker) ? undefined : String(Number(previous.marker) + 1);
      return expected === undefined || plain[1] === expected || plain[1]?.startsWith('*') === true ? plain : null;
    };
    const first = zone[0];
    if (first === undefined || (opensNote(first) === null && notes.length === 0)) return lines;
    for (const line of zone) {
      const opened = opensNote(line);
      const last = notes.at(-1);
      if (opened !== null) {
        notes.push({ marker: toDigits(opened[1] ?? ''), text: opened[2] ?? '', page: line.page });
      } else if (last !== undefined) {
        last.text = joinLine(last.text, line.text.replace(/\t/g, ' '), vocabulary);
      }
    }
    return lines.slice(0, zoneStart);
  });
  const footnotes = notes.map((note) => ({ marker: note.marker, text: note.text.replace(/\s+/g, ' ').trim(), place: { source: name, page: note.page } }));
  return { pages, footnotes };
}

/** Index of the first line of the run of smaller-than-body lines closing the page (lines.length when none). */
function footZoneStart(lines: readonly Line[], bodySize: number): number {
  let start = lines.length;
  while (start > 0 && (lines[start - 1]?.size ?? bodySize) < bodySize - 0.75) start--;
  return start;
}

function toDigits(marker: string): string {
  return [...marker].map((char) => {
    const index = SUPERSCRIPT_TO_DIGIT.indexOf(char);
    return index >= 0 ? String(index) : char;
  }).join('');
}
