// Concord is measured on renderings of the reports we have only as text. Each
// report's text is printed the way a UN Word template lays it out (masthead and
// running header with the symbol, footers, hanging numbers, footnotes) and
// printed to PDF by LibreOffice; the Word and PDF readers must then give what
// the text reader gives: the same symbol, region and recommendations.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Recommendation } from '../../src/model/types.ts';
import { readDocument, readDocumentFromBytes, structureDocument } from '../../src/readers/index.ts';
import { readDocx } from '../../src/readers/docx/index.ts';
import { readPdf } from '../../src/readers/pdf/index.ts';
import { corpusPath } from '../support/shared.ts';
import { findSoffice, wordLayoutPdf } from './pdf/support/word-layout-pdf.ts';

const soffice = findSoffice();
const skip = soffice === undefined ? 'LibreOffice (soffice) is not installed; it prints the Word-layout PDF' : false;

const REPORTS = ['rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'];

const spaced = (text: string): string => text.replace(/\s+/g, ' ').trim();
const cited = (recommendation: Recommendation): string => `${recommendation.citation}: ${spaced(recommendation.text)}`;
const placed = (recommendation: Recommendation): string =>
  `${recommendation.citation}: ${recommendation.section.join(' > ')} [${recommendation.context.role} ${recommendation.context.title}]`;

/**
 * The two lists agree entry by entry; on failure says how many differ and shows the first few
 * (assert.deepEqual's diff of long lists of long strings can take minutes).
 */
function assertSameEntries(actual: readonly string[], expected: readonly string[], what: string): void {
  const differing: string[] = [];
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    if (actual[i] !== expected[i]) differing.push(`#${i + 1}\n    text:  ${expected[i] ?? '(none)'}\n    other: ${actual[i] ?? '(none)'}`);
  }
  if (differing.length > 0) {
    assert.fail(`${differing.length} of ${expected.length} ${what} differ (${actual.length} read):\n  ${differing.slice(0, 5).join('\n  ')}`);
  }
}

/** Marks a promise handled now, so a failure is reported by the test that awaits it, not as an unhandled rejection. */
function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

for (const name of REPORTS) {
  describe(`${name} printed from a UN-style Word layout reads as its text does`, { skip }, () => {
    const path = corpusPath(name);
    const fromText = later(readDocument(path));
    // One LibreOffice conversion per report; every test below reads its result.
    const made = later(soffice === undefined
      ? Promise.reject(new Error('soffice is not installed'))
      : fromText.then(({ symbol }) => wordLayoutPdf(path, soffice, { symbol })));
    const pdfRead = later(made.then(({ pdf }) => readPdf('report.pdf', pdf)));
    const fromPdf = later(made.then(({ pdf }) => readDocumentFromBytes('report.pdf', pdf)));
    const docxRead = later(made.then(({ docx }) => readDocx('report.docx', new Uint8Array(docx))));
    const fromDocx = later(made.then(({ docx }) => readDocumentFromBytes('report.docx', new Uint8Array(docx))));

    it('the text states a symbol and a region of its own', async () => {
      const text = await fromText;
      assert.equal(text.symbolProvisional, false);
      assert.match(text.symbol, /^A\/CONF\.\d+\/RPM\.\d+\/1$/);
      assert.notEqual(text.region, undefined);
      assert.ok(text.recommendations.length > 0);
    });

    it('takes the same symbol from the running header and masthead of the PDF and of the Word file', async () => {
      const { symbol } = await fromText;
      assert.equal((await pdfRead).statedSymbol, symbol);
      assert.equal((await docxRead).statedSymbol, symbol);
    });

    for (const [format, read] of [['PDF', fromPdf], ['Word file', fromDocx]] as const) {
      it(`the ${format} gives the same symbol, region and meeting`, async () => {
        const [text, other] = [await fromText, await read];
        assert.equal(other.symbol, text.symbol);
        assert.equal(other.symbolProvisional, false);
        assert.equal(other.region, text.region);
        assert.equal(other.kind, text.kind);
        assert.deepEqual(other.meeting, text.meeting);
      });

      it(`the ${format} gives the same recommendations, each with its citation and text`, async () => {
        const [text, other] = [await fromText, await read];
        assertSameEntries(other.recommendations.map(cited), text.recommendations.map(cited), 'recommendations');
      });

      it(`the ${format} keeps the text's own footnotes among those it prints`, async () => {
        const [text, other] = [await fromText, await read];
        const printed = new Set(other.footnotes.map((note) => spaced(note.text)));
        for (const note of text.footnotes) assert.ok(printed.has(spaced(note.text)), `footnote ${note.marker} "${note.text}" is missing`);
      });

      it(`the ${format} puts each recommendation in the same section`, async () => {
        const [text, other] = [await fromText, await read];
        assertSameEntries(other.recommendations.map(placed), text.recommendations.map(placed), 'recommendation sections');
      });
    }
  });
}

describe('congress-report.txt printed without a symbol in its header states none in any format', { skip }, () => {
  const path = corpusPath('congress-report.txt');
  const fromText = later(readDocument(path));
  // The text does not state its symbol, so the rendering prints none either.
  const made = later(soffice === undefined ? Promise.reject(new Error('soffice is not installed')) : wordLayoutPdf(path, soffice, { symbol: '' }));
  const pdfRead = later(made.then(({ pdf }) => readPdf('report.pdf', pdf)));
  const fromPdf = later(pdfRead.then((read) => structureDocument(read, { source: 'report.pdf' })));
  const fromDocx = later(made.then(({ docx }) => readDocumentFromBytes('report.docx', new Uint8Array(docx))));
  /** The stand-in symbol is a digest of the text, so it differs by format; the rest of the citation may not. */
  const standIn = (recommendation: Recommendation): string => cited(recommendation).replace(recommendation.symbol, '<symbol>');

  it('takes no symbol from a table row that falls in a page margin, and says the symbol is a stand-in', async () => {
    assert.equal((await fromText).symbolProvisional, true);
    assert.equal((await pdfRead).statedSymbol, undefined);
    assert.equal((await fromPdf).symbolProvisional, true);
    assert.equal((await fromDocx).symbolProvisional, true);
  });

  it('gives the same recommendations from the PDF and the Word file as from the text', async () => {
    const expected = (await fromText).recommendations.map(standIn);
    assertSameEntries((await fromPdf).recommendations.map(standIn), expected, 'recommendations (PDF)');
    assertSameEntries((await fromDocx).recommendations.map(standIn), expected, 'recommendations (Word)');
  });
});
