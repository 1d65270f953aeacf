// A UPR Working Group report as Word writes it: the recommendations numbered by a multilevel
// list ("121." then "121.1", "121.2" …; here "2." then "2.1", "2.2"), read as the PDF is: decimal items with their States.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocumentFromBytes } from '../../../src/readers/index.ts';
import { abstractNum, buildDocx, num, numPr, p } from './build-docx.ts';

describe('a UPR Working Group report in Word', () => {
  it('reads the recommendations Word numbers "2.1", "2.2" under paragraph 2, with their States', async () => {
    const body = [
      p('Human Rights Council'),
      p('Universal periodic review'),
      p('Report of the Working Group on the Universal Periodic Review'),
      p('Ruritania'),
      p('I.	Summary of the proceedings of the review process'),
      p('The delegation of Ruritania presented the national report.', numPr(1, 0)),
      p('II.	Conclusions and/or recommendations'),
      p('The following recommendations will be examined by Ruritania, which will provide responses in due time:', numPr(1, 0)),
      p('Ratify the Optional Protocol to the Convention against Torture (Denmark) (Ghana);', numPr(1, 1)),
      p('Adopt a national action plan on business and human rights (Bolivia (Plurinational State of), Chile);', numPr(1, 1)),
    ].join('');
    const bytes = await buildDocx({ body, numbering: abstractNum(0, [['decimal', '%1.'], ['decimal', '%1.%2']]) + num(1, 0) });
    const doc = await readDocumentFromBytes('ruritania.docx', bytes, { symbol: 'A/HRC/99/9' });
    assert.equal(doc.profile, 'upr-working-group');
    assert.deepEqual(doc.recommendations.map((r) => r.citation), ['A/HRC/99/9, para. 2.1', 'A/HRC/99/9, para. 2.2']);
    assert.deepEqual(doc.recommendations.map((r) => r.states), [['Denmark', 'Ghana'], ['Bolivia (Plurinational State of)', 'Chile']]);
  });
});
