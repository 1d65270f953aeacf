import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { EXIT_CODES } from '../../src/model/errors.ts';
import { findSoffice } from '../../src/renderers/pdf/index.ts';
import { corpusPath } from '../support/shared.ts';

const concord = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['bin/concord.js', ...args], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, ...env } });
const NO_OFFICE = { CONCORD_SOFFICE: '/nonexistent/soffice' };
const soffice = await findSoffice();

describe('concord build --edition and --formats pdf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-cli-edition-'));
  const report = corpusPath('rpm-western-asia.txt');

  it('refuses an unknown edition as a usage mistake', () => {
    const result = concord(['build', report, '--out', join(dir, 'draft'), '--edition', 'draft']);
    assert.equal(result.status, EXIT_CODES.usage, result.stderr);
    assert.match(result.stderr, /--edition.*draft.*review, final/);
    assert.equal(existsSync(join(dir, 'draft')), false);
  });

  it('says, before any work, that mapping.pdf needs LibreOffice when it is not installed, and writes nothing', () => {
    const result = concord(['build', report, '--out', join(dir, 'no-pdf'), '--formats', 'html,pdf'], NO_OFFICE);
    assert.equal(result.status, EXIT_CODES.usage, result.stderr);
    assert.match(result.stderr, /--formats pdf needs LibreOffice, which is not installed here: install LibreOffice \(Debian: apt-get install libreoffice-writer-nogui\)/);
    assert.doesNotMatch(result.stderr, /^read /m, 'no report was read');
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(existsSync(join(dir, 'no-pdf')), false);
  });

  it('without LibreOffice, writes the final Word file with a contents field and says why', async () => {
    const out = join(dir, 'final-no-office');
    const result = concord(['build', report, '--out', out, '--formats', 'docx', '--edition', 'final'], NO_OFFICE);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /warning: LibreOffice is not installed, so the pages are not known/);
    const xml = (await (await JSZip.loadAsync(readFileSync(join(out, 'mapping.docx')))).file('word/document.xml')?.async('string')) ?? '';
    assert.match(xml, /TOC \\h/);
    assert.match(xml, /Background and method/);
  });

  it('when LibreOffice fails, still writes the final Word file (with a contents field), but not a PDF asked for', async () => {
    const broken = { CONCORD_SOFFICE: '/bin/false' };
    const out = join(dir, 'broken-office');
    const word = concord(['build', report, '--out', out, '--formats', 'docx', '--edition', 'final'], broken);
    assert.equal(word.status, 0, word.stderr);
    assert.match(word.stderr, /warning: LibreOffice \(\/bin\/false\) could not lay out the Word file as a PDF: it stopped with exit code 1; the contents of mapping\.docx is a field/);
    const pdf = concord(['build', report, '--out', join(dir, 'broken-pdf'), '--formats', 'docx,pdf', '--edition', 'final'], broken);
    assert.equal(pdf.status, EXIT_CODES.output, pdf.stderr);
    assert.match(pdf.stderr, /LibreOffice \(\/bin\/false\) could not lay out the Word file as a PDF/);
    assert.doesNotMatch(pdf.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(existsSync(join(dir, 'broken-pdf', 'mapping.docx')), false, 'no half-written output');
  });

  it('writes mapping.pdf through LibreOffice, and the final Word file numbered from it', { skip: soffice === undefined ? 'LibreOffice (soffice) is not installed' : false }, async () => {
    const out = join(dir, 'final');
    const result = concord(['build', report, '--out', out, '--formats', 'docx,pdf', '--edition', 'final']);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(readdirSync(out).includes('mapping.pdf'));
    assert.equal(readFileSync(join(out, 'mapping.pdf')).subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(result.stdout, /PDF: .*mapping\.pdf/);
    const xml = (await (await JSZip.loadAsync(readFileSync(join(out, 'mapping.docx')))).file('word/document.xml')?.async('string')) ?? '';
    assert.doesNotMatch(xml, /TOC \\h/);
    assert.match(xml, /Annex A, pages? \d+/);
  });
});
