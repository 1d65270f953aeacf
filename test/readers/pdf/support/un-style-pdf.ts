// A two-page PDF laid out the way the United Nations prints reports (Word
// layout, not the HTML print of the shared file): masthead, hanging indents,
// a superscript footnote marker, footnotes in a smaller font (one running onto
// page 2), an item broken by the page break, running header and footers.

import { lines, makePdf, type PlacedText } from './make-pdf.ts';

const BODY = { size: 10, step: 12 };

const page1: PlacedText[] = [
  { x: 57, y: 790, size: 10, text: 'United Nations', bold: true },
  { x: 430, y: 790, size: 10, text: 'E/CN.15/2099/7', bold: true },
  { x: 430, y: 770, size: 9, text: 'Distr.: General' },
  { x: 430, y: 758, size: 9, text: '3 March 2099' },
  { x: 430, y: 740, size: 9, text: 'Original: English' },
  { x: 70, y: 700, size: 12, text: 'Report of the Example Meeting', bold: true },
  { x: 70, y: 670, size: 10, text: 'I. Matters considered', bold: true },
  // Paragraph 1: the number hangs at 70, the text stands at 105.
  { x: 70, y: 648, size: 10, text: '1.' },
  ...lines([
    'The Meeting considered the recommendations of the working group, which had',
    'been prepared in consultation with a multi-',
    'stakeholder group, and agreed on the following text as a basis for its',
  ], { x: 105, top: 648, ...BODY }),
  { x: 105, y: 612, size: 10, text: 'work' },
  { x: 127, y: 616, size: 6.5, text: '1' },
  { x: 133, y: 612, size: 10, text: 'and on the collection of gender- and age-disaggregated data.' },
  // Paragraph 2 with two items; item (b) is broken by the page break.
  { x: 70, y: 594, size: 10, text: '2.' },
  ...lines([
    'The Meeting adopted the following recom-',
    'mendations:',
  ], { x: 105, top: 594, ...BODY }),
  { x: 105, y: 564, size: 10, text: '(a)' },
  ...lines([
    'Strengthen the cooperation between the Secretary-',
    'General and Member States;',
  ], { x: 140, top: 564, ...BODY }),
  { x: 105, y: 534, size: 10, text: '(b)' },
  ...lines([
    'Support the work of the Commission on Crime Prevention and Criminal',
    'Justice, including through the exchange of information and the sharing',
  ], { x: 140, top: 534, ...BODY }),
  // Footnotes, smaller, at the foot of the page.
  { x: 70, y: 104, size: 6, text: '1' },
  { x: 76, y: 100, size: 8, text: 'See the report of the working group (E/CN.15/2098/4), annex.' },
  { x: 70, y: 94, size: 6, text: '2' },
  { x: 76, y: 90, size: 8, text: 'Adopted by the General Assembly in its resolution 73/184, which the' },
  // Footer: job number and barcode, page number.
  { x: 57, y: 40, size: 8, text: 'V.99-01234 (E)' },
  { x: 200, y: 40, size: 8, text: '*9901234*' },
  { x: 520, y: 40, size: 9, text: '1/2' },
];

const page2: PlacedText[] = [
  { x: 57, y: 800, size: 9, text: 'E/CN.15/2099/7' },
  ...lines([
    'of good practices;',
  ], { x: 140, top: 760, ...BODY }),
  { x: 70, y: 742, size: 10, text: '3.' },
  ...lines([
    'The Meeting took note of the statement of the Secretariat.',
  ], { x: 105, top: 742, ...BODY }),
  { x: 76, y: 100, size: 8, text: 'Assembly welcomed in the same year.' },
  { x: 57, y: 40, size: 8, text: 'V.99-01234' },
  { x: 520, y: 40, size: 9, text: '2/2' },
];

/** The PDF, and what a reader should make of it. */
export const unStylePdf = (): Uint8Array => makePdf([page1, page2]);
