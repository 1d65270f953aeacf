import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { phraseSpans, segmentText, termSpans } from '../../web/src/lib/segments.ts';

describe('segmentText', () => {
  it('cuts a text into plain and marked parts at the evidence offsets', () => {
    const parts = segmentText('Promote restorative justice programmes', [{ start: 8, end: 27, tag: 'D7' }]);
    assert.deepEqual(
      parts.map((p) => [p.text, p.marked, p.tags]),
      [
        ['Promote ', false, []],
        ['restorative justice', true, ['D7']],
        [' programmes', false, []],
      ],
    );
  });

  it('merges the tags of overlapping spans and keeps the whole text', () => {
    const text = 'victims of trafficking in persons';
    const parts = segmentText(text, [
      { start: 0, end: 22, tag: 'C1' },
      { start: 11, end: 33, tag: 'D3' },
    ]);
    assert.equal(parts.map((p) => p.text).join(''), text);
    assert.deepEqual(parts.find((p) => p.text === 'trafficking')?.tags, ['C1', 'D3']);
  });

  it('ignores spans outside the text rather than failing', () => {
    assert.deepEqual(
      segmentText('short', [{ start: 3, end: 99 }, { start: 50, end: 60 }]).map((p) => p.text),
      ['sho', 'rt'],
    );
  });
});

describe('termSpans and phraseSpans', () => {
  it('marks the matched words as whole words only, whatever their case', () => {
    const text = 'Cybercrime and cyber-dependent crime; CYBER security';
    assert.deepEqual(
      termSpans(text, ['cyber', 'cybercrime']).map((s) => text.slice(s.start, s.end)),
      ['Cybercrime', 'cyber', 'CYBER'],
    );
  });

  it('marks "of" as a word, never inside "Office" or "offenders"', () => {
    const text = 'the United Nations Office on Drugs and Crime, the treatment of offenders';
    assert.deepEqual(termSpans(text, ['of']).map((s) => [s.start, text.slice(s.start, s.end)]), [[text.indexOf(' of ') + 1, 'of']]);
  });

  it('treats regular-expression characters in a query as plain text', () => {
    assert.deepEqual(termSpans('para. (c) applies', ['(c)']).map((s) => s.start), [6]);
    assert.deepEqual(termSpans('axb', ['a.b']), []);
    assert.equal(termSpans('a+b or a+b', ['a+b']).length, 2);
  });

  it('finds a phrase given without offsets', () => {
    assert.deepEqual(phraseSpans('Restorative Justice and restorative justice', ['restorative justice']).map((s) => s.start), [0, 24]);
  });
});
