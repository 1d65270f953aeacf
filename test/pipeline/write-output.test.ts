import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputError } from '../../src/model/errors.ts';
import { MANIFEST_NAME, writeOutput, type OutputManifest } from '../../src/pipeline/write-output.ts';
import { version } from '../../src/version.ts';

const file = (name: string, text: string) => ({ name, bytes: Buffer.from(text) });
const fresh = (): string => mkdtempSync(join(tmpdir(), 'concord-out-'));
const manifest = (out: string): OutputManifest => JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8')) as OutputManifest;

describe('writing the output', () => {
  it('creates the folder with every file and a manifest of them, with the Concord version', async () => {
    const parent = fresh();
    const out = join(parent, 'out');
    await writeOutput(out, [file('a.txt', 'A'), file('b.txt', 'B')], false);
    assert.deepEqual(readdirSync(out).sort(), [MANIFEST_NAME, 'a.txt', 'b.txt']);
    assert.deepEqual(manifest(out), { concord: version, files: ['a.txt', 'b.txt'] });
    assert.deepEqual(readdirSync(parent), ['out'], 'nothing is left beside it');
  });

  it('refuses a folder that is not a Concord output without force, naming it, its files and --force', async () => {
    const out = join(fresh(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'keep me');
    await assert.rejects(writeOutput(out, [file('a.txt', 'A')], false), (e: unknown) => e instanceof OutputError && e.message.includes(out) && e.message.includes('mine.txt') && e.message.includes('--force'));
    assert.deepEqual(readdirSync(out), ['mine.txt']);
  });

  it('refuses an earlier Concord output without force too, saying what it is', async () => {
    const out = join(fresh(), 'out');
    await writeOutput(out, [file('a.txt', 'A')], false);
    await assert.rejects(writeOutput(out, [file('a.txt', 'A2')], false), (e: unknown) => e instanceof OutputError && /earlier Concord output; use --force/.test(e.message));
    assert.equal(readFileSync(join(out, 'a.txt'), 'utf8'), 'A');
  });

  it('with force keeps every file Concord did not write, and replaces or removes only those of the previous build', async () => {
    const out = join(fresh(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.docx'), 'the analyst’s notes');
    await writeOutput(out, [file('a.txt', 'A'), file('b.txt', 'B')], true);
    await writeOutput(out, [file('a.txt', 'A2'), file('c.txt', 'C')], true);
    assert.deepEqual(readdirSync(out).sort(), [MANIFEST_NAME, 'a.txt', 'c.txt', 'notes.docx'], 'b.txt was written by the first build and is not by the second');
    assert.equal(readFileSync(join(out, 'notes.docx'), 'utf8'), 'the analyst’s notes');
    assert.equal(readFileSync(join(out, 'a.txt'), 'utf8'), 'A2');
    assert.deepEqual(manifest(out).files, ['a.txt', 'c.txt']);
  });

  it('never removes a file because a manifest names a path outside the folder', async () => {
    const parent = fresh();
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(parent, 'precious.txt'), 'outside');
    writeFileSync(join(out, MANIFEST_NAME), JSON.stringify({ concord: version, files: ['../precious.txt'] }));
    await writeOutput(out, [file('a.txt', 'A')], true);
    assert.equal(readFileSync(join(parent, 'precious.txt'), 'utf8'), 'outside');
  });

  it('leaves the previous outputs whole, and no temporary file, when writing fails half-way', async () => {
    const out = join(fresh(), 'out');
    await writeOutput(out, [file('index.html', 'previous'), file('mapping.csv', 'previous csv')], false);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    // The second file cannot be written (its folder does not exist).
    await assert.rejects(writeOutput(out, [file('index.html', 'new'), file('missing/x.txt', 'x')], true), OutputError);
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'previous');
    assert.equal(readFileSync(join(out, 'mapping.csv'), 'utf8'), 'previous csv');
    assert.deepEqual(readdirSync(out).sort(), [MANIFEST_NAME, 'index.html', 'mapping.csv', 'notes.txt']);
    assert.deepEqual(manifest(out).files, ['index.html', 'mapping.csv']);
  });

  it('leaves no folder behind when the first build of a new folder fails', async () => {
    const parent = fresh();
    await assert.rejects(writeOutput(join(parent, 'out'), [file('missing/x.txt', 'x')], false), OutputError);
    assert.deepEqual(readdirSync(parent), []);
  });

  it('writes text given as pieces', async () => {
    const out = join(fresh(), 'out');
    await writeOutput(out, [{ name: 'mapping.json', chunks: ['{', '"a": 1', '}'] }], false);
    assert.equal(readFileSync(join(out, 'mapping.json'), 'utf8'), '{"a": 1}');
  });
});
