import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precedents, type CodedTrace } from '../../src/tracing/precedents.ts';
import { loadCodedTraces, resolveCodedTraces } from '../../src/tracing/coded-traces.ts';
import { loadExamplesSync } from '../../src/mapping/index.ts';
import { isConcordError } from '../../src/model/errors.ts';
import { sharedPath } from '../support/shared.ts';
import type { Recommendation } from '../../src/model/types.ts';

const vocabulary = { abbreviations: [], concepts: [] };
const coded = (symbol: string, sub: string, text: string, links: CodedTrace['links']): CodedTrace => ({ symbol, paragraph: 50, subparagraph: sub, text, links });

describe('precedents from coded traces', () => {
  const codedTraces = [
    coded('X/1', 'a', 'Strengthen central authorities for mutual legal assistance and extradition requests', [{ paragraph: 61, strength: 'strong' }, { paragraph: 7, strength: 'partial' }]),
    coded('X/1', 'b', 'Promote alternatives to incarceration for young offenders', [{ paragraph: 36, strength: 'strong' }]),
  ];

  it('gives a recommendation that reads like a coded one the paragraphs that one was linked to, a partial link at half weight', () => {
    const out = precedents([{ id: 'Y/1#9a', text: 'Enhance the capacity of central authorities handling extradition and mutual legal assistance' }], codedTraces, vocabulary);
    const found = out.get('Y/1#9a');
    assert.ok(found !== undefined);
    const strong = found.get(61);
    const partial = found.get(7);
    assert.ok(strong !== undefined && partial !== undefined);
    assert.equal(strong.citation, 'X/1, para. 50 (a)');
    assert.ok(Math.abs(partial.weight - strong.weight / 2) < 1e-9);
    assert.equal(found.has(36), false);
  });

  it('gives nothing to a recommendation unlike every coded one, and never makes a recommendation its own precedent', () => {
    assert.equal(precedents([{ id: 'Y/1#9b', text: 'Protect cultural property from looting' }], codedTraces, vocabulary).size, 0);
    assert.equal(precedents([{ id: 'X/1#50a', text: codedTraces[0]?.text ?? '' }], codedTraces, vocabulary).get('X/1#50a')?.has(61) ?? false, false);
  });
});

describe('coded traces in an examples file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-coded-'));
  const write = (name: string, body: unknown): string => {
    const path = join(dir, name);
    writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
    return path;
  };

  it('reads the shape of gold/trace.dev.json, and the mapping reads none of it as topic examples', () => {
    const path = sharedPath('gold', 'trace.dev.json');
    const items = loadCodedTraces(path);
    assert.ok(items.length >= 40);
    assert.ok(items.some((i) => i.links.length === 0), 'a "not taken up" answer is kept');
    assert.deepEqual(loadExamplesSync(path), []);
  });

  it('takes topics and links from the same file, each for its own phase', () => {
    const path = write('both.json', { items: [
      { symbol: 'X/1', paragraph: 3, subparagraph: 'a', text: 'Do one thing', topics: ['A1'], links: [{ para: 12, strength: 'strong' }] },
      { symbol: 'X/1', paragraph: 3, subparagraph: 'b', topics: ['B2'] },
    ] });
    assert.deepEqual(loadCodedTraces(path).map((i) => [i.subparagraph, i.links]), [['a', [{ paragraph: 12, strength: 'strong' }]]]);
    assert.deepEqual(loadExamplesSync(path).map((e) => e.subparagraph), ['a', 'b']);
  });

  it('says what is wrong, and where, in a file that is not an examples file', () => {
    const wrong = write('wrong.json', { items: [{ symbol: 'X/1', paragraph: 3, subparagraph: 'a', links: [{ para: 12, strength: 'very' }] }] });
    assert.throws(() => loadCodedTraces(wrong), (e: unknown) => isConcordError(e) && /wrong\.json/.test(e.message) && /items\.0\.links\.0\.strength/.test(e.message));
    const neither = write('neither.json', [{ symbol: 'X/1', paragraph: 3, subparagraph: 'a' }]);
    assert.throws(() => loadExamplesSync(neither), (e: unknown) => isConcordError(e) && /codes "topics" or "links"/.test(e.message));
    assert.throws(() => loadCodedTraces(write('broken.json', '{ "items": [')), (e: unknown) => isConcordError(e) && /as JSON/.test(e.message));
  });

  it('takes a coded trace\'s text from the recommendation it names, or leaves it out', () => {
    const rec = { symbol: 'X/1', paragraph: 3, subparagraph: 'a', text: 'Do one thing' } as Recommendation;
    const { found, missing } = resolveCodedTraces([
      { symbol: 'X/1', paragraph: 3, subparagraph: 'a', links: [] },
      { symbol: 'X/1', paragraph: 4, subparagraph: 'a', links: [] },
    ], [rec]);
    assert.deepEqual(found.map((f) => f.text), ['Do one thing']);
    assert.equal(missing, 1);
  });
});
