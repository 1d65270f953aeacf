// Small builders for the Word output: headings with bookmarks, highlighted runs, tables
// with repeating header rows. Bookmark names follow Word's rules (letter first, [A-Za-z0-9_]).

import {
  Bookmark, HeadingLevel, InternalHyperlink, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow,
  TextRun, WidthType, type ParagraphChild,
} from 'docx';
import type { Segment } from '../layout/types.ts';
import { preparedRun } from './prepared-run.ts';

export const FONT_BODY = 'Times New Roman';
export const FONT_HEAD = 'Arial';
export const UN_BLUE = '005EA0';
export const HEAD_FILL = 'E6EFF6';
/** A4 in twips and the text width with 2 cm margins. */
export const A4 = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = { portrait: A4.width - 2 * A4.margin, landscape: A4.height - 2 * A4.margin } as const;

export const bookmarkName = (key: string): string => `c_${key.replace(/[^A-Za-z0-9]+/g, '_')}`.slice(0, 40);

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

export function heading(text: string, level: 1 | 2 | 3 | 4, bookmark?: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  const run = new TextRun(text);
  return new Paragraph({
    heading: LEVELS[level],
    keepNext: true,
    ...(options.pageBreakBefore === true ? { pageBreakBefore: true } : {}),
    children: [bookmark === undefined ? run : new Bookmark({ id: bookmarkName(bookmark), children: [run] })],
  });
}

export function link(text: string, bookmark: string): InternalHyperlink {
  return new InternalHyperlink({ anchor: bookmarkName(bookmark), children: [new TextRun({ text, style: 'Hyperlink' })] });
}

/** Evidence phrases highlighted and underlined, as the Secretariat's annexes mark them. */
export function markedRuns(segments: readonly Segment[], size?: number): TextRun[] {
  return segments.map((s) => preparedRun(s.text, {
    ...(size === undefined ? {} : { size }),
    ...(s.marked ? { highlight: 'yellow', underline: {} } : {}),
  }));
}

export function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun {
  return preparedRun(value, options);
}

export function para(children: ParagraphChild[] | string, options: { after?: number; indent?: number; italic?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: typeof children === 'string' ? [text(children, { italics: options.italic ?? false })] : children,
    spacing: { after: options.after ?? 120 },
    ...(options.indent === undefined ? {} : { indent: { left: options.indent } }),
  });
}

export interface CellSpec {
  readonly children: readonly Paragraph[];
  readonly fill?: string;
}

export const cellOf = (value: string | readonly Paragraph[], options: { bold?: boolean; fill?: string; size?: number; color?: string; center?: boolean } = {}): CellSpec => ({
  children: typeof value === 'string'
    ? [new Paragraph({ alignment: options.center === true ? 'center' : 'left', children: [text(value, { bold: options.bold ?? false, size: options.size ?? 18, ...(options.color === undefined ? {} : { color: options.color }) })] })]
    : value,
  ...(options.fill === undefined ? {} : { fill: options.fill }),
});

const cellIn = (spec: CellSpec, width: number): TableCell => new TableCell({
  children: [...spec.children],
  width: { size: width, type: WidthType.DXA },
  ...(spec.fill === undefined ? {} : { shading: { fill: spec.fill, type: ShadingType.CLEAR, color: 'auto' } }),
});

/** A body row of a `grid` of these widths, to build ahead of its table. */
export const gridRow = (row: readonly CellSpec[], widths: readonly number[]): TableRow =>
  new TableRow({ children: row.map((spec, i) => cellIn(spec, widths[i] ?? 1000)) });

/** A fixed-layout table whose first row repeats on every page. `widths` in twips; a row is its cells, or built ahead (gridRow). */
export function grid(head: readonly string[], rows: readonly (readonly CellSpec[] | TableRow)[], widths: readonly number[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cellIn(cellOf(h, { bold: true, fill: HEAD_FILL }), widths[i] ?? 1000)) }),
      ...rows.map((row) => (row instanceof TableRow ? row : gridRow(row, widths))),
    ],
  });
}

/** Widths for a first column of `first` twips and the rest shared equally in `total`. */
export function spread(total: number, first: number, others: number): number[] {
  const each = Math.floor((total - first) / Math.max(1, others));
  return [first, ...Array.from({ length: others }, () => each)];
}
