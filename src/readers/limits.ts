// Hard limits on what a report can hold. Real UN reports stay far below each of them;
// input beyond one is refused with a message naming the file and the limit (or, where
// one odd value need not cost the document, read with a warning).
import { InputError } from '../model/errors.ts';

export const LIMITS = {
  /** Blocks (printed paragraphs, lines of text) in one document. */
  blocks: 250_000,
  /** Characters in one line of a text file. */
  lineChars: 1_000_000,
  /** Footnotes in one document. */
  footnotes: 100_000,
  /** Bytes of one XML part of a .docx once inflated (a long report's word/document.xml is a few MB). */
  partBytes: 8 * 1024 * 1024,
  /**
   * Markup ("<") in all the XML parts read from one .docx: a parsed element costs hundreds of
   * bytes of memory, so 8 MB of "<a/>" would take 1.6 GB (400,000 take about 320 MB); a 950 KB document.xml holds 43,000.
   */
  xmlTags: 400_000,
  /** Paragraph styles in word/styles.xml. */
  styles: 20_000,
  /** Steps followed up a style's w:basedOn chain. */
  styleDepth: 50,
  /** Relationships in one .rels part. */
  relationships: 10_000,
  /** Distinct header parts read for the document's symbol. */
  headers: 100,
  /** Word's list levels are 0–8. */
  numberingLevels: 9,
  /** Word's largest list start value (w:start, w:startOverride). */
  listStart: 32_767,
  /** Characters in one list label ("(aaaa…)" grows with the counter in letter numbering). */
  labelChars: 32,
} as const;

const count = (n: number): string => n.toLocaleString('en-US');

/** Throws the InputError for `what` (e.g. "footnotes") over `limit`. */
export function overLimit(file: string, what: string, found: number, limit: number, hint = 'a report has far fewer; the file is damaged or not a report'): InputError {
  return new InputError(file, `holds ${count(found)} ${what}, over the limit of ${count(limit)}; ${hint}`);
}
