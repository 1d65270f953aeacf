import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadCodebook, loadExamples, mapRecommendations } from '../../src/mapping/index.ts';
import type { Recommendation } from '../../src/model/types.ts';
import { InputError } from '../../src/model/errors.ts';
import { compileCodebook } from '../../src/mapping/compiled-codebook.ts';
import { phraseReliability, reliabilityKey } from '../../src/mapping/phrase-reliability.ts';
import { evaluateMapping } from '../../eval/mapping.ts';
import { score } from '../../eval/mapping-score.ts';
import { sharedPath } from '../support/shared.ts';

const rec = (paragraph: number, text: string): Recommendation => ({
  type: 'recommendation', id: `X#${paragraph}a`, symbol: 'X', paragraph, subparagraph: 'a', citation: `X, para. ${paragraph} (a)`,
  section: [], context: { role: 'cluster', agendaItems: [4], workshops: [2], title: '' }, leadIn: '', text, paragraphId: `p${paragraph}`, place: {},
});

describe('coded examples', () => {
  it('are read from a file shaped like gold/topics.dev.json', async () => {
    const examples = await loadExamples(sharedPath('gold', 'topics.dev.json'));
    assert.equal(examples.length, 43);
    const first = examples[0];
    assert.deepEqual([first?.symbol, first?.paragraph, first?.subparagraph, first?.topics], ['A/CONF.234/RPM.5/1', 16, 'a', ['A4', 'B3']]);
    assert.ok(first?.evidence?.['B3']?.some((phrase) => /rule of law/.test(phrase)), 'keeps the highlighted phrases');
  });

  it('refuse a file that is not an examples file, saying what was expected', async () => {
    await assert.rejects(loadExamples(sharedPath('corpus', 'crime-congress-14', 'rpm-europe.txt')), (error) =>
      error instanceof InputError && /expected \{ "items"/.test(error.message));
  });

  it('lift the topic that a nearly identical coded recommendation took', async () => {
    const codebook = await loadCodebook();
    const text = 'Hold regular expert meetings on sentencing practice in the region.';
    const alone = mapRecommendations([rec(1, text)], codebook)[0];
    const examples = [{ symbol: 'X', paragraph: 9, subparagraph: 'a', text: 'Hold regular expert meetings on sentencing practice.', topics: ['D6'] }];
    const taught = mapRecommendations([rec(1, text)], codebook, { examples })[0];
    const d6 = (r: typeof alone) => r?.topics.find((t) => t.id === 'D6')?.score ?? 0;
    assert.ok(d6(taught) > d6(alone), `D6 ${d6(alone)} -> ${d6(taught)}`);
    assert.equal(taught?.topics[0]?.id, 'D6');
  });

  it('count a key phrase for less when the coders mostly did not take its topic where it appeared', async () => {
    const codebook = await loadCodebook();
    const compiled = compileCodebook(codebook);
    const example = (paragraph: number, text: string, topics: string[]) => ({ id: `X#${paragraph}a`, text, topics });
    const misled = [
      example(1, 'Involve civil society in crime prevention strategies.', ['C2']),
      example(2, 'Consult civil society when drafting crime prevention plans.', ['C2']),
      example(3, 'Support civil society organizations working with victims.', ['D1']),
    ];
    const factors = phraseReliability(compiled, misled);
    const b2 = factors.get(reliabilityKey('B2', 'civil society'));
    assert.ok(b2 !== undefined && b2 < 1, `B2 "civil society" factor ${String(b2)}`);
    const helped = misled.map((e) => ({ ...e, topics: [...e.topics, 'B2'] }));
    assert.equal(phraseReliability(compiled, helped).get(reliabilityKey('B2', 'civil society')), undefined, 'a phrase that helped keeps its weight');
    const key = reliabilityKey('B2', 'civil society');
    assert.equal(phraseReliability(compiled, misled, 'X#1a').get(key), phraseReliability(compiled, misled.slice(1)).get(key), 'never learns from the excluded item');
  });
});

describe('mapping quality on the development split (European report)', () => {
  it('reaches F1 0.85 from the codebook alone, and no less with examples under leave-one-out', async () => {
    const { rows } = await evaluateMapping();
    const alone = score(rows[0]?.predictions ?? []);
    const taught = score(rows[1]?.predictions ?? []);
    const b2 = score(rows[3]?.predictions ?? []);
    assert.ok(alone.f1 >= 0.85, `codebook alone F1 ${alone.f1.toFixed(3)}`);
    assert.ok(taught.f1 >= alone.f1, `with examples F1 ${taught.f1.toFixed(3)} < ${alone.f1.toFixed(3)}`);
    assert.ok(alone.f1 > b2.f1 + 0.1, 'well above the BM25 baseline');
  });
});
