// Start-up: --version and --help load only the light command definitions (no NLP model, no pdfjs, no
// Word/Excel writer, no web server or React, no YAML codebook); a command's action and a renderer are
// loaded only when used; and bin/concord.js runs the compiled dist/, saying how to build it when absent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPath } from '../support/shared.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const recorder = fileURLToPath(new URL('../support/record-loads.mjs', import.meta.url));

/** Packages a start-up must not pay for. */
const HEAVY = ['wink-nlp', 'wink-eng-lite-web-model', 'pdfjs-dist', 'mammoth', 'docx', 'exceljs', 'jszip', 'hono', '@hono/node-server', 'react', 'react-dom', 'yaml', 'kysely', 'better-sqlite3', 'pg', 'zod'];

/** Runs the CLI from the sources with every loaded module recorded; returns their URLs. */
function loadsOf(...args: string[]): { status: number | null; stdout: string; stderr: string; loaded: string[] } {
  return loadsOfNode('src/cli/main.ts', ...args);
}

/** Runs node with these arguments (after tsx and the recorder), every loaded module recorded. */
function loadsOfNode(...args: string[]): { status: number | null; stdout: string; stderr: string; loaded: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'concord-loads-'));
  const log = join(dir, 'loads.txt');
  try {
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', recorder, ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CONCORD_LOAD_LOG: log },
    });
    let loaded: string[] = [];
    try { loaded = readFileSync(log, 'utf8').split('\n').filter((line) => line !== ''); } catch { /* nothing was loaded */ }
    return { ...result, loaded };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const packagesIn = (loaded: readonly string[]): Set<string> =>
  new Set(loaded.flatMap((url) => {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    return match?.[1] === undefined ? [] : [match[1]];
  }));

const heavyIn = (loaded: readonly string[]): string[] => HEAVY.filter((name) => packagesIn(loaded).has(name));

const ownModulesIn = (loaded: readonly string[]): string[] =>
  loaded.filter((url) => url.includes('/src/') && !url.includes('/node_modules/')).map((url) => url.slice(url.indexOf('/src/') + 1));

describe('concord start-up', () => {
  it('records what a process loads (commander for every command line), so the checks below can fail', () => {
    const { status, loaded } = loadsOf('--version');
    assert.equal(status, 0);
    assert.ok(packagesIn(loaded).has('commander'), loaded.join('\n'));
    assert.ok(loaded.some((url) => url.endsWith('/src/cli/main.ts')));
  });

  for (const args of [['--version'], ['--help'], ['help', 'build'], ['parse', '--help'], ['map', '--help'], ['trace', '--help'], ['build', '--help'], ['serve', '--help'], ['import', '--help'], ['export', '--help']]) {
    it(`concord ${args.join(' ')} loads only the command line and its light definitions, no heavy package`, () => {
      const { status, stdout, loaded } = loadsOf(...args);
      assert.equal(status, 0);
      assert.notEqual(stdout.trim(), '');
      assert.deepEqual(heavyIn(loaded), []);
      const own = ownModulesIn(loaded);
      const allowed = /^src\/(version|cli\/(main|definitions\/[a-z-]+)|model\/errors|renderers\/render-formats|store\/default-store)\.ts$/;
      assert.deepEqual(own.filter((path) => !allowed.test(path)), []);
    });
  }

  it('concord build --formats json loads neither the Word nor the Excel writer, nor the other renderers', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'concord-json-only-')), 'out');
    const { status, stderr, loaded } = loadsOf('build', corpusPath('rpm-europe.txt'), '--formats', 'json', '--out', out);
    assert.equal(status, 0, stderr);
    assert.ok(readFileSync(join(out, 'mapping.json'), 'utf8').length > 0);
    const packages = packagesIn(loaded);
    assert.ok(packages.has('wink-nlp'), 'the run itself was recorded');
    assert.equal(packages.has('docx'), false);
    assert.equal(packages.has('exceljs'), false);
    const renderers = ownModulesIn(loaded).filter((path) => /^src\/renderers\/(html|docx|xlsx|csv|md)\//.test(path));
    assert.deepEqual(renderers, []);
    assert.ok(ownModulesIn(loaded).includes('src/renderers/json/index.ts'));
  });

  it('the pipeline loads no YAML parser, zod, zip or XML library of its own: they come with a YAML codebook, an examples file or a .docx', () => {
    const script = `await import(${JSON.stringify(new URL('../../src/pipeline/run.ts', import.meta.url).href)});`;
    const { status, stderr, loaded } = loadsOfNode('--input-type=module', '-e', script);
    assert.equal(status, 0, stderr);
    assert.ok(ownModulesIn(loaded).includes('src/tracing/trace.ts'), 'the pipeline itself was recorded');
    const packages = packagesIn(loaded);
    assert.deepEqual(['yaml', 'zod', 'jszip', '@xmldom/xmldom', 'wink-nlp'].filter((name) => packages.has(name)), []);
  });
});

describe('bin/concord.js', () => {
  it('runs the compiled command line; without dist/ it says to run npm run build and exits 1, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-no-dist-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(join(repo, 'bin', 'concord.js'), join(dir, 'bin', 'concord.js'));
    const env = { ...process.env };
    delete env.CONCORD_RUN_SOURCES;
    const result = spawnSync(process.execPath, [join(dir, 'bin', 'concord.js'), '--version'], { encoding: 'utf8', env });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /not built yet .*run `npm run build`/);
    assert.ok(!result.stderr.includes('    at '), 'no stack trace');
    assert.equal(result.stdout, '');
  });
});
