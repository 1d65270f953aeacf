import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf } from '../../../src/readers/pdf/index.ts';
import { lines, makePdf } from './support/make-pdf.ts';

const BODY = { x: 70, step: 12, size: 10 };
const FULL = [
  '4. The participants stressed that the exchange of information among competent',
  'authorities of Member States was essential to respond to threats posed by crime.',
  'They highlighted the importance of mutual legal assistance and extradition and',
  'underlined that international cooperation had to respect fundamental human rights.',
];

async function blocksOf(pageOne: string[], pageTwo: string[]): Promise<string[]> {
  const pdf = makePdf([lines(pageOne, { ...BODY, top: 760 }), lines(pageTwo, { ...BODY, top: 760 })]);
  return (await readPdf('breaks.pdf', pdf)).blocks.map((block) => block.text);
}

describe('paragraphs at a page break', () => {
  it('joins a paragraph whose page ends on a full line, even after a full stop', async () => {
    const blocks = await blocksOf(FULL, ['Participants also recalled the relevant resolutions.', '5. The Meeting took note of the statement.']);
    assert.equal(blocks.length, 2);
    assert.match(blocks[0] ?? '', /fundamental human rights\. Participants also recalled/);
  });

  it('joins a paragraph whose page ends mid-sentence', async () => {
    const blocks = await blocksOf(FULL.slice(0, 3), ['underlined that international cooperation had to respect fundamental human rights.']);
    assert.deepEqual(blocks.length, 1);
    assert.match(blocks[0] ?? '', /extradition and underlined/);
  });

  it('starts a new block when the page ends on a short closing line', async () => {
    const blocks = await blocksOf([...FULL, 'They welcomed the outcome.'], ['Chair: Alena Kupchyna (Belarus)']);
    assert.deepEqual(blocks.at(-1), 'Chair: Alena Kupchyna (Belarus)');
  });

  it('starts a new block when the next page opens with a paragraph number or an item', async () => {
    const blocks = await blocksOf(FULL, ['(a) Strengthen cooperation;']);
    assert.deepEqual(blocks.at(-1), '(a) Strengthen cooperation;');
  });
});
