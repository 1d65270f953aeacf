import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readPdf } from '../../../src/readers/pdf/index.ts';
import { corpusPath, sharedPath } from '../../support/shared.ts';
import { unitsOfBlocks, unitsOfTxt } from './support/compare-text.ts';

const pdf = readPdf('rpm-europe.pdf', new Uint8Array(readFileSync(sharedPath('formats', 'rpm-europe.pdf'))));
const txtUnits = unitsOfTxt(readFileSync(corpusPath('rpm-europe.txt'), 'utf8'));

describe('reading the European report as PDF', () => {
  it('takes the symbol from the masthead and running header', async () => {
    assert.equal((await pdf).statedSymbol, 'A/CONF.234/RPM.5/1');
  });

  it('leaves no page furniture in any block', async () => {
    const furniture = [/^A\/CONF\.234\/RPM\.5\/1$/, /\b\d{1,2}\/16\b/, /V\.19-02841/, /\*1902841\*/, /Distr\.: General/, /Original: English/, /^United Nations\b.*A\/CONF/];
    for (const block of (await pdf).blocks) {
      for (const pattern of furniture) assert.doesNotMatch(block.text, pattern, `page ${block.place.page}: ${block.text.slice(0, 80)}`);
    }
  });

  it('gives every numbered paragraph and lettered item exactly as the text version does', async () => {
    const pdfUnits = unitsOfBlocks((await pdf).blocks);
    const txtSet = new Set(txtUnits);
    const pdfSet = new Set(pdfUnits);
    // The text version has no headings marked, so its numbered cluster headings count as units there.
    const missing = txtUnits.filter((unit) => !pdfSet.has(unit) && !/^\d\. .*\((?:agenda item|workshop) \d/.test(unit));
    assert.deepEqual(missing, []);
    assert.deepEqual(pdfUnits.filter((unit) => !txtSet.has(unit)), []);
  });

  it('finds all 43 recommendations of the outcome sections, whole', async () => {
    const items = unitsOfBlocks((await pdf).blocks).filter((unit) => /^\([a-z]\) /.test(unit));
    // 4 + 7 + 10 + 7 + 8 + 7 lettered recommendations, plus the four agenda sub-items of para. 69.
    assert.equal(items.length, 43 + 4);
    assert.ok(items.every((item) => /[;.:)]$/.test(item)), 'an item was cut short');
  });

  it('joins a paragraph broken across pages into one block', async () => {
    const seventh = (await pdf).blocks.find((block) => block.text.startsWith('7. '));
    assert.ok(seventh?.text.includes('carefully identified by the Commission'));
    assert.ok(seventh?.text.endsWith('practical experiences and approaches.'));
    assert.equal(seventh?.place.page, 2);
  });

  it('keeps compound hyphens at line ends', async () => {
    const text = (await pdf).blocks.map((block) => block.text).join('\n');
    assert.match(text, /Secretary-General to proceed/);
    assert.match(text, /multi-stakeholder approach/);
    assert.match(text, /gender- and age-disaggregated/);
  });

  it('marks bold headings and the table of contents', async () => {
    const { blocks } = await pdf;
    const heading = (start: string) => blocks.find((block) => block.text.startsWith(start) && block.hint !== 'toc')?.hint;
    assert.equal(heading('II. Conclusions and recommendations'), 'heading');
    assert.equal(heading('Outcome of deliberations'), 'heading');
    assert.equal(heading('1. Comprehensive strategies for crime prevention'), 'heading');
    assert.equal(blocks.find((block) => block.text.startsWith('I. Introduction'))?.hint, 'toc');
  });

  it('places every block on the page it starts on', async () => {
    const { blocks } = await pdf;
    assert.ok(blocks.every((block) => typeof block.place.page === 'number' && block.place.page >= 1 && block.place.page <= 16));
    assert.equal(blocks.find((block) => block.text.startsWith('75. '))?.place.page, 16);
  });

  it('has no footnotes to report in this rendering, and no messages', async () => {
    assert.deepEqual((await pdf).footnotes, []);
    assert.deepEqual((await pdf).messages, []);
  });
});
