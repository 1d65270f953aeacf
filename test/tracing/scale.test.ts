import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../src/tracing/analyse.ts';
import { conceptsOf } from '../../src/tracing/concepts.ts';
import { coverage } from '../../src/tracing/coverage.ts';
import { selectOutcome } from '../../src/tracing/index.ts';
import { indexOutcome, scoreAgainst, scoreAll } from '../../src/tracing/similarity.ts';
import { shippedThesaurus } from '../../src/tracing/thesaurus.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { words } from '../../src/text/words.ts';
import { KYOTO_SYMBOL, tracedEurope } from './support/real-corpus.ts';

describe('tracing at scale', () => {
  it('scores every paragraph through the index exactly as paragraph by paragraph (European recommendations, Kyoto Declaration)', async () => {
    const { congress, codebook, recommendations } = await tracedEurope();
    const selection = selectOutcome(congress, KYOTO_SYMBOL);
    const vocabulary = { abbreviations: [], concepts: [...conceptsOf(codebook), ...shippedThesaurus()] };
    const index = indexOutcome(selection.paragraphs, vocabulary);
    let compared = 0;
    for (const recommendation of recommendations) {
      const terms = analyse(recommendation.text, vocabulary);
      const all = scoreAll(terms, index);
      index.paragraphs.forEach((paragraph, i) => {
        const one = scoreAgainst(terms, index, paragraph);
        assert.equal(all.score[i], one.score, `${recommendation.citation}, paragraph ${i}`);
        assert.equal(all.coverage[i], one.coverage, `${recommendation.citation}, paragraph ${i}`);
        compared += 1;
      });
    }
    assert.equal(compared, recommendations.length * selection.paragraphs.length);
  });

  it('counts a recommendation met twice once in coverage, whatever the number of recommendations', async () => {
    const { recommendations, result } = await tracedEurope();
    const twice = [...recommendations, ...recommendations];
    const { byRegion, byTopic } = coverage(twice, result.traces);
    assert.deepEqual(byRegion, result.outcome.coverage.byRegion);
    assert.deepEqual(byTopic, result.outcome.coverage.byTopic);
  });

  it("reads a text once for the mapping's tokens and the tracing's words, and gives both the same words at the same places", async () => {
    const { recommendations } = await tracedEurope();
    for (const { text } of recommendations) {
      assert.equal(tokenize(text), tokenize(text), 'the same reading is returned, not a new one');
      const tokens = new Map(tokenize(text).map((t) => [t.start, t]));
      for (const word of words(text)) assert.equal(tokens.get(word.start)?.end, word.end, text.slice(word.start, word.end));
    }
  });
});
