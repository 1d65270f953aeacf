import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildVocabulary, joinLine } from '../../../src/readers/pdf/join-text.ts';

const vocabulary = buildVocabulary([
  'the recommendations were identified; multi-stakeholder approach',
  'gender- and age-disaggregated data',
]);

describe('joining printed lines into running text', () => {
  it('joins ordinary lines with one space', () => {
    assert.equal(joinLine('the rule of', 'law prevails', vocabulary), 'the rule of law prevails');
  });

  it('removes a hyphen that split a word the document prints whole elsewhere', () => {
    assert.equal(joinLine('the following recom-', 'mendations:', vocabulary), 'the following recommendations:');
  });

  it('keeps the hyphen of a compound broken at its hyphen', () => {
    assert.equal(joinLine('a multi-', 'stakeholder approach', vocabulary), 'a multi-stakeholder approach');
    assert.equal(joinLine('the Secretary-', 'General', vocabulary), 'the Secretary-General');
  });

  it('keeps the hyphen of a word it cannot confirm was split', () => {
    assert.equal(joinLine('non-conviction-', 'based confiscation', vocabulary), 'non-conviction-based confiscation');
  });

  it('keeps a suspended hyphen and the space after it', () => {
    assert.equal(joinLine('collect gender-', 'and age-disaggregated data', vocabulary), 'collect gender- and age-disaggregated data');
  });

  it('drops a soft hyphen at the end of a line', () => {
    assert.equal(joinLine('imple\u00ad', 'mentation', vocabulary), 'implementation');
  });
});
