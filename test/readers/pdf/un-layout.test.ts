import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf } from '../../../src/readers/pdf/index.ts';
import { unStylePdf } from './support/un-style-pdf.ts';

const read = readPdf('un-style.pdf', unStylePdf());
const texts = async (): Promise<string[]> => (await read).blocks.map((block) => block.text);

describe('reading a PDF laid out in the UN Word style', () => {
  it('reads the symbol from the masthead and keeps the masthead out of the text', async () => {
    assert.equal((await read).statedSymbol, 'E/CN.15/2099/7');
    for (const text of await texts()) assert.doesNotMatch(text, /United Nations|Distr\.|Original:|3 March 2099|E\/CN\.15\/2099\/7/);
  });

  it('drops the job number, barcode and page numbers of the footers', async () => {
    for (const text of await texts()) assert.doesNotMatch(text, /V\.99-01234|\*9901234\*|\b[12]\/2\b/);
  });

  it('joins a number hanging in the margin to its paragraph', async () => {
    assert.ok((await texts()).some((text) => text.startsWith('1. The Meeting considered the recommendations')));
  });

  it('writes a raised footnote marker as a superscript digit where it stands', async () => {
    assert.ok((await texts()).some((text) => text.includes('as a basis for its work¹ and on the collection')));
  });

  it('splits the footnotes off the page foot, with their markers and pages', async () => {
    const { footnotes } = await read;
    assert.deepEqual(footnotes.map(({ marker, place }) => [marker, place.page]), [['1', 1], ['2', 1]]);
    assert.equal(footnotes[0]?.text, 'See the report of the working group (E/CN.15/2098/4), annex.');
  });

  it('continues a footnote onto the next page without leaking it into the body', async () => {
    const { footnotes } = await read;
    assert.equal(footnotes[1]?.text, 'Adopted by the General Assembly in its resolution 73/184, which the Assembly welcomed in the same year.');
    for (const text of await texts()) assert.doesNotMatch(text, /Assembly welcomed/);
  });

  it('joins a lettered item split by a page break', async () => {
    const itemB = (await read).blocks.find((block) => block.text.startsWith('(b) '));
    assert.equal(itemB?.text, '(b) Support the work of the Commission on Crime Prevention and Criminal Justice, including through the exchange of information and the sharing of good practices;');
    assert.equal(itemB?.place.page, 1);
  });

  it('removes hyphenation but keeps compounds and suspended hyphens', async () => {
    const all = (await texts()).join('\n');
    assert.match(all, /following recommendations:/);
    assert.match(all, /multi-stakeholder group/);
    assert.match(all, /Secretary-General and Member States/);
    assert.match(all, /gender- and age-disaggregated/);
  });

  it('gives one block per heading, paragraph and item, in reading order', async () => {
    assert.deepEqual((await texts()).map((text) => text.slice(0, 12)), [
      'Report of th', 'I. Matters c', '1. The Meeti', '2. The Meeti', '(a) Strength', '(b) Support ', '3. The Meeti',
    ]);
    assert.deepEqual((await read).blocks.slice(0, 2).map((block) => block.hint), ['heading', 'heading']);
  });
});
