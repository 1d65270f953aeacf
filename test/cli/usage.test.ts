// Usage mistakes exit 2 with commander's message; --help and --version exit 0; a missing --outcome or
// --examples file (exit 3) or codebook (exit 4) is named before any report is read.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_CODES } from '../../src/model/errors.ts';
import { corpusPath } from '../support/shared.ts';

const concord = (...args: string[]) => spawnSync(process.execPath, ['bin/concord.js', ...args], { encoding: 'utf8', timeout: 180_000 });

describe('usage mistakes', () => {
  it('an unknown option exits 2 and names it', () => {
    const result = concord('build', corpusPath('rpm-europe.txt'), '--out', join(tmpdir(), 'concord-never'), '--bogus');
    assert.equal(result.status, EXIT_CODES.usage, result.stderr);
    assert.match(result.stderr, /unknown option '--bogus'/);
  });

  it('an unknown command exits 2 and names it', () => {
    const result = concord('frobnicate');
    assert.equal(result.status, EXIT_CODES.usage);
    assert.match(result.stderr, /unknown command 'frobnicate'/);
  });

  it('a missing argument exits 2 and names it', () => {
    const result = concord('trace');
    assert.equal(result.status, EXIT_CODES.usage);
    assert.match(result.stderr, /missing required argument 'files'/);
  });

  it('a missing required option exits 2 and names it', () => {
    const result = concord('build', corpusPath('rpm-europe.txt'));
    assert.equal(result.status, EXIT_CODES.usage);
    assert.match(result.stderr, /required option '-o, --out <dir>' not specified/);
  });

  it('no command at all exits 2 with the help', () => {
    const result = concord();
    assert.equal(result.status, EXIT_CODES.usage);
    assert.match(result.stderr, /Usage: concord/);
  });

  it('--help and --version still exit 0', () => {
    for (const args of [['--help'], ['build', '--help'], ['--version']]) {
      const result = concord(...args);
      assert.equal(result.status, 0, `${args.join(' ')}: ${result.stderr}`);
      assert.notEqual(result.stdout, '');
    }
  });
});

describe('a missing option file is reported before any work starts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-cli-usage-'));
  // A report that would be named on stderr if it were read: the preflight must come first.
  const broken = join(dir, 'broken.docx');
  writeFileSync(broken, 'this is not a zip archive');
  const outcome = corpusPath('congress-report.txt');
  const missing = join(dir, 'nope');
  const cases = [
    { option: '--outcome', args: ['--outcome', `${missing}.txt`], code: EXIT_CODES.input, file: `${missing}.txt` },
    { option: '--examples', args: ['--outcome', outcome, '--examples', `${missing}.json`], code: EXIT_CODES.input, file: `${missing}.json` },
    { option: '--codebook', args: ['--outcome', outcome, '--codebook', `${missing}.yaml`], code: EXIT_CODES.codebook, file: `${missing}.yaml` },
  ];
  for (const command of ['build', 'trace']) {
    for (const c of cases) {
      it(`concord ${command} with a missing ${c.option} file exits ${c.code}, naming the file, and reads no report`, () => {
        const out = join(dir, `out-${command}-${c.option.slice(2)}`);
        const args = command === 'build' ? ['build', corpusPath('rpm-europe.txt'), broken, '--out', out, ...c.args] : ['trace', corpusPath('rpm-europe.txt'), broken, ...c.args];
        const result = concord(...args);
        assert.equal(result.status, c.code, result.stderr);
        assert.ok(result.stderr.includes(c.file), result.stderr);
        assert.ok(!result.stderr.includes('broken.docx'), `no report was read: ${result.stderr}`);
        assert.doesNotMatch(result.stderr, /^read |^map /m);
        assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
        assert.ok(!existsSync(out), 'no output folder is made');
      });
    }
  }
});
