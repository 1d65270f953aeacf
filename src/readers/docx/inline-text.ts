// The printed text of a paragraph's content: runs, hyperlinks, insertions and
// field results, without deleted text, hidden runs or field codes. Footnote
// references become superscript markers numbered as Word displays them.
import type { Element } from '@xmldom/xmldom';
import { attr, child, childElements, isElement, isOn, isW, toggle } from './xml.ts';
import { superscriptDigits } from './number-format.ts';
import type { FootnoteNumbering } from './footnote-numbering.ts';

/** Complex fields (w:fldChar) can span paragraphs, so their state lives across calls. */
export class FieldTracker {
  private readonly stack: Array<{ instr: string; inResult: boolean }> = [];
  begin(): void { this.stack.push({ instr: '', inResult: false }); }
  separate(): void { const top = this.stack.at(-1); if (top !== undefined) top.inResult = true; }
  end(): void { this.stack.pop(); }
  instruction(text: string): void { const top = this.stack.at(-1); if (top !== undefined && !top.inResult) top.instr += text; }
  /**
   * A field code never legitimately outlives its paragraph (a TOC field's result
   * does); a code still open at a paragraph's end is treated as ended, so one
   * broken field cannot hide the rest of the document.
   */
  endParagraph(): void { for (const f of this.stack) f.inResult = true; }
  /** Field codes (between begin and separate) are not printed. */
  get inCode(): boolean { return this.stack.some((f) => !f.inResult); }
  /** Inside the result of a TOC field: the paragraphs are a table of contents. */
  get inToc(): boolean { return this.stack.some((f) => /^\s*TOC\b/i.test(f.instr)); }
}

export interface InlineContext {
  readonly fields: FieldTracker;
  readonly footnotes: FootnoteNumbering;
  /** Where a footnote reference was met (block place index). */
  readonly index: number;
  /** Odd things met, for the reader's messages. */
  readonly notes: Set<string>;
  /** Characters that could not be read, each replaced by U+FFFD. */
  readonly problems?: Problem[];
}

export interface Problem {
  /** The paragraph's place index. */
  readonly index: number;
  readonly reason: string;
}

/** Elements whose content is never printed text (or is not text at all). */
const SKIP = new Set(['del', 'moveFrom', 'delText', 'delInstrText', 'rPr', 'pPr', 'tblPr', 'trPr', 'tcPr', 'sectPr',
  'sdtPr', 'sdtEndPr', 'drawing', 'pict', 'object', 'AlternateContent', 'commentReference', 'annotationRef', 'footnoteRef', 'endnoteRef']);

/** The printed text of `el`'s inline content; tabs and breaks become spaces (not collapsed). */
export function inlineText(el: Element, ctx: InlineContext): string {
  let out = '';
  const visit = (node: Element, hidden: boolean): void => {
    let customMarkFor: string | undefined;
    for (const c of childElements(node)) {
      const name = c.localName ?? '';
      if (isW(c, 'fldChar')) {
        const type = attr(c, 'fldCharType');
        if (type === 'begin') ctx.fields.begin();
        else if (type === 'separate') ctx.fields.separate();
        else if (type === 'end') ctx.fields.end();
        continue;
      }
      if (isW(c, 'instrText')) { ctx.fields.instruction(c.textContent ?? ''); continue; }
      if (SKIP.has(name)) continue;
      if (isW(c, 'r')) { visit(c, hidden || toggle(child(c, 'rPr'), 'vanish')); continue; }
      if (isW(c, 'fldSimple')) { visit(c, hidden); continue; }
      const printing = !hidden && !ctx.fields.inCode;
      if (isW(c, 't') || (name === 't' && c.namespaceURI?.includes('math') === true)) {
        if (!printing) continue;
        const text = c.textContent ?? '';
        if (customMarkFor !== undefined) {
          out += superscriptDigits(ctx.footnotes.reference(customMarkFor, ctx.index, text));
          customMarkFor = undefined;
        } else {
          out += text;
        }
        continue;
      }
      if (isW(c, 'footnoteReference')) {
        if (hidden) continue;
        const id = attr(c, 'id') ?? '';
        if (isOn(attr(c, 'customMarkFollows'), attr(c, 'customMarkFollows') !== undefined)) customMarkFor = id;
        else out += superscriptDigits(ctx.footnotes.reference(id, ctx.index));
        continue;
      }
      if (isW(c, 'endnoteReference')) { ctx.notes.add('endnotes'); continue; }
      if (!printing) { if (childElements(c).length > 0) visit(c, hidden); continue; }
      if (isW(c, 'tab') || isW(c, 'ptab') || isW(c, 'br') || isW(c, 'cr')) { out += isW(c, 'tab') || isW(c, 'ptab') ? '\t' : '\n'; continue; }
      if (isW(c, 'noBreakHyphen')) { out += '-'; continue; }
      if (isW(c, 'softHyphen')) continue;
      if (isW(c, 'sym')) { out += symbolChar(attr(c, 'char'), ctx); continue; }
      if (isElement(c)) visit(c, hidden);
    }
  };
  visit(el, false);
  return out;
}

/**
 * w:sym names a character in a symbol font; private-use code points are not printable as such.
 * One that is no character at all becomes U+FFFD, with a problem for the reader's messages.
 */
function symbolChar(hex: string | undefined, ctx: InlineContext): string {
  const code = hex === undefined ? NaN : Number.parseInt(hex, 16);
  if (!Number.isFinite(code) || (code >= 0xf000 && code <= 0xf0ff)) return '';
  if (code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    ctx.problems?.push({ index: ctx.index, reason: `symbol character w:char="${String(hex).slice(0, 16)}" is not a Unicode character; printed as U+FFFD` });
    return '\uFFFD';
  }
  return String.fromCodePoint(code);
}

/** Tabs and line breaks to single spaces, runs of spaces collapsed, trimmed. */
export function flattenSpaces(text: string): string {
  return text.replace(/[\t\n\r ]+/g, ' ').trim();
}
