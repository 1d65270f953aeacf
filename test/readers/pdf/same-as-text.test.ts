import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../../src/readers/index.ts';
import { corpusPath, sharedPath } from '../../support/shared.ts';

const fromPdf = readDocument(sharedPath('formats', 'rpm-europe.pdf'));
const fromTxt = readDocument(corpusPath('rpm-europe.txt'));
const plain = (text: string): string => text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '').replace(/\s+/g, ' ').trim();

describe('the PDF of the European report, through the shared structurer', () => {
  it('states the same symbol, not a provisional one', async () => {
    const pdf = await fromPdf;
    assert.equal(pdf.symbol, 'A/CONF.234/RPM.5/1');
    assert.equal(pdf.symbolProvisional, false);
  });

  it('yields the same recommendations, citations and text as the text version', async () => {
    const summary = (doc: Awaited<typeof fromPdf>) => doc.recommendations.map((r) => `${r.citation} | ${r.section.join(' > ')} | ${plain(r.text)}`);
    const [pdf, txt] = [await fromPdf, await fromTxt];
    assert.equal(pdf.recommendations.length, 43);
    assert.deepEqual(summary(pdf), summary(txt));
  });

  it('yields the same numbered paragraphs with the same items', async () => {
    const numbered = (doc: Awaited<typeof fromPdf>) => doc.paragraphs
      .filter((p) => p.number !== null)
      .map((p) => `${p.citation} ${plain(p.text)} ${p.items.map((item) => `(${item.label}) ${plain(item.text)}`).join(' ')}`);
    assert.deepEqual(numbered(await fromPdf), numbered(await fromTxt));
  });
});
