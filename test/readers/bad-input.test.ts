// Input Concord cannot read at all: a clear InputError naming the file and what was expected.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readDocument, readDocumentFromBytes } from '../../src/readers/index.ts';
import { InputError } from '../../src/model/errors.ts';
import { corpusPath } from '../support/shared.ts';

let dir = '';
before(() => { dir = mkdtempSync(join(tmpdir(), 'concord-bad-input-')); });
after(() => { rmSync(dir, { recursive: true, force: true }); });

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the read to fail');
}

describe('input that cannot be read', () => {
  it('rejects an empty file, naming it', async () => {
    const path = file('empty.txt', '');
    const error = await rejection(readDocument(path));
    assert.equal(error.message, `${path}: file is empty; expected a report as .txt, .docx or .pdf`);
    assert.equal(error.code, 'input');
  });

  it('rejects a file holding only whitespace', async () => {
    const error = await rejection(readDocument(file('blank.txt', '\n\n   \n')));
    assert.match(error.message, /blank\.txt: file holds only whitespace/);
  });

  it('rejects binary data renamed .txt', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const error = await rejection(readDocument(file('image.txt', bytes)));
    assert.match(error.message, /image\.txt: looks like binary data .*expected a \.txt report/);
  });

  it('rejects binary data with no NUL bytes renamed .txt', async () => {
    const bytes = new Uint8Array(8192).map((_, i) => 1 + ((i * 131 + 17) % 255));
    const error = await rejection(readDocument(file('random.txt', bytes)));
    assert.match(error.message, /random\.txt: looks like binary data \(invalid UTF-8 and control bytes\)/);
  });

  it('rejects a .docx that is not a zip archive', async () => {
    const error = await rejection(readDocument(file('report.docx', 'Report of the Meeting\n\nI. Introduction\n')));
    assert.match(error.message, /report\.docx: not a Word document: a \.docx file is a zip archive/);
  });

  it('rejects a .pdf that is not a PDF, and a legacy .doc', async () => {
    assert.match((await rejection(readDocument(file('report.pdf', 'plain text')))).message, /report\.pdf: not a PDF/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    assert.match((await rejection(readDocument(file('report.doc', ole)))).message, /legacy Word \.doc/);
  });

  it('rejects a missing file and a directory', async () => {
    assert.match((await rejection(readDocument(join(dir, 'nowhere.txt')))).message, /nowhere\.txt: file not found/);
    assert.match((await rejection(readDocument(dir))).message, /is a directory/);
  });

  it('rejects a 50 MB text file with the size and the limit, without reading it', async () => {
    const path = join(dir, 'huge.txt');
    const chunk = readFileSync(corpusPath('rpm-europe.txt'));
    const fd = openSync(path, 'w');
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const error = await rejection(readDocument(path));
    assert.match(error.message, /huge\.txt: file is 50\.\d MB, over the 20\.0 MB limit for txt input/);
  });

  it('turns a failing format reader into an InputError naming the file', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const error = await rejection(readDocumentFromBytes('broken.docx', zip));
    assert.match(error.message, /^broken\.docx: /);
  });

  it('reads text with a byte-order mark or in a legacy encoding, with a message', async () => {
    const text = 'Report of the European Regional Preparatory Meeting, held in Vienna from 1 to 3 May 2024\n\nI. Introduction\n\n1. Caf\xe9 society.\n';
    const doc = await readDocumentFromBytes('latin1.txt', Buffer.from(text, 'latin1'));
    assert.equal(doc.paragraphs[0]?.text, 'Café society.');
    assert.ok(doc.messages.some((m) => m.ruleId === 'encoding'));
  });
});

describe('input that reads but is not what we hoped', () => {
  it('reads a document with no recommendations, with a warning rather than an error', async () => {
    const doc = await readDocument(corpusPath('snapshot-rpm-outcomes.txt'));
    assert.equal(doc.recommendations.length, 0);
    assert.ok(doc.messages.some((m) => m.ruleId === 'no-recommendations' && m.severity === 'warning'));
    assert.equal(doc.symbolProvisional, true);
    assert.equal(doc.kind, 'other');
    assert.equal(doc.title, 'A snapshot of the outcomes of the five regional preparatory meetings for the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice');
  });
});
