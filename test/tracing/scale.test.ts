import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapRecommendations } from '../../src/mapping/index.ts';
import { analyse } from '../../src/tracing/analyse.ts';
import { conceptsOf } from '../../src/tracing/concepts.ts';
import { coverage } from '../../src/tracing/coverage.ts';
import { selectOutcome, traceRecommendations } from '../../src/tracing/index.ts';
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

  it('maps and traces a recommendation repeated word for word in another report as the original, each under its own id', async () => {
    const { congress, codebook, recommendations, result } = await tracedEurope();
    const copies = recommendations.map((r) => ({ ...r, symbol: 'A/CONF.234/RPM.1005/1', id: r.id.replace('RPM.5', 'RPM.1005'), citation: r.citation.replace('RPM.5', 'RPM.1005') }));
    const mapped = mapRecommendations([...recommendations, ...copies], codebook);
    copies.forEach((copy, i) => {
      assert.equal(mapped[recommendations.length + i]?.id, copy.id);
      assert.deepEqual(mapped[recommendations.length + i]?.topics, recommendations[i]?.topics, copy.citation);
    });
    const traced = traceRecommendations(mapped, congress, codebook, { outcomeSymbol: KYOTO_SYMBOL });
    for (const [i, copy] of copies.entries()) assert.deepEqual(traced.traces.get(copy.id), result.traces.get(recommendations[i]?.id ?? ''), copy.citation);
    assert.equal(traced.outcome.coverage.byRegion.reduce((sum, row) => sum + row.total, 0), 2 * recommendations.length);
  });
});
