// The Word document in two stages, for `concord build`: once the recommendations are mapped, while
// the main thread traces them, the document is built with everything the tracing does not change
// (front matter, Annex A, Annex B) and those parts are prepared for writing; once traced, only the
// "Traced into" line and Annex C are built into the places left for them, and the whole is written.
// The bytes are those buildDocx gives for the traced run: same parts, built in the same order.

import { FileChild, XmlComponent, type Document, type IContext, type IXmlableObject, type TableRow } from 'docx';
import { written, writtenXml } from './written-xml.ts';

/**
 * A place in the document for blocks built later: it writes as the blocks themselves, one after another
 * (docx spreads the list its child gives among its own children), as if they stood there in its stead.
 */
export class LaterBlocks extends FileChild {
  private blocks: readonly FileChild[] | undefined;

  constructor() {
    super('concord:later');
  }

  fill(blocks: readonly FileChild[]): void {
    this.blocks = blocks;
  }

  prepForXml(context: IContext): IXmlableObject | undefined {
    if (this.blocks === undefined) throw new Error('a part of the Word document was written before it was built');
    // On the stack as the blocks' parent, so that each finds its section as a block of the body would.
    context.stack.push(this);
    const out = this.blocks.map((block) => block.prepForXml(context)).filter((xml) => xml !== undefined);
    context.stack.pop();
    return out as unknown as IXmlableObject;
  }
}

/**
 * Prepares now, for writing later, the blocks of `doc`'s body that are already built: each keeps what it
 * prepared and gives it when the document is written. Left alone: the places for later blocks, and the last
 * block of each section (the body adds the section's properties to it when the document is written).
 */
export function prepareEarly(doc: Document): void {
  const body = doc.Document.View.Body;
  // docx's own record of the blocks that end a section (to which it adds the section's properties).
  const { root, sectionParagraphs } = body as unknown as { root: readonly unknown[]; sectionParagraphs: ReadonlyMap<unknown, unknown> };
  const context = { file: doc, viewWrapper: doc.Document, stack: [doc.Document.View, body] } as unknown as IContext;
  for (const block of root) {
    if (block instanceof LaterBlocks || sectionParagraphs.has(block) || !(block instanceof XmlComponent)) continue;
    prepared(block, context);
  }
}

/**
 * Prepares `block` now for writing later: it keeps what it prepared and gives it when the document is written;
 * as its written text already when nothing in it is filled in as the document is written (written-xml.ts).
 */
function prepared(block: XmlComponent, context: IContext): void {
  const xml = block.prepForXml(context);
  const text = xml === undefined ? undefined : writtenXml(xml);
  const given = text === undefined ? xml : written(text);
  Object.defineProperty(block, 'prepForXml', { value: () => given });
}

/**
 * Prepares now, for writing later, blocks that will fill `place` (a LaterBlocks of `doc`'s body), as they would
 * be prepared there: with the place on the stack as their parent.
 */
export function prepareBlocks(doc: Document, place: LaterBlocks, blocks: readonly (FileChild | TableRow)[]): void {
  const body = doc.Document.View.Body;
  const context = { file: doc, viewWrapper: doc.Document, stack: [doc.Document.View, body, place] } as unknown as IContext;
  for (const block of blocks) if (block instanceof XmlComponent) prepared(block, context);
}
