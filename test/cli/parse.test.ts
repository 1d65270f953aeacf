// `concord parse`: the command's work in-process (fast), and once end to end in a child process.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runParse } from '../../src/cli/commands/parse.ts';
import { UsageError } from '../../src/model/errors.ts';
import { corpusPath } from '../support/shared.ts';

interface JsonOut {
  documents: {
    source: string; symbol: string; symbolProvisional: boolean; title: string; kind: string; region?: string;
    recommendations: { paragraph: number; subparagraph: string; citation: string; section: string[]; text: string }[];
    paragraphs: { number: number | null; citation?: string; text: string }[];
    messages: { severity: string; reason: string; place: Record<string, unknown> }[];
  }[];
  errors?: { source: string; error: string }[];
}

async function parse(files: string[], flags: { json?: boolean; symbol?: string } = {}) {
  let out = '';
  const err: string[] = [];
  const code = await runParse(files, flags, { out: (text) => { out += text; }, err: (line) => { err.push(line); } });
  return { code, out, err };
}

let dir = '';
before(() => { dir = mkdtempSync(join(tmpdir(), 'concord-parse-')); });
after(() => { rmSync(dir, { recursive: true, force: true }); });

describe('concord parse', () => {
  it('prints the README contract as JSON with --json', async () => {
    const result = await parse([corpusPath('rpm-europe.txt')], { json: true });
    assert.equal(result.code, 0);
    const out = JSON.parse(result.out) as JsonOut;
    const [doc] = out.documents;
    assert.equal(out.documents.length, 1);
    assert.equal(doc?.source, corpusPath('rpm-europe.txt'));
    assert.deepEqual([doc?.symbol, doc?.kind, doc?.region], ['A/CONF.234/RPM.5/1', 'regional-preparatory-meeting-report', 'Europe']);
    assert.match(doc?.title ?? '', /^Report of the European Regional Preparatory Meeting/);
    assert.equal(doc?.recommendations.length, 43);
    const rec = doc?.recommendations.find((r) => r.citation === 'A/CONF.234/RPM.5/1, para. 28 (c)');
    assert.deepEqual([rec?.paragraph, rec?.subparagraph], [28, 'c']);
    assert.deepEqual(rec?.section.slice(0, 2), ['II. Conclusions and recommendations', 'B. Substantive items and workshops']);
    assert.match(rec?.text ?? '', /^Enhance the role of the community/);
    assert.ok((doc?.paragraphs.length ?? 0) > 70);
    assert.ok(doc?.messages.every((m) => typeof m.severity === 'string' && typeof m.reason === 'string' && typeof m.place === 'object'));
  });

  it('prints a readable summary per document without --json: provisional symbols marked, no-recommendation documents only warned about', async () => {
    const result = await parse([corpusPath('rpm-western-asia.txt'), corpusPath('congress-report.txt'), corpusPath('snapshot-rpm-outcomes.txt')]);
    assert.equal(result.code, 0);
    const [westernAsia, congress, snapshot] = result.out.split(/\n\n(?=\S)/);
    assert.match(westernAsia ?? '', /^A\/CONF\.234\/RPM\.2\/1 /);
    assert.match(westernAsia ?? '', /region: Western Asia/);
    assert.match(westernAsia ?? '', /46 recommendations/);
    assert.match(westernAsia ?? '', /\s11\s+4\. International cooperation.*\[para\. 56 \(a\) – para\. 56 \(k\)\]/);
    assert.match(westernAsia ?? '', /info: numbered lines "1\."–"7\." do not continue the paragraph numbering \(expected 71\).*\(line 325, para\. 70\)/);
    assert.match(congress ?? '', /^UNKNOWN-[0-9a-f]{8} \(provisional/);
    assert.match(congress ?? '', /warning: the document does not state its symbol/);
    assert.match(snapshot ?? '', /warning: no recommendations found/);
  });

  it('lets --symbol win', async () => {
    const result = await parse([corpusPath('congress-report.txt')], { symbol: 'A/CONF.234/16', json: true });
    const doc = (JSON.parse(result.out) as JsonOut).documents[0];
    assert.equal(doc?.symbol, 'A/CONF.234/16');
    assert.equal(doc?.symbolProvisional, false);
    assert.equal(doc?.recommendations[0]?.citation, 'A/CONF.234/16, para. 144 (a)');
  });

  it('refuses --symbol with several files', async () => {
    await assert.rejects(parse([corpusPath('rpm-europe.txt'), corpusPath('rpm-western-asia.txt')], { symbol: 'A/CONF.234/16' }), UsageError);
  });

  it('names an unreadable file in one line, still processes the others, and returns the input exit code', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const result = await parse([empty, corpusPath('rpm-europe.txt')], { json: true });
    assert.equal(result.code, 3);
    assert.deepEqual(result.err, [`concord: ${empty}: file is empty; expected a report as .txt, .docx or .pdf`]);
    const out = JSON.parse(result.out) as JsonOut;
    assert.equal(out.documents[0]?.symbol, 'A/CONF.234/RPM.5/1');
    assert.equal(out.errors?.[0]?.source, empty);
  });

  it('end to end: exits 3, one stderr line per unreadable file and no stack trace, JSON for the rest on stdout', () => {
    const fake = join(dir, 'fake.docx');
    const binary = join(dir, 'binary.txt');
    writeFileSync(fake, 'not a zip');
    writeFileSync(binary, new Uint8Array(2048).map((_, i) => (i * 31 + 7) % 256));
    const bin = fileURLToPath(new URL('../../bin/concord.js', import.meta.url));
    const result = spawnSync(process.execPath, [bin, 'parse', fake, corpusPath('rpm-europe.txt'), binary, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(result.status, 3, result.stderr);
    const lines = result.stderr.trim().split('\n').filter((line) => line.startsWith('concord:'));
    assert.equal(lines.length, 2);
    assert.equal(lines[0], `concord: ${fake}: not a Word document: a .docx file is a zip archive (starting "PK"), this one is not`);
    assert.match(lines[1] ?? '', /binary\.txt: looks like binary data/);
    assert.ok(!result.stderr.includes('    at '), 'no stack trace');
    assert.equal((JSON.parse(result.stdout) as JsonOut).documents[0]?.recommendations.length, 43);
  });
});
