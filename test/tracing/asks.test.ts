import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/readers/index.ts';
import { asks } from '../../src/tracing/asks.ts';
import { corpusPath } from '../support/shared.ts';

const pieces = (text: string): string[] => asks(text).map((s) => text.slice(s.start, s.end).trim());

describe('the asks of a recommendation', () => {
  it('cuts before an "and" that opens a new imperative clause', () => {
    assert.deepEqual(pieces('Assist States in building cooperation networks, and facilitate the exchange of information;'), [
      'Assist States in building cooperation networks,',
      'and facilitate the exchange of information;',
    ]);
  });

  it('keeps coordinated verbs of one ask and coordinated nouns together', () => {
    assert.equal(asks('Promote and protect the rights of victims and witnesses;').length, 1);
    assert.equal(asks('Give due consideration to gender-related issues and the vulnerability of children;').length, 1);
  });

  it('covers the whole text, in order, on every recommendation of the real reports', async () => {
    const files = ['rpm-europe.txt', 'rpm-latin-america-caribbean.txt', 'rpm-western-asia.txt'];
    const documents = await Promise.all(files.map((file) => readDocument(corpusPath(file))));
    let several = 0;
    for (const recommendation of documents.flatMap((d) => d.recommendations)) {
      const spans = asks(recommendation.text);
      assert.equal(spans[0]?.start, 0);
      assert.equal(spans.at(-1)?.end, recommendation.text.length);
      spans.slice(1).forEach((span, i) => assert.equal(span.start, spans[i]?.end));
      if (spans.length > 1) several += 1;
    }
    assert.ok(several >= 20, `${several} recommendations with several asks`);
  });
});
