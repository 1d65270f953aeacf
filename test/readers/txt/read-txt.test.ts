import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readTxt } from '../../../src/readers/txt/index.ts';

const read = (text: string) => readTxt('fixture.txt', text);

describe('the txt reader', () => {
  it('makes one block per non-blank line, placed at its line number', () => {
    const result = read('\n\nI. Introduction\n\n1. In its resolution.\n');
    assert.deepEqual(result.blocks.map((b) => [b.text, b.place.line]), [['I. Introduction', 3], ['1. In its resolution.', 5]]);
    assert.equal(result.format, 'txt');
  });

  it('turns footnote lines into footnotes, not blocks, and keeps the marker in the text', () => {
    const result = read('46. Examples included the rules,¹ and more.\n\n¹ Economic and Social Council resolution 2002/13, annex.\n\n¹² Ibid.\n');
    assert.equal(result.blocks.length, 1);
    assert.equal(result.blocks[0]?.text, '46. Examples included the rules,¹ and more.');
    assert.deepEqual(result.footnotes.map((f) => [f.marker, f.text, f.place.line]), [
      ['1', 'Economic and Social Council resolution 2002/13, annex.', 3],
      ['12', 'Ibid.', 5],
    ]);
  });

  it('removes link markup, inline tags and markdown emphasis', () => {
    const result = read('1. In its resolution [73/191](#), the <i>modi operandi</i> and *Treaty Series* and ² [CCPR/C/GC/32](#).');
    assert.equal(result.blocks[0]?.text, '1. In its resolution 73/191, the modi operandi and Treaty Series and ² CCPR/C/GC/32.');
  });

  it('strips markdown list prefixes and stray emphasis marks', () => {
    const result = read(' - (a) Comprehensive strategies (agenda item 3);\n- Chair:* Pia Greene (Chile)');
    assert.deepEqual(result.blocks.map((b) => b.text), ['(a) Comprehensive strategies (agenda item 3);', 'Chair: Pia Greene (Chile)']);
  });

  it('hints the table of contents as toc and tab-separated rows as table rows', () => {
    const result = read('Contents\n\n\t<i>Page</i>\nI. Introduction\t2\nAnnex\t\n\nI. Introduction\n\nA/CONF.234/PM.1\tDiscussion guide\n');
    assert.deepEqual(result.blocks.map((b) => [b.text, b.hint]), [
      ['Contents', 'toc'], ['Page', 'toc'], ['I. Introduction 2', 'toc'], ['Annex', 'toc'],
      ['I. Introduction', undefined],
      ['A/CONF.234/PM.1 | Discussion guide', 'table-row'],
    ]);
  });

  it('turns <sup> footnote markers into superscript digits', () => {
    assert.equal(read('The recommendations<sup>2</sup> made').blocks[0]?.text, 'The recommendations² made');
  });

  it('drops markdown bold markers even when the bold runs over several lines', () => {
    assert.deepEqual(read('**A snapshot of the outcomes for  \nCriminal Justice<sup>1</sup>**\n\n**I. BACKGROUND**').blocks.map((b) => b.text), [
      'A snapshot of the outcomes for', 'Criminal Justice¹', 'I. BACKGROUND',
    ]);
  });
});
