// Page furniture: running headers and footers (the symbol, "2/16", job number
// "V.19-02841", barcode "*1902841*", anything repeated at the same place on many
// pages) and the masthead of page 1. None of it is running text; the symbol it
// states is kept as the document's stated symbol.

import type { Line, Page, Segment } from './types.ts';

/** A UN document symbol standing alone: "A/CONF.234/RPM.5/1", "E/CN.15/2019/1". */
const SYMBOL = /^[A-Z][A-Z]{0,9}(?:\/[A-Za-z0-9.\-]+){1,7}\*?$/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/i;
/** The job number opening a UN footer ("V.19-02841 (E) …"): the whole footer line goes. */
const JOB_NUMBER = /^[A-Z]{1,2}\.\d{2}-\d{4,6}\b/;
const FOOTER_BITS = [/^\*\d{5,}\*$/, /^\d{6}(?:\s+\d{6})*$/, /^please recycle\b/i, /^\(E\)$/];
const MASTHEAD = [
  /^United Nations$/i,
  /^(?:General Assembly|Security Council|Economic and Social Council|International Court of Justice|Secretariat)$/i,
  /^Distr\.?:/i,
  /^(?:General|Limited|Restricted)$/i,
  /^Original:/i,
  /^Language:/i,
  /^\d{1,2} [A-Z][a-z]+ \d{4}$/,
  /^(?:Arabic|Chinese|English|French|Russian|Spanish)(?:[,\s]+(?:and\s+)?(?:Arabic|Chinese|English|French|Russian|Spanish))*$/,
];
/** Top and bottom share of the page where headers and footers live. */
const MARGIN_ZONE = 0.12;

export interface FurnitureResult {
  readonly pages: readonly (readonly Line[])[];
  readonly statedSymbol?: string;
}

export function removeFurniture(pages: readonly Page[], linesByPage: readonly (readonly Line[])[]): FurnitureResult {
  const repeated = repeatedMarginTexts(pages, linesByPage);
  const symbols = runningSymbols(pages, linesByPage);
  const cleaned = linesByPage.map((lines, index) => {
    const page = pages[index];
    if (page === undefined) return lines;
    const mastheadFloor = mastheadFloorOf(index, lines, page);
    const isRepeated = (line: Line): boolean => line.segments.some((segment) => repeated.has(marginKey(line, segment)));
    const text = lines.filter((line) => !isRepeated(line));
    // A running head stands apart; a repeated line set close to other text (a footnote's last line) is text.
    const textHeights = new SortedHeights(text);
    const standsApart = (line: Line): boolean => !textHeights.anyWithin(line.y, 1.6 * line.size, line);
    const kept: Line[] = [];
    for (const line of lines) {
      const inMargin = isInMargin(line, page);
      const inMasthead = isInMasthead(line, mastheadFloor);
      if (inMargin && line.segments.some((segment) => JOB_NUMBER.test(segment.text))) continue;
      const segments = line.segments.filter((segment) => {
        if ((inMargin || inMasthead) && symbols.has(symbolIn(segment) ?? '')) return false;
        if (inMargin && (PAGE_NUMBER.test(segment.text) || FOOTER_BITS.some((bit) => bit.test(segment.text)))) return false;
        if (inMargin && repeated.has(marginKey(line, segment)) && standsApart(line)) return false;
        if (inMasthead && (MASTHEAD.some((pattern) => pattern.test(segment.text)) || segment.x >= page.width * 0.45)) return false;
        return true;
      });
      if (segments.length === line.segments.length) kept.push(line);
      else if (segments.length > 0) kept.push(withSegments(line, segments));
    }
    return kept;
  });
  const statedSymbol = [...symbols].sort((a, b) => b[1] - a[1])[0]?.[0];
  return statedSymbol === undefined ? { pages: cleaned } : { pages: cleaned, statedSymbol };
}

/** A segment that is a document symbol standing alone; "…/1*": the reissue mark is not part of the symbol. */
const symbolIn = (segment: Segment): string | undefined =>
  SYMBOL.test(segment.text) && /\d/.test(segment.text) ? segment.text.replace(/\*$/, '') : undefined;

