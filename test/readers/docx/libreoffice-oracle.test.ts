import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../../../src/readers/docx/index.ts';
import { sharedPath } from '../../support/shared.ts';

// LibreOffice renders Word numbering on its own; its plain-text export is an
// independent witness of the labels Word prints. Skipped where soffice is absent.
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const normalise = (s: string): string => s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '').replace(/\s+/g, ' ').trim().replace(/^- /, '');

describe('the Word reader agrees with LibreOffice on what rpm-europe.docx prints', { skip: soffice ? false : 'soffice not installed' }, () => {
  let dir: string;
  let printed: string[];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'concord-docx-lo-'));
    copyFileSync(sharedPath('formats', 'rpm-europe.docx'), join(dir, 'rpm-europe.docx'));
    const run = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, join(dir, 'rpm-europe.docx')], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, run.stderr);
    printed = readFileSync(join(dir, 'rpm-europe.txt'), 'utf8').replace(/^\uFEFF/, '').split('\n').map(normalise).filter((l) => l !== '');
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('yields exactly the lines LibreOffice prints, list labels included, in the same order', async () => {
    const result = await readDocx('rpm-europe.docx', new Uint8Array(readFileSync(join(dir, 'rpm-europe.docx'))));
    assert.deepEqual(result.blocks.map((b) => normalise(b.text)), printed);
  });
});
