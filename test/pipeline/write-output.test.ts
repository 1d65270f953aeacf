import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputError } from '../../src/model/errors.ts';
import { writeOutput } from '../../src/pipeline/write-output.ts';

const file = (name: string, text: string) => ({ name, bytes: Buffer.from(text) });

describe('writing the output', () => {
  it('creates the folder with every file', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'concord-out-'));
    await writeOutput(join(parent, 'out'), [file('a.txt', 'A'), file('b.txt', 'B')], false);
    assert.deepEqual(readdirSync(join(parent, 'out')).sort(), ['a.txt', 'b.txt']);
    assert.deepEqual(readdirSync(parent), ['out'], 'no staging folder is left behind');
  });

  it('refuses to replace a folder that is not empty without force, naming it and --force', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'concord-out-'));
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'keep me');
    await assert.rejects(writeOutput(out, [file('a.txt', 'A')], false), (e: unknown) => e instanceof OutputError && e.message.includes(out) && e.message.includes('--force'));
    assert.equal(readFileSync(join(out, 'mine.txt'), 'utf8'), 'keep me');
  });

  it('replaces it with force', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'concord-out-'));
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'old.txt'), 'old');
    await writeOutput(out, [file('a.txt', 'A')], true);
    assert.deepEqual(readdirSync(out), ['a.txt']);
    assert.deepEqual(readdirSync(parent), ['out']);
  });

  it('leaves the previous output whole when writing fails half-way', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'concord-out-'));
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous');
    // The second file cannot be written (its folder does not exist).
    await assert.rejects(writeOutput(out, [file('index.html', 'new'), file('missing/x.txt', 'x')], true), OutputError);
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'previous');
    assert.deepEqual(readdirSync(parent), ['out'], 'the staging folder is removed');
  });
});
