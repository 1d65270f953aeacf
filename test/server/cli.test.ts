import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { corpusPath } from '../support/shared.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const concord = (...args: string[]) => spawnSync(process.execPath, ['bin/concord.js', ...args], { cwd: repo, encoding: 'utf8' });

describe('concord import and concord export', () => {
  let dir: string;
  let db: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'concord-cli-store-'));
    db = join(dir, 'store.sqlite');
    mkdirSync(join(dir, 'reports'));
    symlinkSync(corpusPath('rpm-europe.txt'), join(dir, 'reports', 'rpm-europe.txt'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a folder into a new project and maps it', () => {
    const run = concord('import', join(dir, 'reports'), '--db', db, '--project', 'Europe');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Created project "Europe" \(id 1\): 1 document\(s\), \d+ recommendations mapped/);
    assert.match(run.stderr, /rpm-europe\.txt: A\/CONF\.234\/RPM\.5\/1/);
  });

  it('exports the annex and the review log to a folder, and will not overwrite it without --force', async () => {
    const out = join(dir, 'out');
    const run = concord('export', '--db', db, '--project', 'Europe', '--out', out, '--formats', 'docx,review-log');
    assert.equal(run.status, 0, run.stderr);
    const text = (await mammoth.extractRawText({ path: join(out, 'mapping.docx') })).value;
    assert.match(text, /A\/CONF\.234\/RPM\.5\/1, para\. \d+ \([a-z]\)/);
    assert.match(readFileSync(join(out, 'review-log.csv'), 'utf8'), /^\uFEFFdecision,at,reviewer/);
    const again = concord('export', '--db', db, '--project', 'Europe', '--out', out);
    assert.equal(again.status, 5);
    assert.match(again.stderr, /--force/);
    assert.equal(existsSync(join(out, 'mapping.xlsx')), false);
  });

  it('names a project that does not exist in one line', () => {
    const run = concord('export', '--db', db, '--project', 'Nowhere', '--out', join(dir, 'none'));
    assert.notEqual(run.status, 0);
    assert.equal(run.stderr.trim(), 'concord: project "Nowhere" not found');
  });

  it('refuses to serve beyond loopback, since the workbench has no sign-in, and opens no store', () => {
    for (const host of ['0.0.0.0', '192.168.1.5', '::']) {
      const store = join(dir, `wide-${host.replace(/\W/g, '_')}.sqlite`);
      const run = concord('serve', '--host', host, '--port', '0', '--db', store);
      assert.equal(run.status, 2, host);
      assert.match(run.stderr, /^concord: --host \S+: refused\. The workbench has no sign-in/);
      assert.match(run.stderr, /loopback only/);
      assert.equal(existsSync(store), false);
    }
  });
});