/**
 * Symbols the document states, with how often it prints them: in page 1's masthead or
 * margins, or in the margins of two pages or more (a running head). A symbol met once
 * in a later page's margin is text, such as a list of documents' row at a page's foot.
 */
function runningSymbols(pages: readonly Page[], linesByPage: readonly (readonly Line[])[]): Map<string, number> {
  const seen = new Map<string, { count: number; pages: Set<number> }>();
  linesByPage.forEach((lines, index) => {
    const page = pages[index];
    if (page === undefined) return;
    const mastheadFloor = mastheadFloorOf(index, lines, page);
    for (const line of lines) {
      if (!isInMargin(line, page) && !isInMasthead(line, mastheadFloor)) continue;
      for (const segment of line.segments) {
        const symbol = symbolIn(segment);
        if (symbol === undefined) continue;
        const entry = seen.get(symbol) ?? { count: 0, pages: new Set<number>() };
        entry.count += 1;
        entry.pages.add(index);
        seen.set(symbol, entry);
      }
    }
  });
  return new Map([...seen].filter(([, entry]) => entry.pages.has(0) || entry.pages.size >= 2).map(([symbol, entry]) => [symbol, entry.count]));
}

/** Where page 1's masthead ends (it has one only there). */
const mastheadFloorOf = (index: number, lines: readonly Line[], page: Page): number | undefined =>
  index === 0 ? mastheadBottom(lines, page) : undefined;

const isInMasthead = (line: Line, floor: number | undefined): boolean => floor !== undefined && line.y >= floor - 1;

function isInMargin(line: Line, page: Page): boolean {
  return line.y > page.height * (1 - MARGIN_ZONE) || line.y < page.height * MARGIN_ZONE;
}

/** Where page 1's masthead ends: the lowest "Distr.:" / "Original:" line in the page's top half. */
function mastheadBottom(lines: readonly Line[], page: Page): number | undefined {
  const marks = lines.filter((line) => line.y > page.height * 0.5 && line.segments.some((segment) => /^(?:Distr\.?|Original|Language):/i.test(segment.text)));
  return marks.length === 0 ? undefined : marks.reduce((least, line) => Math.min(least, line.y), Number.POSITIVE_INFINITY);
}

/** Texts (digits blurred) printed at the same height in the margins of many pages: running heads. */
function repeatedMarginTexts(pages: readonly Page[], linesByPage: readonly (readonly Line[])[]): Set<string> {
  const pagesByKey = new Map<string, Set<number>>();
  linesByPage.forEach((lines, index) => {
    const page = pages[index];
    if (page === undefined) return;
    for (const line of lines) {
      if (!isInMargin(line, page)) continue;
      for (const segment of line.segments) {
        // Running heads are short; a full line repeated (an identical footnote) is text.
        if (segment.right - segment.x > page.width * 0.5) continue;
        const key = marginKey(line, segment);
        const seen = pagesByKey.get(key) ?? new Set<number>();
        seen.add(index);
        pagesByKey.set(key, seen);
      }
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length * 0.4));
  return new Set([...pagesByKey].filter(([, seen]) => seen.size >= needed).map(([key]) => key));
}

const marginKey = (line: Line, segment: Segment): string => `${Math.round(line.y / 3)}|${segment.text.replace(/\d+/g, '#')}`;

function withSegments(line: Line, segments: readonly Segment[]): Line {
  const first = segments[0];
  const last = segments.at(-1);
  return {
    ...line,
    segments,
    text: segments.map((segment) => segment.text).join('\t'),
    x: first?.x ?? line.x,
    right: last?.right ?? line.right,
  };
}

/** The baselines of a page's lines, sorted, to ask "is any line this close?" in log time rather than by a scan per line. */
class SortedHeights {
  readonly #lines: readonly Line[];

  constructor(lines: readonly Line[]) {
    this.#lines = [...lines].sort((a, b) => a.y - b.y);
  }

  /** Whether a line other than `except` has its baseline within `distance` of `y` (inclusive). */
  anyWithin(y: number, distance: number, except: Line): boolean {
    const lines = this.#lines;
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((lines[middle]?.y ?? 0) < y - distance) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < lines.length; i++) {
      const line = lines[i] as Line;
      if (line.y > y + distance) return false;
      if (line !== except) return true;
    }
    return false;
  }
}
