// MappingRun -> mapping.docx: real headings (navigation pane, TOC), bookmarks the index
// links to, repeating table headers, highlighted evidence, page numbers; A4 portrait
// with a landscape section for the matrix.

import { AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { MappingRun } from '../../pipeline/types.ts';
import { buildLayout } from '../layout/build-layout.ts';
import type { Layout } from '../layout/types.ts';
import { annexA, annexB } from './annexes.ts';
import { annexC } from './annex-c.ts';
import { glancePart, indexPart, methodPart, reviewPart, titleBlock } from './front.ts';
import { A4, FONT_BODY, FONT_HEAD, UN_BLUE } from './parts.ts';

function furniture(layout: Layout) {
  return {
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: layout.title, size: 16, color: '5A5A5A' })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }) },
  };
}

function page(orientation: 'portrait' | 'landscape') {
  return {
    size: { width: A4.width, height: A4.height, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
    margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin, header: 567, footer: 567 },
  };
}

const headingStyle = (size: number, color: string, before: number) => ({
  run: { font: FONT_HEAD, size, bold: true, color },
  paragraph: { spacing: { before, after: 120 }, keepNext: true },
});

export function buildDocx(layout: Layout): Document {
  // The final edition has no review list, and a background and method note before the index.
  const front = layout.edition === 'final'
    ? [...titleBlock(layout), ...methodPart(layout), ...indexPart(layout), ...glancePart(layout)]
    : [...titleBlock(layout), ...indexPart(layout), ...glancePart(layout), ...reviewPart(layout)];
  const sections: ISectionOptions[] = [
    { properties: { page: page('portrait') }, ...furniture(layout), children: [...front, ...annexA(layout)] },
    { properties: { page: page('landscape') }, ...furniture(layout), children: annexB(layout) },
  ];
  if (layout.tracing !== undefined) sections.push({ properties: { page: page('portrait') }, ...furniture(layout), children: annexC(layout.tracing, layout.edition) });
  return new Document({
    creator: `Concord ${layout.concordVersion}`,
    title: layout.title,
    description: 'Mapping of the recommendations of the regional preparatory meetings onto the topic index',
    // Word fills in the table of contents' page numbers when it opens the file (it asks first);
    // docx/layout's estimatePageNumbers would write them now but takes ~35 s on the corpus.
    // With the pages written in as text (renderers/pdf/paginate.ts) there is no field to update.
    ...(layout.pages === undefined ? { features: { updateFields: true } } : {}),
    styles: {
      default: {
        document: { run: { font: FONT_BODY, size: 22 } },
        heading1: headingStyle(30, UN_BLUE, 240),
        heading2: headingStyle(25, UN_BLUE, 240),
        heading3: headingStyle(22, '1A1A1A', 200),
        heading4: { run: { font: FONT_HEAD, size: 18, bold: true, color: '5A5A5A', allCaps: true }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
        hyperlink: { run: { color: UN_BLUE, underline: {} } },
      },
    },
    sections,
  });
}

export async function renderDocx(run: MappingRun): Promise<Buffer> {
  // The final edition's page numbers come from LibreOffice's layout of this same file: see renderers/pdf/paginate.ts.
  return Packer.toBuffer(buildDocx(buildLayout(run)));
}
