// Body lines -> blocks, one per printed paragraph, lettered item or heading.
// A block ends at a vertical gap wider than the line spacing, a change of type
// style (a bold heading), or a line that ends short of the margin before a line
// that could open a paragraph. A paragraph broken by a page break is joined.

import type { Block } from '../blocks.ts';
import type { Line } from './types.ts';
import { joinLine, type Vocabulary } from './join-text.ts';

/** Opens a numbered paragraph, a lettered / roman item or a numbered heading: "28. ", "(c) ", "(iv) ", "II. ", "B. ". */
const OPENS_WITH_LABEL = /^(?:\d{1,3}\.|\([a-z]{1,4}\)|\([ivxlc]+\)|[a-z]\)|[IVXL]{1,5}\.|[A-Z]\.)\s/;
/** Ends a table-of-contents entry: leader dots and a page number (three dots suffice: {3,} backtracks through every dot of a long run). */
const LEADER_AND_PAGE = /(?:\.\s?){3}\s*\d{1,4}$/;
/** Ends a paragraph or item: a full stop, colon or semicolon, maybe inside a closing quote or bracket. */
const TERMINAL = /[.!?:;][”’"')\]]*$/;

export interface Layout {
  readonly bodySize: number;
  /** Usual distance between baselines of body lines. */
  readonly pitch: number;
  /** Right edge of the text column. */
  readonly rightEdge: number;
  /** Bold sets headings apart (false when most of the text is bold). */
  readonly boldMarksHeadings: boolean;
}

interface Draft {
  readonly lines: Line[];
  readonly page: number;
}

export function buildBlocks(name: string, linesByPage: readonly (readonly Line[])[], layout: Layout, vocabulary: Vocabulary): Block[] {
  const drafts: Draft[] = [];
  for (const lines of linesByPage) {
    lines.forEach((line, index) => {
      const current = drafts.at(-1);
      const previous = current?.lines.at(-1);
      const startsPage = index === 0;
      if (current !== undefined && previous !== undefined && (startsPage ? continuesOverPage(current, line, layout) : !opensBlock(current, previous, line, layout))) {
        current.lines.push(line);
      } else {
        drafts.push({ lines: [line], page: line.page });
      }
    });
  }
  return markContents(drafts.map((draft) => toBlock(name, draft, layout, vocabulary)));
}

/**
 * Everything from a "Contents" block to its last entry is table of contents, also
 * entries without a page number (a bold "Annex" between entries).
 */
function markContents(blocks: Block[]): Block[] {
  const start = blocks.findIndex((block) => block.hint === 'toc' && /^Contents\b/i.test(block.text));
  if (start < 0) return blocks;
  let end = start;
  for (let i = start + 1; i < blocks.length && i - end <= 3; i++) {
    if (blocks[i]?.hint === 'toc') end = i;
  }
  return blocks.map((block, index) => (index > start && index < end && block.hint !== 'toc' ? { ...block, hint: 'toc' } : block));
}

function opensBlock(draft: Draft, previous: Line, line: Line, layout: Layout): boolean {
  if (previous.y - line.y > layout.pitch * 1.3) return true;
  if (previous.bold !== line.bold || Math.abs(previous.size - line.size) > 0.5) return true;
  if (LEADER_AND_PAGE.test(previous.text)) return true;
  const ended = endsShort(previous, line, layout);
  if (OPENS_WITH_LABEL.test(line.text)) {
    const shifted = Math.abs(line.x - previous.x) > 2 && (line.x < previous.x || draft.lines.length > 1);
    if (ended || shifted) return true;
  }
  return ended && /^[\p{Lu}\d“"‘(]/u.test(line.text);
}

/**
 * The first line of a page continues the last block of the page before, unless
 * it opens a paragraph, item or heading, or that block plainly ended (terminal
 * punctuation on a line that stopped short of the margin). Reports number nearly
 * every paragraph, so an unlabelled line at a page top is usually a continuation.
 */
function continuesOverPage(draft: Draft, line: Line, layout: Layout): boolean {
  const last = draft.lines.at(-1);
  if (last === undefined) return false;
  if (isHeading(draft.lines, layout) || line.bold !== last.bold || Math.abs(line.size - last.size) > 0.5) return false;
  if (OPENS_WITH_LABEL.test(line.text) || LEADER_AND_PAGE.test(last.text)) return false;
  if (/^\p{Ll}/u.test(line.text) || !TERMINAL.test(last.text)) return true;
  return !endsShort(last, line, layout);
}

/** The previous line stopped although the next line's first word would have fitted after it. */
function endsShort(previous: Line, line: Line, layout: Layout): boolean {
  if (/-$/.test(previous.text)) return false; // a compound broken at its hyphen
  const word = line.text.split(/\s/, 1)[0] ?? '';
  const needed = (word.length * 1.3 + 2) * line.charWidth;
  return previous.right + needed < layout.rightEdge;
}

function isHeading(lines: readonly Line[], layout: Layout): boolean {
  return lines.every((line) => (layout.boldMarksHeadings && line.bold) || line.size > layout.bodySize + 1);
}

function toBlock(name: string, draft: Draft, layout: Layout, vocabulary: Vocabulary): Block {
  const place = { source: name, page: draft.page };
  const firstLine = draft.lines[0];
  const isTable = firstLine !== undefined && firstLine.segments.length > 1;
  let text = '';
  for (const line of draft.lines) text = joinLine(text, isTable ? line.text : line.text.replace(/\t/g, ' '), vocabulary);
  // A printed list bullet is numbering, as Word's bullets are, not text.
  text = text.replace(/ {2,}/g, ' ').trim().replace(/^[-–•▪◦‣●]\s+/, '');
  if (isTable) return { text: text.replace(/\s*\t\s*/g, ' | '), place, hint: 'table-row' };
  const leader = /^(.*?\S)\s*(?:\.\s?){3,}\s*(\S.*)$/.exec(text);
  if (leader !== null) {
    const [, entry = '', tail = ''] = leader;
    return /^\d{1,4}$/.test(tail) ? { text: `${entry} ${tail}`, place, hint: 'toc' } : { text: `${entry} | ${tail}`, place, hint: 'table-row' };
  }
  if (/^Contents(?:\s+Page)?$/i.test(text)) return { text, place, hint: 'toc' };
  return isHeading(draft.lines, layout) ? { text, place, hint: 'heading' } : { text, place };
}
