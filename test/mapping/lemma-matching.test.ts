import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokens.ts';
import { compilePhrase, contentView, matchPhrase } from '../../src/mapping/phrase-matcher.ts';

const matches = (phrase: string, text: string): string[] =>
  matchPhrase(compilePhrase(phrase), contentView(tokenize(text))).map((m) => {
    const tokens = tokenize(text);
    return text.slice(tokens[m.first]?.start, tokens[m.last]?.end);
  });

describe('key phrases match on lemmas', () => {
  it('matches "strengthening the capacities" in "strengthen capacity" and the other way round', () => {
    assert.deepEqual(matches('strengthening the capacities', 'We strengthen capacity of courts'), ['strengthen capacity']);
    assert.deepEqual(matches('strengthen capacity', 'by strengthening the capacities of practitioners'), ['strengthening the capacities']);
  });

  it('matches words that stand a little apart or in another order, within one clause', () => {
    assert.equal(matches('capacity-building', 'capacity-building and training').length, 1);
    assert.equal(matches('access to justice', 'ensure fair and equal access to justice for all').length, 1);
    assert.equal(matches('rehabilitation programmes', 'programmes for the rehabilitation of offenders').length, 1);
    assert.equal(matches('victim support', 'support; victims').length, 0);
  });

  it('matches British and American spellings and hyphen variants alike', () => {
    assert.equal(matches('victim-centred approach', 'victim-centered approaches').length, 1);
    assert.equal(matches('multi-stakeholder approach', 'multistakeholder approaches').length, 1);
  });

  it('gives every token offsets that slice back to its text', () => {
    const text = 'Promote “victim-centred” policies;  and (b) gender- and age-disaggregated data…';
    for (const token of tokenize(text)) assert.equal(text.slice(token.start, token.end), token.value);
  });
});
