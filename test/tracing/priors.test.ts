import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/readers/index.ts';
import { loadCodebook } from '../../src/mapping/index.ts';
import { selectOutcome } from '../../src/tracing/index.ts';
import { analyse } from '../../src/tracing/analyse.ts';
import { chooseLinks } from '../../src/tracing/links.ts';
import { structurePrior } from '../../src/tracing/structure.ts';
import { themes } from '../../src/tracing/themes.ts';
import { shippedThesaurus, thesaurusConcepts } from '../../src/tracing/thesaurus.ts';
import { topicOverlap, topicSimilarity } from '../../src/tracing/topic-similarity.ts';
import { corpusPath } from '../support/shared.ts';

const conceptsIn = (text: string): string[] =>
  [...new Set(analyse(text, { abbreviations: [], concepts: shippedThesaurus() }).filter((t) => t.kind === 'concept').map((t) => t.key))].sort();

describe('the domain thesaurus', () => {
  it('lets paraphrases of the field meet on one concept', () => {
    assert.ok(conceptsIn('Promote alternatives to incarceration for young offenders').includes('@alternatives to imprisonment'));
    assert.ok(conceptsIn('considering the use of non-custodial measures').includes('@alternatives to imprisonment'));
    assert.ok(conceptsIn('prevent and counter cyber-enabled crime').includes('@cybercrime'));
    assert.ok(conceptsIn('the growing threat of cybercrime').includes('@cybercrime'));
    assert.ok(conceptsIn('reducing recidivism').includes('@rehabilitation and reintegration'));
    assert.ok(conceptsIn('the social reintegration of offenders').includes('@rehabilitation and reintegration'));
  });

  it('gives the matching phrase as a span of the text', () => {
    const text = 'Address the criminal misuse of information and communication technologies';
    const term = analyse(text, { abbreviations: [], concepts: shippedThesaurus() }).find((t) => t.key === '@cybercrime');
    assert.equal(term && text.slice(term.start, term.end), 'information and communication technologies');
  });

  it('says what it expected when the file is not a thesaurus', () => {
    assert.throws(() => thesaurusConcepts('concepts: [a, b]'), /thesaurus: expected "concepts: \{name: \[phrases\]\}"/);
  });
});

describe('topic similarity across index sections', async () => {
  const codebook = await loadCodebook();
  const similarity = topicSimilarity(codebook);

  it('treats the multi-stakeholder topics of the main theme, cluster 1 and cluster 2 as one', () => {
    assert.equal(similarity('B2', 'C2'), 1);
    assert.equal(similarity('C2', 'D3'), 1);
  });

  it('finds capacity topics close and unrelated topics apart', () => {
    assert.ok(similarity('C1', 'D4') > 0.2);
    assert.ok(similarity('D7', 'F2') < 0.1);
    assert.equal(topicOverlap(['D3'], ['B2', 'F2'], similarity), 1);
    assert.equal(topicOverlap([], ['B2'], similarity), 0);
  });
});

describe('the structure prior', async () => {
  const congress = await readDocument(corpusPath('congress-report.txt'));
  const outcome = selectOutcome(congress, 'A/CONF.234/16');
  const prior = structurePrior(outcome.paragraphs);
  const partPointedAt = (title: string): string[] => {
    const values = prior.prior(title);
    return [...new Set(outcome.paragraphs.filter((_, i) => (values[i] ?? 0) > 0).map((p) => themes(p.headings)[0] ?? ''))];
  };

  it('points a cluster title at the part of the declaration on the same theme, computed from the words', () => {
    assert.deepEqual(partPointedAt('2. Integrated approaches to challenges facing the criminal justice system (agenda item 4)'), ['Advancing the criminal justice system']);
    assert.deepEqual(partPointedAt('1. Comprehensive strategies for crime prevention towards social and economic development (agenda item 3)'), ['Advancing crime prevention']);
    assert.deepEqual(partPointedAt('C. Other issues'), []);
  });
});

describe('choosing links', () => {
  const candidate = (index: number, score: number, general = false): { index: number; score: number; general: boolean } => ({ index, score, general });

  it('proposes nothing below the floor: the recommendation was not taken up', () => {
    assert.deepEqual(chooseLinks([candidate(0, 0.1), candidate(1, 0.05)]), []);
  });

  it('adds the best general commitment beside a thematic link when it scores close enough', () => {
    const links = chooseLinks([candidate(30, 0.4), candidate(31, 0.2), candidate(9, 0.3, true), candidate(12, 0.1, true)]);
    assert.deepEqual(links.map((l) => [l.index, l.strength]), [[30, 'strong'], [9, 'partial']]);
  });

  it('adds the paragraph that best carries another ask of the recommendation, as a strong link', () => {
    const links = chooseLinks([candidate(63, 0.48), candidate(64, 0.25), candidate(94, 0.21)], [64]);
    assert.deepEqual(links.map((l) => [l.index, l.strength]), [[63, 'strong'], [64, 'strong']]);
  });

  it('leaves out the home of another ask when the whole recommendation scores it far below the best', () => {
    assert.deepEqual(chooseLinks([candidate(63, 0.48), candidate(64, 0.2)], [64]).map((l) => l.index), [63]);
  });

  it('keeps at most three links, each close to the best', () => {
    const links = chooseLinks([candidate(1, 0.5), candidate(2, 0.49), candidate(3, 0.48), candidate(4, 0.47)]);
    assert.deepEqual(links.map((l) => l.index), [1, 2, 3]);
  });
});
