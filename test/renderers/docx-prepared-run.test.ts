import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import { preparedRun, type RunFormat } from '../../src/renderers/docx/prepared-run.ts';

/** document.xml of a one-section document holding a paragraph per run. */
async function documentXml(runs: readonly TextRun[]): Promise<string> {
  const doc = new Document({ sections: [{ children: runs.map((run) => new Paragraph({ children: [run] })) }] });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

// Every formatting the Word renderers give a run (parts.ts, annexes, Annex C, the thematic list), and none.
const FORMATS: RunFormat[] = [
  {}, { size: 16 }, { size: 18 }, { highlight: 'yellow', underline: {} }, { size: 18, highlight: 'yellow', underline: {} },
  { bold: true }, { bold: false, size: 18 }, { bold: true, color: '005EA0' }, { bold: true, size: 16, color: '005EA0' },
  { italics: true }, { italics: false }, { italics: true, size: 16 }, { italics: true, color: '8A4B00', size: 16 },
  { bold: true, size: 36, color: '005EA0' }, { style: 'Hyperlink' }, { font: 'Arial', size: 20 },
];
const TEXTS = ['Promote the rule of law', '', '  spaces kept  ', '<i>views</i> & "regions" \'here\'', 'para. 16 (b) — “quoted” café', 'tab\there'];

describe('a prepared run', () => {
  it('is written exactly as docx writes a TextRun of the same text and formatting', async () => {
    const cases = FORMATS.flatMap((format) => TEXTS.map((text) => ({ format, text })));
    const expected = await documentXml(cases.map(({ format, text }) => new TextRun({ ...(format as IRunOptions), text })));
    const actual = await documentXml(cases.map(({ format, text }) => preparedRun(text, format)));
    assert.equal(actual, expected);
    assert.equal(expected.split('<w:r>').length - 1, cases.length, 'one run per case');
    assert.ok(expected.includes('<w:highlight w:val="yellow"/>') && expected.includes('&lt;i&gt;views&lt;/i&gt; &amp;'));
  });

  it('can be written twice, in two documents, and stays the same', async () => {
    const run = preparedRun('Strengthen international cooperation', { size: 18, highlight: 'yellow', underline: {} });
    assert.equal(await documentXml([run]), await documentXml([run]));
  });
});
