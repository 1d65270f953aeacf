// `concord map`: in-process for the contract, once end to end in a child process.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runMap } from '../../src/cli/commands/map.ts';
import { CodebookError, EXIT_CODES } from '../../src/model/errors.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';

interface MapJson {
  codebook: { id: string };
  documents: {
    source: string; symbol: string; title: string; kind: string; region?: string;
    paragraphs: unknown[]; messages: unknown[];
    recommendations: {
      citation: string; text: string;
      topics: { id: string; label: string; section: string; score: number; lowConfidence: boolean; evidence: { start: number; end: number; text: string }[] }[];
    }[];
  }[];
}

async function map(files: string[], flags: Parameters<typeof runMap>[1] = {}) {
  let out = '';
  const err: string[] = [];
  const code = await runMap(files, flags, { out: (text) => { out += text; }, err: (line) => { err.push(line); } });
  return { code, out, err };
}

describe('concord map', () => {
  it('prints the parse JSON with topics, scores and evidence on every recommendation', async () => {
    const { code, out } = await map([corpusPath('rpm-europe.txt')], { json: true });
    assert.equal(code, 0);
    const json = JSON.parse(out) as MapJson;
    assert.equal(json.codebook.id, 'crime-congress-14');
    const doc = json.documents[0];
    assert.ok(doc);
    assert.equal(doc.symbol, 'A/CONF.234/RPM.5/1');
    for (const field of ['source', 'title', 'kind', 'region', 'paragraphs', 'messages'] as const) assert.ok(field in doc, field);
    assert.equal(doc.recommendations.length, 43);
    for (const rec of doc.recommendations) {
      assert.ok(rec.topics.length > 0, rec.citation);
      for (const topic of rec.topics) {
        assert.match(topic.id, /^[A-F]\d+$/);
        assert.equal(typeof topic.label, 'string');
        assert.equal(typeof topic.lowConfidence, 'boolean');
        assert.ok(topic.score >= 0 && topic.score <= 1);
        for (const span of topic.evidence) assert.equal(rec.text.slice(span.start, span.end), span.text);
      }
    }
  });

  it('prints a table of citations, topics with scores and evidence phrases', async () => {
    const { out } = await map([corpusPath('rpm-europe.txt')]);
    assert.match(out, /A\/CONF\.234\/RPM\.5\/1, para\. 36 \(b\)\n {4}D1 {3}\d\.\d\d[ *] {2}Victim-centred approach\n.*"victim-centred policies"/);
  });

  it('learns from an examples file and says how many examples it could not place', async () => {
    const { code, err } = await map([corpusPath('rpm-western-asia.txt')], { examples: sharedPath('gold', 'topics.dev.json') });
    assert.equal(code, 0);
    assert.match(err.join('\n'), /43 of 43 examples name no recommendation/);
  });

  it('refuses an unknown codebook, listing the shipped ones', async () => {
    await assert.rejects(map([corpusPath('rpm-europe.txt')], { codebook: 'crime-congress-13' }), (error) =>
      error instanceof CodebookError && /crime-congress-14/.test(error.message));
  });

  it('runs from the command line and exits with the codebook error code on a bad codebook', () => {
    const bin = fileURLToPath(new URL('../../bin/concord.js', import.meta.url));
    const bad = spawnSync(process.execPath, [bin, 'map', corpusPath('rpm-europe.txt'), '--codebook', 'nope'], { encoding: 'utf8' });
    assert.equal(bad.status, EXIT_CODES.codebook);
    assert.match(bad.stderr, /^concord: unknown codebook "nope".*crime-congress-14, uhri\n$/);
  });
});
