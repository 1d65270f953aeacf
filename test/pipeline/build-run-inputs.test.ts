import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, UsageError } from '../../src/model/errors.ts';
import { expandInputs } from '../../src/pipeline/expand-inputs.ts';
import { buildRun } from '../../src/pipeline/run.ts';
import { corpusPath } from '../support/shared.ts';

describe('the inputs of a build', () => {
  it('takes the reports of a folder in a stable order, skipping hidden and non-report files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-inputs-'));
    for (const name of ['b.txt', 'a.pdf', 'c.DOCX', '.hidden.txt', 'notes.md', '~$lock.docx']) writeFileSync(join(dir, name), 'x');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'd.txt'), 'x');
    const { files, missing } = await expandInputs([dir, join(dir, 'nowhere')]);
    assert.deepEqual(files.map((f) => f.slice(dir.length + 1)), ['a.pdf', 'b.txt', 'c.DOCX', join('sub', 'd.txt')]);
    assert.deepEqual(missing.map((m) => m.reason), ['no such file or folder']);
  });

  it('refuses --symbol for several files: a symbol names one document', async () => {
    await assert.rejects(buildRun([corpusPath('rpm-europe.txt'), corpusPath('rpm-western-asia.txt')], { symbol: 'A/CONF.234/RPM.5/1' }), UsageError);
  });

  it('fails with an input error, saying why, when nothing at all could be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-inputs-'));
    writeFileSync(join(dir, 'empty.docx'), '');
    await assert.rejects(buildRun([dir]), (e: unknown) => e instanceof InputError && /nothing could be read: .*empty\.docx/.test(e.message));
  });

  it('stops after reading when nothing could be read, without a map step that maps nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-inputs-'));
    writeFileSync(join(dir, 'empty.docx'), '');
    const phases: string[] = [];
    await assert.rejects(buildRun([dir], { onProgress: (e) => phases.push(e.phase) }), InputError);
    assert.deepEqual([...new Set(phases)], ['read']);
  });
});
