// The document symbol a Word file states outright: in its page headers (UN
// documents print "A/CONF.234/RPM.5/1" at the top of every page) or in the
// first-page masthead. Never guessed from the file name or from cited symbols.
import type { Document, Element } from '@xmldom/xmldom';
import type { Block } from '../blocks.ts';
import { descendants } from './xml.ts';
import { CELL_SEPARATOR } from './read-body.ts';
import { FieldTracker, inlineText } from './inline-text.ts';
import { FootnoteNumbering } from './footnote-numbering.ts';

/** "A/CONF.234/RPM.5/1", "E/CN.15/2019/1": capital letters, then slash-separated parts, with a digit. */
const SYMBOL = /^[A-Z]{1,6}(?:\/[A-Za-z0-9][A-Za-z0-9.\-]*)+$/;
const MASTHEAD_BLOCKS = 12;

export function isUnSymbol(token: string): boolean {
  return SYMBOL.test(token) && /\d/.test(token);
}

/** The most frequent symbol standing as a word of its own in the header parts. */
export function symbolFromHeaders(headers: readonly Document[]): string | undefined {
  const counts = new Map<string, number>();
  for (const header of headers) {
    const root = header.documentElement;
    if (root === null) continue;
    const ctx = { fields: new FieldTracker(), footnotes: new FootnoteNumbering(undefined, undefined), index: 0, notes: new Set<string>() };
    for (const p of descendants(root as Element, 'p')) {
      const text = inlineText(p, ctx);
      for (const token of text.split(/\s+/)) {
        if (isUnSymbol(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A symbol printed on its own in the first-page masthead: a short first block
 * or masthead table cell that is the symbol, possibly followed by "Distr.: General".
 */
export function symbolFromMasthead(blocks: readonly Block[]): string | undefined {
  for (const block of blocks.slice(0, MASTHEAD_BLOCKS)) {
    for (const cell of block.text.split(CELL_SEPARATOR)) {
      const [first = '', ...rest] = cell.trim().split(/\s+/);
      const tail = rest.join(' ');
      if (isUnSymbol(first) && (tail === '' || /^Distr/i.test(tail))) return first;
    }
  }
  return undefined;
}

