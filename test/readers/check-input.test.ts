// One input check for the command line and the workbench's uploads: the encodings text
// comes in are detected (or refused by name), the format is told by the signature at byte 0.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkInput, readDocumentFromBytes, UnsupportedFormatError } from '../../src/readers/index.ts';
import { checkUpload, UnsupportedTypeError } from '../../src/server/services/upload-check.ts';
import { InputError } from '../../src/model/errors.ts';
import { corpusPath } from '../support/shared.ts';

const europe = readFileSync(corpusPath('rpm-europe.txt'), 'utf8');
const utf16 = (text: string, littleEndian: boolean): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  return littleEndian ? le : Buffer.from(le).swap16();
};
const utf32 = (text: string, littleEndian: boolean): Buffer => {
  const points = [...text].map((c) => c.codePointAt(0) ?? 0);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (littleEndian ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
};
const bom = (bytes: number[], body: Buffer): Buffer => Buffer.concat([Buffer.from(bytes), body]);
const recommendationsOf = async (name: string, bytes: Uint8Array): Promise<string[]> =>
  (await readDocumentFromBytes(name, bytes)).recommendations.map((r) => `${r.citation} ${r.text}`);

describe('one input check for the command line and uploads', () => {
  it('accepts the Windows-1252 text an upload used to refuse, in both the readers and the upload check', () => {
    const latin = Buffer.from(`${europe}\nCafé – “quoted”\n`.replace(/[–“”]/g, '-'), 'latin1');
    assert.equal(checkInput('europe.txt', latin).format, 'txt');
    assert.equal(checkUpload('europe.txt', latin), 'txt');
  });

  it('reads the European report the same in UTF-16 and UTF-32, with or without a byte-order mark', async () => {
    const reference = await recommendationsOf('europe.txt', Buffer.from(europe, 'utf8'));
    assert.ok(reference.length > 10);
    const variants: [string, Buffer][] = [
      ['UTF-16 LE with BOM', bom([0xff, 0xfe], utf16(europe, true))],
      ['UTF-16 BE with BOM', bom([0xfe, 0xff], utf16(europe, false))],
      ['UTF-16 LE', utf16(europe, true)],
      ['UTF-16 BE', utf16(europe, false)],
      ['UTF-32 LE with BOM', bom([0xff, 0xfe, 0, 0], utf32(europe, true))],
      ['UTF-32 BE', utf32(europe, false)],
    ];
    for (const [label, bytes] of variants) assert.deepEqual(await recommendationsOf('europe.txt', bytes), reference, label);
    const doc = await readDocumentFromBytes('europe.txt', utf16(europe, true));
    assert.match(doc.messages.find((m) => m.ruleId === 'encoding')?.reason ?? '', /UTF-16 LE \(no byte-order mark\)/);
  });

  it('reads a text that mentions "%PDF-" in its first kilobyte as text', async () => {
    const text = `Note: files starting %PDF-1.7 are PDFs.\n${europe}`;
    assert.equal(checkInput('europe.txt', Buffer.from(text)).format, 'txt');
    assert.ok((await recommendationsOf('europe.txt', Buffer.from(text))).length > 10);
  });

  it('refuses NUL bytes anywhere in a text, saying where the first one is', () => {
    const bytes = Buffer.concat([Buffer.from(europe.repeat(2)), Buffer.from([0, 0, 0x41])]);
    assert.throws(() => checkInput('europe.txt', bytes), /europe\.txt: looks like binary data \(it contains NUL bytes, the first at byte \d+\)/);
  });

  it('replaces an invalid UTF-8 sequence by U+FFFD with a warning on its line', async () => {
    const lines = europe.split('\n');
    const bad = Buffer.concat([Buffer.from(`${lines.slice(0, 30).join('\n')}\n`), Buffer.from([0xc3, 0xa9, 0xff]), Buffer.from(`\n${lines.slice(30).join('\n')}`)]);
    const doc = await readDocumentFromBytes('europe.txt', bad);
    const message = doc.messages.find((m) => m.ruleId === 'encoding');
    assert.equal(message?.place.line, 31);
    assert.match(message?.reason ?? '', /1 byte sequences are not valid UTF-8/);
  });

  it('says an encrypted Word document is encrypted, and refuses foreign files as unsupported types', () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024);
    assert.throws(() => checkUpload('report.docx', ole), (error: unknown) => error instanceof InputError && !(error instanceof UnsupportedTypeError) && /encrypted \(password-protected\)/.test(error.message));
    const legacy = Buffer.from(ole.subarray(0, 1000));
    assert.throws(() => checkInput('report.doc', legacy), (error: unknown) => error instanceof UnsupportedFormatError && /legacy Word \.doc/.test(error.message));
    assert.throws(() => checkUpload('report.exe', new Uint8Array([0x4d, 0x5a, 0, 0, 3, 0, 0, 0])), UnsupportedTypeError);
  });
});
