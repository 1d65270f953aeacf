// What every format reader produces: the document's running text as blocks in
// reading order, before any structure is recognised. The shared structurer
// (readers/structure) turns blocks into the document model, so txt, docx and
// pdf give the same model for the same report.

import type { Message, SourcePlace } from '../model/types.ts';

export interface Block {
  /**
   * The block's text, one paragraph of the source as printed, numbering included
   * ("28. The following…", "(c) Enhance…"). Footnote markers are written as Unicode
   * superscript digits ("…annex.¹"); link markup and inline tags are already removed.
   */
  readonly text: string;
  readonly place: SourcePlace;
  /** Hints a format knows and text does not: a Word heading style, a PDF bold line. */
  readonly hint?: 'heading' | 'table-row' | 'toc';
  /** The reader knows this block continues the previous one (e.g. a paragraph broken across PDF pages). */
  readonly continuesPrevious?: boolean;
}

export interface RawFootnote {
  /** As written in the text: "1" for the marker "¹". */
  readonly marker: string;
  readonly text: string;
  readonly place: SourcePlace;
}

/** A reader's result: blocks, footnotes and what it met on the way (mammoth's {value, messages}). */
export interface ReadResult {
  readonly format: 'txt' | 'docx' | 'pdf';
  readonly blocks: readonly Block[];
  readonly footnotes: readonly RawFootnote[];
  /** A symbol the format states outright (PDF masthead or running header, Word header). */
  readonly statedSymbol?: string;
  readonly messages: readonly Message[];
}
