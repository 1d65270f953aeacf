// Footnotes as Word displays them: numbered in order of reference from the
// document's start value and format, custom marks (w:customMarkFollows) printed
// as written and not counted; bodies read from word/footnotes.xml.
import type { Document, Element } from '@xmldom/xmldom';
import type { RawFootnote } from '../blocks.ts';
import { attr, child, childVal, children, descendants, intAttr } from './xml.ts';
import { formatNumber } from './number-format.ts';
import { FieldTracker, flattenSpaces, inlineText } from './inline-text.ts';

interface Reference { readonly id: string; readonly marker: string; readonly index: number }

export class FootnoteNumbering {
  private next: number;
  private readonly numFmt: string;
  private readonly byId = new Map<string, Reference>();
  /** w:numRestart other than continuous: printed numbers restart per page or section, which is not followed here. */
  readonly restarts: boolean;

  constructor(settings: Document | undefined, body: Element | undefined) {
    // A section's w:footnotePr overrides the document's (settings.xml); read the last section's.
    const sectPr = body === undefined ? undefined : descendants(body, 'sectPr').at(-1);
    const settingsRoot = settings?.documentElement ?? undefined;
    const docPr = settingsRoot === undefined || settingsRoot === null ? undefined : child(settingsRoot as Element, 'footnotePr');
    const sectionPr = child(sectPr, 'footnotePr');
    this.next = intAttr(child(sectionPr, 'numStart'), 'val') ?? intAttr(child(docPr, 'numStart'), 'val') ?? 1;
    this.numFmt = childVal(sectionPr, 'numFmt') ?? childVal(docPr, 'numFmt') ?? 'decimal';
    this.restarts = (childVal(sectionPr, 'numRestart') ?? childVal(docPr, 'numRestart') ?? 'continuous') !== 'continuous';
  }

  /** Records a reference to footnote `id` at block `index`; returns its marker ("3", or the custom mark). */
  reference(id: string, index: number, customMark?: string): string {
    const known = this.byId.get(id);
    if (known !== undefined) return known.marker;
    let marker: string;
    if (customMark !== undefined) {
      marker = customMark;
    } else {
      marker = formatNumber(this.next, this.numFmt) || String(this.next);
      this.next += 1;
    }
    this.byId.set(id, { id, marker, index });
    return marker;
  }

  /** The referenced footnotes' bodies, in order of reference; ids never referenced are returned apart. */
  bodies(footnotes: Document | undefined, source: string): { readonly footnotes: RawFootnote[]; readonly unreferenced: string[] } {
    const root = footnotes?.documentElement ?? undefined;
    const bodies = new Map<string, Element>();
    for (const note of root === undefined || root === null ? [] : children(root as Element, 'footnote')) {
      const type = attr(note, 'type') ?? 'normal';
      if (type === 'normal') bodies.set(attr(note, 'id') ?? '', note);
    }
    const out: RawFootnote[] = [];
    for (const ref of this.byId.values()) {
      const note = bodies.get(ref.id);
      if (note === undefined) continue;
      out.push({ marker: ref.marker, text: noteText(note, ref.index), place: { source, index: ref.index } });
    }
    const unreferenced = [...bodies.keys()].filter((id) => !this.byId.has(id));
    return { footnotes: out, unreferenced };
  }
}

function noteText(note: Element, index: number): string {
  const fields = new FieldTracker();
  const ctx = { fields, footnotes: new FootnoteNumbering(undefined, undefined), index, notes: new Set<string>() };
  return flattenSpaces(children(note, 'p').map((p) => inlineText(p, ctx)).join(' '));
}
