// mapping.json is written piece by piece (at scale it is more than one string can hold); the pieces
// must make exactly the text JSON.stringify would make of the whole run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRun } from '../../src/pipeline/run.ts';
import { jsonChunks, renderJson } from '../../src/renderers/json/index.ts';
import { writeOutput } from '../../src/pipeline/write-output.ts';
import { corpusPath } from '../support/shared.ts';

describe('mapping.json of the corpus traced into the Kyoto Declaration', async () => {
  const run = await buildRun([corpusPath('rpm-europe.txt'), corpusPath('rpm-western-asia.txt')], {
    outcome: corpusPath('congress-report.txt'), outcomeSymbol: 'A/CONF.234/16', now: new Date('2026-11-24T00:00:00Z'), keepModels: true,
  });
  const { models: _models, ...data } = run;
  const whole = `${JSON.stringify(data, null, 2)}\n`;

  it('is made of pieces that join into what JSON.stringify writes of the whole run, without the document models', () => {
    const pieces = [...jsonChunks(run)];
    assert.ok(pieces.length > run.recommendations.length, 'a piece per recommendation at least');
    assert.equal(pieces.join(''), whole);
    assert.equal(renderJson(run), whole);
  });

  it('reads the same when a top-level list is empty or a field is absent', () => {
    const { outcome: _outcome, ...bare } = { ...run, skipped: [], recommendations: [] };
    const { models: _m, ...bareData } = bare;
    assert.equal(renderJson(bare), `${JSON.stringify(bareData, null, 2)}\n`);
  });

  it('is written to disk from its pieces, byte for byte', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'concord-json-'));
    try {
      const out = join(dir, 'out');
      await writeOutput(out, [{ name: 'mapping.json', chunks: jsonChunks(run) }], false);
      assert.equal(await readFile(join(out, 'mapping.json'), 'utf8'), whole);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
