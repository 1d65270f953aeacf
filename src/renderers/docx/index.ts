// MappingRun -> mapping.docx: real headings (navigation pane, TOC), bookmarks the index
// links to, repeating table headers, highlighted evidence, page numbers; A4 portrait
// with a landscape section for the matrix.

import { AlignmentType, Document, Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx';
import type { MappingRun } from '../../pipeline/types.ts';
import { buildLayout } from '../layout/build-layout.ts';
import type { Layout } from '../layout/types.ts';
import { annexA, annexB } from './annexes.ts';
import { annexC } from './annex-c.ts';
import { glancePart, indexPart, methodPart, reviewPart, titleBlock, tracedIntoPart } from './front.ts';
import { AnnexAhead } from './annex-ahead.ts';
import { packDocument } from './pack.ts';
import { LaterBlocks, prepareBlocks, prepareEarly } from './staged.ts';
import type { BegunFile } from '../render-all.ts';
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
  const { tracing } = layout;
  return assemble(layout, tracedIntoPart(layout), tracing === undefined ? undefined : () => annexC(tracing, layout.edition));
}

/**
 * The document of `layout` with the given "Traced into" line and Annex C (none: not traced). Annex C is
 * built after the other parts, as its bookmarks are numbered after theirs.
 */
function assemble(layout: Layout, tracedInto: readonly FileChild[], traced: (() => readonly FileChild[]) | undefined): Document {
  // The final edition has no review list, and a background and method note before the index.
  const front = layout.edition === 'final'
    ? [...titleBlock(layout), ...methodPart(layout), ...indexPart(layout), ...glancePart(layout)]
    : [...titleBlock(layout, tracedInto), ...indexPart(layout), ...glancePart(layout), ...reviewPart(layout)];
  const sections: ISectionOptions[] = [
    { properties: { page: page('portrait') }, ...furniture(layout), children: [...front, ...annexA(layout)] },
    { properties: { page: page('landscape') }, ...furniture(layout), children: annexB(layout) },
  ];
  if (traced !== undefined) sections.push({ properties: { page: page('portrait') }, ...furniture(layout), children: [...traced()] });
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

/**
 * The Word document begun from the mapped run, before its tracing (see staged.ts): finished from the traced run,
 * which must be the mapped run with its traces and outcome and nothing else changed (the caller checks: see
 * render-all.ts), it gives the bytes renderDocx gives for it. Meanwhile it takes the traces as they are made and
 * builds each linked recommendation's part of Annex C ahead (AnnexAhead), used where the traced run has that trace.
 * Only for the review edition without known pages, whose front matter the tracing changes in one line.
 */
export function startDocx(mapped: MappingRun): BegunFile {
  const early = buildLayout(mapped);
  if (early.edition !== 'review' || early.pages !== undefined || early.tracing !== undefined) throw new Error('only a mapped run of the review edition can be begun before its tracing');
  const tracedInto = new LaterBlocks();
  const annex = new LaterBlocks();
  const doc = assemble(early, [tracedInto], () => [annex]);
  prepareEarly(doc);
  const ahead = new AnnexAhead(mapped, early.edition, (blocks) => prepareBlocks(doc, annex, blocks));
  return {
    take: (part) => ahead.take(part),
    finish: async (traced) => {
      const layout = buildLayout(traced);
      if (layout.tracing === undefined) throw new Error('the run to finish the Word document with is not traced');
      tracedInto.fill(tracedIntoPart(layout));
      annex.fill(annexC(layout.tracing, layout.edition, ahead.builtFor(traced)));
      return packDocument(doc);
    },
  };
}

export async function renderDocx(run: MappingRun): Promise<Buffer> {
  // The final edition's page numbers come from LibreOffice's layout of this same file: see renderers/pdf/paginate.ts.
  return packDocument(buildDocx(buildLayout(run)));
}
