// Walks the document body in reading order and turns it into blocks: one per
// non-empty paragraph (numbering label prefixed), one per table row (cells
// joined by " | " as the txt and pdf readers do), with Word's heading and table-of-contents hints.
import type { Element } from '@xmldom/xmldom';
import type { Block } from '../blocks.ts';
import { attr, child, childElements, childVal, descendants, intAttr, isW } from './xml.ts';
import { FieldTracker, flattenSpaces, inlineText, type InlineContext } from './inline-text.ts';
import type { FootnoteNumbering } from './footnote-numbering.ts';
import type { NumberingState } from './numbering.ts';
import type { StyleTable } from './styles.ts';
import type { Problem } from './inline-text.ts';

export interface BodyContext {
  /** The file name, recorded as each block's place.source. */
  readonly name: string;
  readonly styles: StyleTable;
  readonly numbering: NumberingState;
  readonly footnotes: FootnoteNumbering;
  readonly notes: Set<string>;
  /** Characters that could not be read, with the paragraph they stood in. */
  readonly problems?: Problem[];
}

type Hint = NonNullable<Block['hint']>;

/** How the txt and pdf readers separate a table row's cells, so every format gives the same text. */
export const CELL_SEPARATOR = ' | ';

const TYPED_BULLET = /^[-•▪◦‣∙·–]\s+(?=\S)/;

export interface Body {
  readonly blocks: Block[];
  /** Positions of blocks shaped like contents entries ("Title … 12") that Word did not mark as a TOC. */
  readonly tocLike: ReadonlySet<number>;
}

/** Blocks of the body, in order. place.index is the 1-based ordinal of the paragraph (w:p) in the body. */
export function readBody(body: Element, ctx: BodyContext): Body {
  const blocks: Block[] = [];
  const tocLike = new Set<number>();
  const fields = new FieldTracker();
  let paragraphs = 0;

  const paragraph = (p: Element, inTocArea: boolean): { text: string; index: number; hint?: Hint } => {
    paragraphs += 1;
    const index = paragraphs;
    const pPr = child(p, 'pPr');
    const styleId = childVal(pPr, 'pStyle');
    const numPr = child(pPr, 'numPr');
    const label = ctx.numbering.next({
      numId: intAttr(child(numPr, 'numId'), 'val'),
      ilvl: intAttr(child(numPr, 'ilvl'), 'val'),
      styleId,
    });
    const tocAtStart = fields.inToc;
    const inline: InlineContext = { fields, footnotes: ctx.footnotes, index, notes: ctx.notes, ...(ctx.problems === undefined ? {} : { problems: ctx.problems }) };
    const raw = inlineText(p, inline);
    fields.endParagraph();
    // A list bullet (typed "- " or "• ") is no label: like Word's automatic bullets, it is left out.
    const content = flattenSpaces(raw).replace(TYPED_BULLET, '');
    if (content === '') return { text: '', index };
    const text = label === undefined ? content : `${label} ${content}`;
    const outline = intAttr(child(pPr, 'outlineLvl'), 'val');
    let hint: Hint | undefined;
    if (inTocArea || tocAtStart || fields.inToc || ctx.styles.isToc(styleId)) hint = 'toc';
    else if (looksLikeTocEntry(raw)) tocLike.add(blocks.length);
    else if ((outline !== undefined && outline < 9) || (outline === undefined && ctx.styles.isHeading(styleId))) hint = 'heading';
    return { text, index, ...(hint === undefined ? {} : { hint }) };
  };

  const cellText = (tc: Element): string => {
    const parts: string[] = [];
    for (const el of childElements(tc)) {
      if (isW(el, 'p')) parts.push(paragraph(el, false).text);
      else if (isW(el, 'tbl')) for (const row of rowsOf(el)) parts.push(row.text.split(CELL_SEPARATOR).join(' '));
      else if (isW(el, 'sdt') || isW(el, 'customXml')) for (const p of descendants(el, 'p')) parts.push(paragraph(p, false).text);
    }
    return parts.filter((t) => t !== '').join(' ');
  };

  const rowsOf = (tbl: Element): Array<{ text: string; index: number }> => {
    const rows: Array<{ text: string; index: number }> = [];
    for (const tr of descendantsShallow(tbl, 'tr')) {
      const index = paragraphs + 1;
      const cells = descendantsShallow(tr, 'tc').map(cellText);
      if (cells.some((c) => c !== '')) rows.push({ text: cells.join(CELL_SEPARATOR), index });
    }
    return rows;
  };

  const visit = (container: Element, inTocArea: boolean): void => {
    for (const el of childElements(container)) {
      if (isW(el, 'p')) {
        const { text, index, hint } = paragraph(el, inTocArea);
        if (text !== '') blocks.push({ text, place: { source: ctx.name, index }, ...(hint === undefined ? {} : { hint }) });
      } else if (isW(el, 'tbl')) {
        for (const row of rowsOf(el)) blocks.push({ text: row.text, place: { source: ctx.name, index: row.index }, hint: 'table-row' });
      } else if (isW(el, 'sdt')) {
        const gallery = attr(child(child(child(el, 'sdtPr'), 'docPartObj'), 'docPartGallery'), 'val') ?? '';
        const content = child(el, 'sdtContent');
        if (content !== undefined) visit(content, inTocArea || /table of contents/i.test(gallery));
      } else if (isW(el, 'customXml') || isW(el, 'ins') || isW(el, 'moveTo')) {
        visit(el, inTocArea);
      }
    }
  };

  visit(body, false);
  return { blocks, tocLike };
}

/**
 * Rows (or cells) of this table only, reaching through the wrappers Word may put
 * around them (content controls, custom XML) but not into nested tables.
 */
function descendantsShallow(parent: Element, localName: 'tr' | 'tc'): Element[] {
  const out: Element[] = [];
  for (const el of childElements(parent)) {
    if (isW(el, localName)) out.push(el);
    else if (isW(el, 'sdt') || isW(el, 'customXml')) {
      const inner = child(el, 'sdtContent') ?? el;
      out.push(...descendantsShallow(inner, localName));
    }
  }
  return out;
}

/** A contents line: a title, then a leader (tab, dots or an ellipsis) and a page number. */
function looksLikeTocEntry(raw: string): boolean {
  if (raw.length > 400) return false;
  return /(?:\t|…|\.{3,})[\s.…]*\d{1,4}\s*$/.test(raw);
}
