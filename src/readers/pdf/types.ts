// The shapes the PDF reader passes between its steps: positioned text runs as
// pdfjs reports them, and the printed lines built from them.

/** One text run on a page, in PDF user space (y grows upwards, origin bottom-left). */
export interface Run {
  readonly text: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly width: number;
  /** Font size in points (from the text matrix). */
  readonly size: number;
  readonly bold: boolean;
  /** Set on runs printed smaller and raised above their line's baseline (footnote markers). */
  readonly superscript?: boolean;
}

export interface Page {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly Run[];
}

/** A horizontal stretch of a line with no wide gap in it (a table cell, a header's left or right part). */
export interface Segment {
  readonly text: string;
  readonly x: number;
  readonly right: number;
}

/** One printed line: runs sharing a baseline, split into segments at wide gaps. */
export interface Line {
  readonly page: number;
  readonly y: number;
  /** The dominant (most characters) font size of the line's ordinary runs. */
  readonly size: number;
  /** Every ordinary (non-superscript) run is bold. */
  readonly bold: boolean;
  readonly segments: readonly Segment[];
  readonly x: number;
  readonly right: number;
  /** Segments joined by a tab. */
  readonly text: string;
  /** Width of one character on this line, on average (to tell whether a word would have fitted). */
  readonly charWidth: number;
}
