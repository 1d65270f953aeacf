// Where the numbering stands while the structurer walks a report: the heading
// sequences (roman, letter, numbered) and the paragraph sequence, which starts
// again inside a resolution ("Chapter I" > "Resolution 1") and in an annex.

import type { ParagraphDraft } from './drafts.ts';

interface Resolution { readonly chapter: string | undefined; readonly number: string; expected: number }
interface Annex { readonly label: string; expected: number; restarted: boolean }

export class Counters {
  romanLast = 0;
  letterLast: string | undefined;
  numberedHeadingLast = 0;
  private chapter: string | undefined;
  private resolution: Resolution | undefined;
  private annex: Annex | undefined;
  private reportExpected = 1;

  get inResolution(): boolean {
    return this.resolution !== undefined;
  }

  /** "Chapter III" or "III.": a new top-level part; any resolution or annex numbering ends. */
  enterTopLevel(numeral: string, value: number): void {
    this.romanLast = value;
    this.letterLast = undefined;
    this.numberedHeadingLast = 0;
    this.chapter = numeral;
    this.resolution = undefined;
    this.annex = undefined;
  }

  enterLetter(label: string): void {
    this.letterLast = label.toLowerCase();
    this.numberedHeadingLast = 0;
  }

  enterResolution(number: string): void {
    this.resolution = { chapter: this.chapter, number, expected: 1 };
  }

  enterAnnex(label: string): void {
    this.chapter = undefined;
    this.resolution = undefined;
    this.letterLast = undefined;
    this.annex = { label, expected: 1, restarted: false };
  }

  /**
   * The paragraph number expected next. A "1." in an annex after the report's own
   * paragraphs starts the annex's numbering; `onAnnexRestart` is told once.
   */
  expected(number: number, onAnnexRestart: (label: string) => void): number {
    if (this.resolution !== undefined) return this.resolution.expected;
    const annex = this.annex;
    if (annex !== undefined && !annex.restarted && number === 1 && this.reportExpected > 1) {
      annex.restarted = true;
      onAnnexRestart(annex.label);
    }
    return annex?.restarted === true ? annex.expected : this.reportExpected;
  }

  advance(number: number): void {
    if (this.resolution !== undefined) this.resolution.expected = number + 1;
    else if (this.annex?.restarted === true) this.annex.expected = number + 1;
    else this.reportExpected = number + 1;
  }

  /** What a numbered paragraph's locator needs to know of where it stands. */
  placeOf(): Pick<ParagraphDraft, 'chapter' | 'resolution' | 'annex'> {
    if (this.resolution !== undefined) {
      return { resolution: this.resolution.number, ...(this.resolution.chapter === undefined ? {} : { chapter: this.resolution.chapter }) };
    }
    return this.annex?.restarted === true ? { annex: this.annex.label } : {};
  }
}
