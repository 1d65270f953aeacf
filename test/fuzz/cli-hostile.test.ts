// `concord parse` given ten hostile files and two good ones in one call: both good files are
// read, each bad one gets one line with the right reason, the exit code is 3 (input), and
// the process stays under 1 GB. The times are printed, not asserted.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import JSZip from 'jszip';
import { corpusPath, sharedPath } from '../support/shared.ts';
import { FAMILIES } from './families.ts';
import { docxOf, para, wordNs } from './build-files.ts';

const CLI = new URL('../../bin/concord.js', import.meta.url).pathname;
const GOOD = [corpusPath('rpm-europe.txt'), sharedPath('formats', 'rpm-europe.docx')];

let dir = '';
const hostile: { name: string; reason: RegExp }[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'concord-hostile-'));
  const put = (name: string, bytes: Uint8Array | string, reason: RegExp): void => {
    writeFileSync(join(dir, name), bytes);
    hostile.push({ name, reason });
  };
  const family = (id: string) => FAMILIES.find((f) => f.id === id)!;
  put('nested.pdf', (await family('pdf-nested-q').make(200_000)).bytes, /took too long to read page 1/);
  put('count.pdf', (await family('pdf-negative-page-count').make(1)).bytes, /page count as -1/);
  const ole = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 2048);
  put('encrypted.docx', ole, /encrypted \(password-protected\)/);
  const laughs = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document ${wordNs}><w:body>${para('&b;')}</w:body></w:document>`;
  const entities = new JSZip();
  entities.file('word/document.xml', laughs);
  put('entities.docx', await entities.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), /DOCTYPE with entities/);
  put('bomb.docx', await docxOf({ body: `${para('1. Text.')}${' '.repeat(300 * 1024 * 1024)}` }), /zip bomb/);
  put('binary.txt', new Uint8Array(8192).map((_, i) => (i * 37) % 256), /binary data/);
  put('empty.txt', '', /file is empty/);
  put('fake.pdf', 'Report of the Meeting\n', /not a PDF/);
  put('line.txt', `Report of the Meeting\n\n${'word '.repeat(300_000)}\n`, /line 3 has 1,500,000 characters, over the limit of 1,000,000 per line/);
  const styles = Array.from({ length: 20_001 }, (_, i) => `<w:style w:type="paragraph" w:styleId="s${i}"><w:name w:val="S${i}"/></w:style>`).join('');
  put('styles.docx', await docxOf({ body: para('1. Text.'), styles: `<?xml version="1.0"?><w:styles ${wordNs}>${styles}</w:styles>` }), /paragraph styles in word\/styles\.xml, over the limit of 20,000/);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in a child that records its own peak RSS and CPU time (threads included) when it exits. */
function parse(files: readonly string[]): { status: number | null; stdout: string; stderr: string; seconds: number; cpuSeconds: number; peakMb: number } {
  const rssFile = join(dir, `rss-${files.length}`);
  const wrapper = `import { writeFileSync } from 'node:fs';
    process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify([u.maxRSS, u.userCPUTime + u.systemCPUTime])); });
    process.argv = [process.argv[0], ${JSON.stringify(CLI)}, 'parse', ...${JSON.stringify(files)}, '--json'];
    await import(${JSON.stringify(CLI)});`;
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const [maxRss, cpuMicros] = JSON.parse(readFileSync(rssFile, 'utf8')) as [number, number];
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, seconds: (Date.now() - started) / 1000, cpuSeconds: cpuMicros / 1e6, peakMb: Math.round(maxRss / 1024) };
}

describe('concord parse with ten hostile files and two good ones', () => {
  it('reads both good files, gives one line per bad file with its reason, exits 3, stays under 1 GB', () => {
    const files = [...hostile.map((h) => join(dir, h.name)), ...GOOD];
    const mixed = parse(files);
    const good = parse(GOOD);
    const figures = (run: typeof mixed): string => `${run.seconds.toFixed(1)} s (${run.cpuSeconds.toFixed(1)} s CPU), peak ${run.peakMb} MB`;
    console.log(`hostile+good: ${figures(mixed)}; good alone: ${figures(good)}`);
    assert.equal(mixed.status, 3, mixed.stderr);
    const out = JSON.parse(mixed.stdout) as { documents: { source: string }[]; errors: { source: string; error: string }[] };
    assert.deepEqual(out.documents.map((d) => d.source), GOOD);
    assert.deepEqual(mixed.stdout, good.stdout.replace(/\n}\n$/, `,\n  "errors": ${JSON.stringify(out.errors, null, 2).replace(/\n/g, '\n  ')}\n}\n`));
    const lines = mixed.stderr.trim().split('\n');
    assert.equal(lines.length, hostile.length, mixed.stderr);
    hostile.forEach((h, i) => assert.match(lines[i] ?? '', new RegExp(`${h.name}: .*${h.reason.source}`), `${h.name}: ${lines[i]}`));
    assert.ok(mixed.peakMb < 1024, `peak RSS ${mixed.peakMb} MB`);
  });
});
