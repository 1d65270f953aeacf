import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readCoreModel, readsInstalledModel, winkModel } from '../../src/text/wink-core-model.ts';
import { winkTokens } from '../../src/text/wink.ts';
import { corpusPath } from '../support/shared.ts';

const require = createRequire(import.meta.url);

describe("wink's core model, read by Concord", () => {
  it('is read for the installed version of wink-eng-lite-web-model', () => {
    assert.equal(readsInstalledModel(), true);
  });

  it("is the model the package's own reader gives, table for table and hash for hash", () => {
    const own = require('wink-eng-lite-web-model/dist/load-core-model.js') as () => unknown;
    assert.deepStrictEqual(readCoreModel(), own());
  });

  it("is assembled from the package's parts as its entry assembles them, the core reader aside", () => {
    const own = winkModel() as Record<string, unknown> & { addons: Record<string, unknown> };
    const pkg = require('wink-eng-lite-web-model') as Record<string, unknown> & { addons: Record<string, unknown> };
    assert.deepEqual(Object.keys(own), Object.keys(pkg));
    for (const key of Object.keys(pkg).filter((k) => k !== 'core' && k !== 'addons')) assert.equal(own[key], pkg[key], key);
    assert.deepEqual(Object.keys(own.addons), Object.keys(pkg.addons));
    for (const key of Object.keys(pkg.addons)) assert.equal(own.addons[key], pkg.addons[key], key);
    assert.equal(own.core, readCoreModel);
  });

  it("reads a report's text token for token as wink with the package's reader does", () => {
    const text = readFileSync(corpusPath('rpm-europe.txt'), 'utf8').slice(0, 20000);
    const create = require('wink-nlp') as (model: unknown, pipe: string[]) => { readDoc: (t: string) => { tokens: () => { out: (f: unknown) => unknown[] } }; its: Record<string, unknown> };
    const nlp = create(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
    const tokens = nlp.readDoc(text).tokens();
    const read = winkTokens(text);
    assert.ok(read.values.length > 3000);
    assert.deepEqual(read.lemmas, tokens.out(nlp.its.lemma));
    assert.deepEqual(read.pos, tokens.out(nlp.its.pos));
    assert.deepEqual(read.stopFlags, tokens.out(nlp.its.stopWordFlag));
  });
});
