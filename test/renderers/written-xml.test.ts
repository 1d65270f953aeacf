// A block of the Word document written to its XML text ahead (staged.ts): the text docx itself writes for it,
// and nothing written ahead for a block that docx fills in as it writes the document (a heading, a field).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type IContext } from 'docx';
import { written, writtenXml } from '../../src/renderers/docx/written-xml.ts';

const context = (doc: Document): IContext => ({ file: doc, viewWrapper: doc.Document, stack: [doc.Document.View, doc.Document.View.Body] }) as unknown as IContext;

async function documentXml(doc: Document): Promise<string> {
  return (await (await JSZip.loadAsync(await Packer.toBuffer(doc))).file('word/document.xml')?.async('string')) ?? '';
}

describe('a Word block written ahead', () => {
  it('is the XML docx writes for it, escapes and attributes included', async () => {
    const block = new Table({
      rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: 'Ministers & "delegates" <agree> \u0007', bold: true, highlight: 'yellow' })] })] })] })],
    });
    const doc = new Document({ sections: [{ children: [block, new Paragraph('end')] }] });
    const text = writtenXml(block.prepForXml(context(doc)) ?? {});
    assert.ok(text !== undefined && text.startsWith('<w:tbl>'));
    assert.ok((await documentXml(doc)).includes(text), 'docx writes the same text for the table');
  });

  it('is not written ahead when docx fills it in as it writes the document: a heading, a field', () => {
    const doc = new Document({ sections: [{ children: [] }] });
    const heading = new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Annex C')] });
    assert.equal(writtenXml(heading.prepForXml(context(doc)) ?? {}), undefined);
  });

  it('is put in by docx as it stands', async () => {
    const marker = '<w:p><w:r><w:t>as written</w:t></w:r></w:p>';
    const block = new Paragraph('placeholder');
    Object.defineProperty(block, 'prepForXml', { value: () => written(marker) });
    const doc = new Document({ sections: [{ children: [block, new Paragraph('end')] }] });
    const xml = await documentXml(doc);
    assert.ok(xml.includes(marker) && !xml.includes('placeholder'));
  });
});
