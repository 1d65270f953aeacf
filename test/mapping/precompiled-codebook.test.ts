// The shipped codebook precompiled when Concord is built: read back, it is the codebook its YAML
// gives, and the readings it carries are wink's readings of those texts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveCodebook, shippedCodebooks } from '../../src/mapping/codebook-files.ts';
import { precompiledFile, readPrecompiled, type PrecompiledCodebook } from '../../src/mapping/precompiled-codebook.ts';
import { readCodebookYaml } from '../../src/mapping/read-codebook-yaml.ts';
import { writePrecompiledCodebooks } from '../../src/pipeline/precompile-codebooks.ts';
import { readPrecompiledThesaurus, thesaurusFile } from '../../src/pipeline/precompiled-thesaurus.ts';
import { shippedThesaurus, THESAURUS_PATH } from '../../src/tracing/thesaurus.ts';
import { winkTokens } from '../../src/text/wink.ts';

// This file runs in a process of its own that has read no text before: every reading is captured.
const dir = mkdtempSync(join(tmpdir(), 'concord-precompiled-'));
const written = await writePrecompiledCodebooks(dir);
const file = precompiledFile('crime-congress-14', dir);
const yaml = readFileSync(resolveCodebook('crime-congress-14'), 'utf8');
const pack = JSON.parse(readFileSync(file, 'utf8')) as PrecompiledCodebook;

describe('the precompiled shipped codebook', () => {
  it('is written for every shipped codebook, with the thesaurus beside them', () => {
    assert.deepEqual(written, [...shippedCodebooks().map((name) => precompiledFile(name, dir)), thesaurusFile(dir)]);
    assert.ok(written.includes(file));
  });

  it("gives the thesaurus's concepts as the tracing reads them from its YAML, while that YAML is unchanged", () => {
    const thesaurus = readFileSync(THESAURUS_PATH, 'utf8');
    assert.deepStrictEqual(readPrecompiledThesaurus(thesaurusFile(dir), thesaurus), shippedThesaurus());
    assert.equal(readPrecompiledThesaurus(thesaurusFile(dir), `${thesaurus}\n# edited\n`), undefined);
  });

  it('reads back as the very codebook its YAML gives', () => {
    assert.deepStrictEqual(readPrecompiled(file, yaml), readCodebookYaml('crime-congress-14'));
  });

  it('is not taken once the YAML has changed: the YAML is read instead', () => {
    assert.equal(readPrecompiled(file, `${yaml}\n# edited\n`), undefined);
    assert.equal(readPrecompiled(join(dir, 'none.json'), yaml), undefined);
  });

  it("carries wink's readings of the texts a run reads of it: labels, key phrases, the thesaurus's phrases", () => {
    const texts = new Set(pack.readings.texts.map(([text]) => text));
    const topics = pack.codebook.sections.flatMap((s) => s.topics);
    for (const topic of topics) {
      assert.ok(texts.has(topic.label), topic.label);
      for (const phrase of topic.phrases) assert.ok(texts.has(phrase), phrase);
    }
    assert.ok(texts.has('non-custodial measures'), 'a phrase of the thesaurus');
    assert.ok(pack.readings.stems.length > 0);
  });

  it('carries, for each text, the reading wink makes of it now (tokens and words are made from the reading alone)', () => {
    for (const [text, read] of pack.readings.texts) assert.deepStrictEqual(read, winkTokens(text), text);
  });
});
