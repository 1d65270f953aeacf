import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_CODES, UsageError } from '../../src/model/errors.ts';
import { parseFormats } from '../../src/cli/commands/build.ts';
import { MANIFEST_NAME } from '../../src/pipeline/write-output.ts';
import type { MappingRun } from '../../src/pipeline/types.ts';
import { corpusPath } from '../support/shared.ts';

const concord = (...args: string[]) => spawnSync(process.execPath, ['bin/concord.js', ...args], { encoding: 'utf8', timeout: 180_000 });

describe('concord build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-cli-build-'));
  const input = join(dir, 'reports');
  mkdirSync(input);
  copyFileSync(corpusPath('rpm-western-asia.txt'), join(input, 'rpm-western-asia.txt'));
  copyFileSync(corpusPath('congress-report.txt'), join(input, 'congress-report.txt'));
  writeFileSync(join(input, 'broken.docx'), Buffer.from('this is not a zip archive'));
  writeFileSync(join(input, 'notes.md'), 'not a report');
  const out = join(dir, 'out');

  it('builds the others when a file cannot be read, says which in one line, and exits with the input code', () => {
    const result = concord('build', input, '--out', out);
    assert.equal(result.status, EXIT_CODES.input, result.stderr);
    assert.deepEqual(readdirSync(out).sort(), [MANIFEST_NAME, 'index.html', 'mapping.csv', 'mapping.docx', 'mapping.json', 'mapping.md', 'mapping.xlsx']);
    assert.match(result.stderr, /^skipped: .*broken\.docx: .+$/m);
    assert.match(result.stdout, /open .*index\.html/);
    assert.match(result.stdout, /Word: .*mapping\.docx/);
    // Not a terminal: plain progress lines, no bar.
    assert.match(result.stderr, /^read .*rpm-western-asia\.txt: \d+ recommendations\b/m);
  });

  it('leaves the congress report out of the regional annexes and says so', () => {
    const run = JSON.parse(readFileSync(join(out, 'mapping.json'), 'utf8')) as MappingRun;
    const congress = run.documents.find((d) => d.source.endsWith('congress-report.txt'));
    assert.match(congress?.excluded ?? '', /Congress itself/);
    assert.ok(run.recommendations.every((r) => r.region === 'Western Asia'));
  });

  it('does not clobber an existing output without --force', () => {
    writeFileSync(join(out, 'index.html'), 'analyst notes');
    const result = concord('build', input, '--out', out);
    assert.equal(result.status, EXIT_CODES.output);
    assert.match(result.stderr, /already exists and is not empty: it holds an earlier Concord output; use --force/);
    assert.ok(result.stderr.includes(out));
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'analyst notes');
  });

  it('refuses a folder that is not a Concord output without --force, naming the files it would keep', () => {
    const foreign = join(dir, 'papers');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'draft-annex.docx'), 'the analyst’s own draft');
    const result = concord('build', input, '--out', foreign, '--formats', 'json');
    assert.equal(result.status, EXIT_CODES.output, result.stderr);
    assert.match(result.stderr, /files Concord did not write \(draft-annex\.docx\); use --force to write the outputs beside them \(they are kept\)/);
    assert.doesNotMatch(result.stderr, /^read /m, 'refused before reading any report');
    assert.deepEqual(readdirSync(foreign), ['draft-annex.docx']);
  });

  it('replaces its own files with --force, keeps the analyst’s, and treats the --outcome file as the outcome, not as a report', () => {
    writeFileSync(join(out, 'analyst-notes.txt'), 'mine');
    const result = concord('build', input, '--out', out, '--force', '--formats', 'json,html', '--outcome', join(input, 'congress-report.txt'), '--outcome-symbol', 'A/CONF.234/16');
    assert.equal(result.status, EXIT_CODES.input, result.stderr);
    // The files of the first build it does not write again are removed; the analyst's file stays.
    assert.deepEqual(readdirSync(out).sort(), [MANIFEST_NAME, 'analyst-notes.txt', 'index.html', 'mapping.json']);
    assert.equal(readFileSync(join(out, 'analyst-notes.txt'), 'utf8'), 'mine');
    const run = JSON.parse(readFileSync(join(out, 'mapping.json'), 'utf8')) as MappingRun;
    assert.ok(!run.documents.some((d) => d.source.endsWith('congress-report.txt')));
    assert.equal(run.outcome?.symbol, 'A/CONF.234/16');
    assert.ok(readFileSync(join(out, 'index.html'), 'utf8').includes('id="annex-c"'));
  });

  it('rejects an unknown format before reading anything', () => {
    assert.throws(() => parseFormats('html,pptx'), (e: unknown) => e instanceof UsageError && /unknown format pptx/.test(e.message));
    assert.deepEqual(parseFormats(' DOCX, html '), ['docx', 'html']);
  });
});
