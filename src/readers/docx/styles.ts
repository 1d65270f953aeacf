// The paragraph styles of word/styles.xml, with their inheritance (w:basedOn):
// which style numbers its paragraphs, which is a heading, which is a TOC entry.
import type { Document, Element } from '@xmldom/xmldom';
import { attr, child, childVal, children, intAttr } from './xml.ts';
import { LIMITS, overLimit } from '../limits.ts';

interface StyleInfo {
  readonly id: string;
  readonly name: string;
  readonly basedOn?: string;
  readonly numPr?: { readonly numId?: number; readonly ilvl?: number };
  readonly outlineLvl?: number;
}

export interface StyleNumbering {
  readonly numId: number;
  readonly ilvl?: number;
}

const STYLE_LIMIT_HINT = 'Word documents use a few hundred at most';

/**
 * Refuses a styles part with more paragraph styles than LIMITS.styles from its text, before
 * it is parsed: 50,000 styles take seconds to parse only to be refused. Counts Word's own
 * spelling (w:type="paragraph"); any other is still counted on the parsed part (StyleTable).
 */
export function assertStyleCount(file: string, text: string): void {
  let count = 0;
  const mark = 'w:type="paragraph"';
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) {
    if (++count > LIMITS.styles) throw overLimit(file, 'paragraph styles in word/styles.xml', count, LIMITS.styles, STYLE_LIMIT_HINT);
  }
}

export class StyleTable {
  private readonly styles = new Map<string, StyleInfo>();
  /** Each style's chain, walked once: every paragraph asks about its style, often several times. */
  private readonly chains = new Map<string | undefined, StyleInfo[]>();
  readonly defaultParagraphStyle: string | undefined;
  /** A w:basedOn chain was cut at LIMITS.styleDepth. */
  deepChain = false;

  /** `file` names the document in the message when it defines more styles than LIMITS.styles. */
  constructor(doc: Document | undefined, file = 'word/styles.xml') {
    let fallback: string | undefined;
    const root = doc?.documentElement ?? undefined;
    let count = 0;
    for (const el of root === undefined || root === null ? [] : children(root as Element, 'style')) {
      if (attr(el, 'type') !== 'paragraph') continue;
      if (++count > LIMITS.styles) throw overLimit(file, 'paragraph styles in word/styles.xml', count, LIMITS.styles, STYLE_LIMIT_HINT);
      const id = attr(el, 'styleId') ?? '';
      const pPr = child(el, 'pPr');
      const numPr = child(pPr, 'numPr');
      const basedOn = childVal(el, 'basedOn');
      const outlineLvl = intAttr(child(pPr, 'outlineLvl'), 'val');
      const numId = intAttr(child(numPr, 'numId'), 'val');
      const ilvl = intAttr(child(numPr, 'ilvl'), 'val');
      this.styles.set(id, {
        id,
        name: childVal(el, 'name') ?? id,
        ...(basedOn === undefined ? {} : { basedOn }),
        ...(numPr === undefined ? {} : { numPr: { ...(numId === undefined ? {} : { numId }), ...(ilvl === undefined ? {} : { ilvl }) } }),
        ...(outlineLvl === undefined ? {} : { outlineLvl }),
      });
      if (fallback === undefined && ['1', 'true', 'on'].includes(attr(el, 'default') ?? '')) fallback = id;
    }
    this.defaultParagraphStyle = fallback;
  }

  /** The style and its ancestors, nearest first (cycles cut, at most LIMITS.styleDepth deep). */
  private chain(styleId: string | undefined): StyleInfo[] {
    const known = this.chains.get(styleId);
    if (known !== undefined) return known;
    const out: StyleInfo[] = [];
    const seen = new Set<string>();
    let id = styleId ?? this.defaultParagraphStyle;
    while (id !== undefined && !seen.has(id)) {
      if (out.length === LIMITS.styleDepth) {
        this.deepChain = true;
        break;
      }
      seen.add(id);
      const style = this.styles.get(id);
      if (style === undefined) break;
      out.push(style);
      id = style.basedOn;
    }
    this.chains.set(styleId, out);
    return out;
  }

  name(styleId: string | undefined): string {
    return this.chain(styleId)[0]?.name ?? styleId ?? '';
  }

  /** Numbering a style gives its paragraphs (numId from the nearest style that says, ilvl likewise). */
  numbering(styleId: string | undefined): StyleNumbering | undefined {
    let numId: number | undefined;
    let ilvl: number | undefined;
    for (const style of this.chain(styleId)) {
      numId ??= style.numPr?.numId;
      ilvl ??= style.numPr?.ilvl;
    }
    return numId === undefined ? undefined : { numId, ...(ilvl === undefined ? {} : { ilvl }) };
  }

  outlineLevel(styleId: string | undefined): number | undefined {
    for (const style of this.chain(styleId)) if (style.outlineLvl !== undefined) return style.outlineLvl;
    return undefined;
  }

  /** "heading 2", UN template headings ("_ H_1_G", "_ H _Ch_G"), or an outline level 0–8. */
  isHeading(styleId: string | undefined): boolean {
    const level = this.outlineLevel(styleId);
    if (level !== undefined && level >= 0 && level <= 8) return true;
    return this.chain(styleId).some((s) => isHeadingName(s.name) || isHeadingName(s.id));
  }

  /** "toc 1"…"toc 9" and "TOC Heading": the entries and title of a Word table of contents. */
  isToc(styleId: string | undefined): boolean {
    const style = this.chain(styleId)[0];
    if (style === undefined) return false;
    return [style.name, style.id].some((n) => /^toc ?\d$/i.test(n) || /^toc ?heading$/i.test(n));
  }
}

function isHeadingName(name: string): boolean {
  if (/^heading ?[1-9]$/i.test(name)) return true;
  return /^H(Ch|XCh|\d+)G$/i.test(name.replace(/[\s_]/g, ''));
}
