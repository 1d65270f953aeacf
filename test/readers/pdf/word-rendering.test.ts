import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readDocument } from '../../../src/readers/index.ts';
import { readPdf } from '../../../src/readers/pdf/index.ts';
import { corpusPath } from '../../support/shared.ts';
import { unitsOfBlocks, unitsOfTxt } from './support/compare-text.ts';
import { findSoffice, FOOTNOTE_TEXT, wordLayoutPdf } from './support/word-layout-pdf.ts';

const soffice = findSoffice();
const skip = soffice === undefined ? 'LibreOffice (soffice) is not installed; it prints the Word-layout PDF' : false;

describe('reading the European report printed from a UN-style Word layout', { skip }, () => {
  const txtPath = corpusPath('rpm-europe.txt');
  const fromText = readDocument(txtPath);
  const made = soffice === undefined ? undefined : fromText.then(({ symbol }) => wordLayoutPdf(txtPath, soffice, { symbol }));
  const read = made?.then(({ pdf }) => readPdf('word-layout.pdf', pdf));

  it('gives every numbered paragraph and lettered item exactly as the text version does', async () => {
    const { blocks } = (await read)!;
    assert.deepEqual(unitsOfBlocks(blocks), unitsOfTxt(readFileSync(corpusPath('rpm-europe.txt'), 'utf8')));
  });

  it('finds every footnote whole, numbered in order, and its marker in the text', async () => {
    const { footnoted } = (await made)!;
    const { blocks, footnotes } = (await read)!;
    assert.deepEqual(footnotes.map((note) => note.marker), Array.from({ length: footnoted }, (_, i) => String(i + 1)));
    assert.ok(footnotes.every((note) => note.text === FOOTNOTE_TEXT), 'a footnote was cut or mixed with other text');
    const markers = blocks.flatMap((block) => block.text.match(/[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*/g) ?? []);
    assert.equal(markers.length, footnoted);
    for (const block of blocks) assert.doesNotMatch(block.text, /the arrangements made for the regional preparatory meetings and the documentation/);
  });

  it('takes the symbol from the running header and drops headers, footers and masthead', async () => {
    const { blocks, statedSymbol } = (await read)!;
    assert.equal(statedSymbol, (await fromText).symbol);
    for (const block of blocks) {
      assert.doesNotMatch(block.text, /^A\/CONF\.234\/RPM\.5\/1$|\b\d{1,2}\/\d{1,2}$|V\.19-02841|\*1902841\*|Distr\.|Original: English|080519/, block.text.slice(0, 60));
    }
  });
});
