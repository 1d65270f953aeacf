// The steps every caller composes: each returns its value and says, with a place, what it met.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCodebook } from '../../src/mapping/index.ts';
import { composeRun } from '../../src/pipeline/compose.ts';
import { readStep } from '../../src/pipeline/read-step.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { corpusPath, sharedPath } from '../support/shared.ts';

describe('the steps of a run', () => {
  it('read: a file that cannot be read is an error message naming it, and the others are still read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-steps-'));
    const empty = join(dir, 'empty.docx');
    writeFileSync(empty, '');
    const { value, messages } = await readStep([empty, corpusPath('rpm-europe.txt')]);
    assert.deepEqual(value.documents.map((d) => d.document.symbol), ['A/CONF.234/RPM.5/1']);
    assert.equal(value.skipped.length, 1);
    assert.deepEqual(messages.map((m) => [m.severity, m.ruleId, m.place.source]), [['error', 'read:unreadable', empty]]);
    assert.match(messages[0]?.reason ?? '', /empty\.docx: /);
  });

  it('build --examples warns, as map does, about examples that name no recommendation of the reports given', async () => {
    const { value, messages } = await runPipeline([corpusPath('rpm-western-asia.txt')], { examples: sharedPath('gold', 'topics.dev.json') });
    assert.equal(value.recommendations.length, 46);
    const warning = messages.find((m) => m.ruleId === 'map:example-unmatched');
    assert.equal(warning?.severity, 'warning');
    assert.match(warning?.reason ?? '', /^43 of 43 examples name no recommendation of the files given and have no "text"; they are ignored$/);
  });

  it('map and trace: the same composition says when coded links match nothing and when the outcome states no symbol', async () => {
    const codebook = await loadCodebook();
    const { value, messages } = await composeRun([corpusPath('rpm-western-asia.txt')], {
      codebook,
      examples: sharedPath('gold', 'trace.dev.json'),
      outcome: corpusPath('congress-report.txt'),
    });
    assert.equal(value.traced?.traces.size, 46);
    assert.deepEqual(messages.map((m) => m.ruleId).sort(), ['trace:coded-trace-unmatched', 'trace:provisional-symbol']);
    assert.match(messages.find((m) => m.ruleId === 'trace:coded-trace-unmatched')?.reason ?? '', /^43 of 43 coded traces name no recommendation/);
  });
});
