// Text converted from Word -> blocks and footnotes. One non-blank line is one
// block; the structurer joins lines a page break split. Only what text alone can
// tell is done here: footnote lines, tables of contents, table rows, markup.

import type { Block, RawFootnote, ReadResult } from '../blocks.ts';
import type { Message } from '../../model/types.ts';
import { cleanInline, stripListPrefix } from './clean-inline.ts';
import { InputError } from '../../model/errors.ts';
import { LIMITS } from '../limits.ts';

const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$/;
const SUPERSCRIPT_TO_DIGIT: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};

export function superscriptToDigits(marker: string): string {
  return [...marker].map((c) => SUPERSCRIPT_TO_DIGIT[c] ?? c).join('');
}

const normalise = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Reads converted text (already decoded) into a ReadResult; place = 1-based line number. */
export function readTxt(name: string, text: string): ReadResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const footnotes: RawFootnote[] = [];
  const messages: Message[] = [];
  let inContents = false;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.length > LIMITS.lineChars) {
      throw new InputError(name, `line ${line} has ${raw.length.toLocaleString('en-US')} characters, over the limit of ${LIMITS.lineChars.toLocaleString('en-US')} per line; a report's paragraphs are far shorter`);
    }
    if (raw.trim() === '') return;
    const place = { source: name, line };
    const hasTab = raw.includes('\t');

    if (/^\s*contents\s*$/i.test(raw)) {
      inContents = true;
      blocks.push({ text: 'Contents', place, hint: 'toc' });
      return;
    }
    if (inContents) {
      if (hasTab || /<i>\s*page\s*<\/i>/i.test(raw)) {
        blocks.push({ text: normalise(cleanInline(raw)), place, hint: 'toc' });
        return;
      }
      inContents = false;
    }

    const footnote = FOOTNOTE_LINE.exec(raw.trim());
    if (footnote?.[1] !== undefined && footnote[2] !== undefined) {
      footnotes.push({ marker: superscriptToDigits(footnote[1]), text: normalise(cleanInline(footnote[2])), place });
      return;
    }

    if (hasTab && !/^\s*<i>[^<]*<\/i>\s*\t/.test(raw) && /\S\t+\S/.test(raw.trim())) {
      const cells = raw.split('\t').map((cell) => normalise(cleanInline(cell))).filter((cell) => cell !== '');
      blocks.push({ text: cells.join(' | '), place, hint: 'table-row' });
      return;
    }
    if (hasTab && /^\s*<i>[^<]*<\/i>/.test(raw)) {
      // A table's column header row ("<i>Symbol</i>\t<i>Agenda item</i>…").
      blocks.push({ text: normalise(cleanInline(raw.replace(/\t/g, ' | '))), place, hint: 'table-row' });
      return;
    }

    const cleaned = normalise(cleanInline(stripListPrefix(raw)));
    if (cleaned === '') return;
    blocks.push({ text: cleaned, place });
  });

  return { format: 'txt', blocks, footnotes, messages };
}
