// Text runs -> printed lines. Runs sharing a baseline form a line; a smaller run
// raised above a line (a footnote marker) joins it as a superscript; wide gaps
// split a line into segments (a header's left and right halves, table cells).

import type { Line, Page, Run, Segment } from './types.ts';

/** A paragraph number or item label printed on its own: "28.", "(c)", "(iv)", "a)". */
const LABEL = /^(?:\d{1,3}\.|\(?[a-z]{1,4}\)|\([ivxlc]+\))$/;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A gap wider than this many font sizes separates segments rather than words. */
const SEGMENT_GAP = 2.5;
/** A gap wider than this many font sizes is a space between words. */
const SPACE_GAP = 0.15;

export function buildLines(page: Page): Line[] {
  const groups = groupByBaseline(page.runs);
  const merged = attachSuperscripts(groups);
  return merged.map((runs) => makeLine(page.number, runs)).filter((line): line is Line => line !== undefined);
}

function groupByBaseline(runs: readonly Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  let current: Run[] = [];
  let baseline = Number.NaN;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(baseline - run.y) <= 0.25 * run.size) {
      current.push(run);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    baseline = run.y;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A group of short, small runs just above the next line belongs to that line as superscripts. */
function attachSuperscripts(groups: Run[][]): Run[][] {
  const result: Run[][] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] ?? [];
    const below = groups[i + 1];
    if (below !== undefined && isRaisedAbove(group, below)) {
      groups[i + 1] = [...below, ...group.map((run) => ({ ...run, superscript: true }))];
      continue;
    }
    result.push(group);
  }
  return result;
}

function isRaisedAbove(group: readonly Run[], below: readonly Run[]): boolean {
  const lineSize = dominantSize(below);
  const first = group[0];
  const base = below[0];
  if (first === undefined || base === undefined) return false;
  const rise = first.y - base.y;
  if (rise <= 0 || rise > 0.75 * lineSize) return false;
  // Loops, not Math.min(...runs): spreading a line of a hundred thousand runs overflows the stack.
  const left = below.reduce((least, run) => Math.min(least, run.x), Number.POSITIVE_INFINITY) - lineSize;
  const right = below.reduce((most, run) => Math.max(most, run.x + run.width), Number.NEGATIVE_INFINITY) + lineSize;
  return group.every((run) => run.size < 0.9 * lineSize && run.text.trim().length <= 4 && run.x >= left && run.x <= right);
}

function makeLine(page: number, unsorted: readonly Run[]): Line | undefined {
  const runs = [...unsorted].sort((a, b) => a.x - b.x);
  const ordinary = runs.filter((run) => run.superscript !== true);
  const first = runs[0];
  const last = runs.at(-1);
  if (first === undefined || last === undefined || ordinary.length === 0) return undefined;
  const size = dominantSize(ordinary);
  const segments = splitSegments(runs, size);
  const chars = ordinary.reduce((sum, run) => sum + run.text.length, 0);
  const widths = ordinary.reduce((sum, run) => sum + run.width, 0);
  return {
    page,
    y: ordinary[0]?.y ?? first.y,
    size,
    bold: ordinary.every((run) => run.bold),
    segments,
    x: first.x,
    right: runs.reduce((most, run) => Math.max(most, run.x + run.width), Number.NEGATIVE_INFINITY),
    text: segments.map((segment) => segment.text).join('\t'),
    charWidth: chars > 0 ? widths / chars : size / 2,
  };
}

function splitSegments(runs: readonly Run[], size: number): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  let x = 0;
  let right = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    const gap = run.x - right;
    const piece = run.superscript === true ? toSuperscript(run.text.trim()) : normaliseRun(run.text);
    if (text !== '' && gap > SEGMENT_GAP * size) {
      segments.push({ text: tidy(text), x, right });
      text = '';
    }
    if (text === '') {
      x = run.x;
      text = piece;
    } else {
      const space = run.superscript !== true && gap > SPACE_GAP * size && !/\s$/.test(text) && !/^\s/.test(piece);
      text += (space ? ' ' : '') + piece;
    }
    right = Math.max(right, run.x + run.width);
  }
  if (text !== '') segments.push({ text: tidy(text), x, right });
  return mergeHangingLabel(segments.filter((segment) => segment.text !== ''));
}

/** "28." or "(c)" set apart from its text by a tab stop is still the start of that text, not a table cell. */
function mergeHangingLabel(segments: Segment[]): Segment[] {
  const [label, text, ...rest] = segments;
  if (label === undefined || text === undefined || !LABEL.test(label.text)) return segments;
  return [{ text: `${label.text} ${text.text}`, x: label.x, right: text.right }, ...rest];
}

/** Footnote markers become Unicode superscript digits; other raised text (an ordinal's "th") stays as printed. */
function toSuperscript(text: string): string {
  return /^\d{1,3}$/.test(text) ? [...text].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit).join('') : text;
}

/** Typographic ligatures (ﬁ, ﬀ…) back to letters; pdfjs usually does this already. */
function normaliseRun(text: string): string {
  return text.replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC'));
}

const tidy = (text: string): string => text.replace(/[ \t]+/g, ' ').trim();

function dominantSize(runs: readonly Run[]): number {
  const bySize = new Map<number, number>();
  for (const run of runs) {
    const key = Math.round(run.size * 10) / 10;
    bySize.set(key, (bySize.get(key) ?? 0) + run.text.length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of bySize) {
    if (count > bestCount) {
      best = size;
      bestCount = count;
    }
  }
  return best;
}

