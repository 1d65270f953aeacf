import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { capitalHeading, letteredItem } from '../../../src/readers/structure/numbering.ts';

describe('label sequences', () => {
  it('reads "I." after "H." as the letter I and "III." after "II." as roman', () => {
    assert.deepEqual(capitalHeading('I', 3, 'h'), { roman: false, value: 1, inSequence: true });
    assert.deepEqual(capitalHeading('III', 2, 'c'), { roman: true, value: 3, inSequence: true });
    assert.equal(capitalHeading('C', 2, 'b').roman, false);
    assert.equal(capitalHeading('V', 4, 'b').roman, true);
  });

  it('flags a heading that continues neither sequence', () => {
    assert.equal(capitalHeading('VII', 4, undefined).inSequence, false);
    assert.equal(capitalHeading('F', 1, 'b').inSequence, false);
  });

  it('tells an item from a nested sub-item', () => {
    assert.equal(letteredItem('c', 'b', undefined, true), 'item');
    assert.equal(letteredItem('i', 'h', undefined, true), 'item');
    assert.equal(letteredItem('i', 'e', undefined, true), 'nested');
    assert.equal(letteredItem('ii', 'e', 'i', true), 'nested');
    assert.equal(letteredItem('iv', 'e', 'i', true), 'unrecognised');
    assert.equal(letteredItem('g', 'c', undefined, true), 'out-of-sequence');
  });
});
