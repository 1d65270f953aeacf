import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { readDocx } from '../../../src/readers/docx/index.ts';
import { InputError } from '../../../src/model/errors.ts';
import { buildDocx, p } from './build-docx.ts';

const refused = async (bytes: Uint8Array, pattern: RegExp): Promise<void> => {
  await assert.rejects(readDocx('hostile.docx', bytes), (error: unknown) => {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    assert.match(error.message, /^hostile\.docx: /);
    assert.match(error.message, pattern);
    return true;
  });
};

/** Overwrites the uncompressed size an entry declares, in its local header and in the central directory. */
function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entry);
  const nameAt = (at: number): boolean => name.every((b, i) => out[at + i] === b);
  for (let i = 0; i + 46 < out.length; i += 1) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && nameAt(i + 30)) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && nameAt(i + 46)) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('the Word reader refuses hostile or unreadable files with one clear line', () => {
  it('says a .docx (zip) was expected when given plain text', async () => {
    await refused(new TextEncoder().encode('28. The following recommendations…'), /not a zip file; a Word \.docx \(zip\) file was expected/);
  });

  it('says so when the file is empty', async () => {
    await refused(new Uint8Array(), /empty/);
  });

  it('names encrypted (password-protected) files and old .doc files, which are OLE compound files', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await refused(ole, /encrypted\/password-protected or an old \.doc.*save it as \.docx/);
  });

  it('refuses a zip whose central directory declares a 300 MB entry, before inflating anything', async () => {
    const bytes = declareSize(await buildDocx({ body: p('1. Text.') }), 'word/document.xml', 300 * 1024 * 1024);
    await refused(bytes, /word\/document\.xml would inflate to 300 MB \(limit 200 MB\); refused as a possible zip bomb/);
  });

  it('refuses an entry of zeros that would inflate a thousand times', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', new Uint8Array(5 * 1024 * 1024), { compression: 'DEFLATE', compressionOptions: { level: 9 } });
    await refused(await zip.generateAsync({ type: 'uint8array' }), /would inflate \d+ times \(limit 100\)/);
  });

  it('stops inflating an entry that lies about its size', async () => {
    const bytes = declareSize(await buildDocx({ body: p('1. ' + 'word '.repeat(200_000)) }), 'word/document.xml', 2000);
    await refused(bytes, /inflates beyond its declared size/);
  });

  it('caps the bytes inflated over all the parts read', async () => {
    const style = '<w:style w:type="paragraph" w:styleId="S"><w:name w:val="Body"/></w:style>';
    const bytes = await buildDocx({ body: p('1. ' + 'text '.repeat(12_000)), styles: style.repeat(1_000) });
    const limits = { maxInflatedBytes: 100_000, maxRatio: 100, ratioFloorBytes: 1024 * 1024, maxEntries: 100 };
    await assert.rejects(readDocx('hostile.docx', bytes, limits), /the parts read would inflate to more than 98 kB in all/);
  });

  it('refuses a zip that declares tens of thousands of entries', async () => {
    const bytes = new Uint8Array(await buildDocx({ body: p('1. Text.') }));
    const view = new DataView(bytes.buffer);
    const eocd = bytes.length - 22;
    assert.equal(view.getUint32(eocd, true), 0x06054b50);
    view.setUint16(eocd + 8, 60_000, true);
    view.setUint16(eocd + 10, 60_000, true);
    await refused(bytes, /holds 60000 zip entries \(at most 10000 accepted\)/);
  });

  it('refuses absurdly deep element nesting with a clear line, not a stack overflow', async () => {
    const depth = 15_000;
    const body = `<w:p>${'<w:hyperlink>'.repeat(depth)}<w:r><w:t>x</w:t></w:r>${'</w:hyperlink>'.repeat(depth)}</w:p>`;
    const limits = { maxInflatedBytes: 200 * 1024 * 1024, maxRatio: 1e6, ratioFloorBytes: 1024 * 1024, maxEntries: 100 };
    await assert.rejects(readDocx('hostile.docx', await buildDocx({ body }), limits), (error: unknown) =>
      error instanceof InputError && /nests its XML elements too deeply/.test(error.message));
  });

  it('refuses parts holding more XML tags than a report could, before parsing them into memory', async () => {
    const body = `<w:p><w:r><w:t>1. Text.</w:t></w:r></w:p>${'<w:p/>'.repeat(400_000)}`;
    const limits = { maxInflatedBytes: 200 * 1024 * 1024, maxRatio: 1e6, ratioFloorBytes: 1024 * 1024, maxEntries: 100 };
    await assert.rejects(readDocx('hostile.docx', await buildDocx({ body }), limits), (error: unknown) =>
      error instanceof InputError && /^hostile\.docx: holds 400,\d{3} XML tags in its parts by word\/document\.xml, over the limit of 400,000/.test(error.message));
  });

  it('refuses XML that declares entities, and never expands them', async () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
      + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    await refused(await buildDocx({ body: '', documentXml: laughs }), /word\/document\.xml declares a DOCTYPE with entities/);
    const external = laughs.replace('<!ENTITY lol "lol">', '<!ENTITY lol SYSTEM "file:///etc/passwd">');
    await refused(await buildDocx({ body: '', documentXml: external }), /DOCTYPE with entities/);
  });

  it('removes a harmless DOCTYPE, reads the document and says so', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE html><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
      + p('1. Read anyway.') + '</w:body></w:document>';
    const result = await readDocx('odd.docx', await buildDocx({ body: '', documentXml: xml }));
    assert.deepEqual(result.blocks.map((b) => b.text), ['1. Read anyway.']);
    assert.deepEqual(result.messages.map((m) => m.ruleId), ['docx-doctype-removed']);
  });

  it('refuses a zip without a main document part', async () => {
    await refused(await buildDocx({ body: '', withoutDocument: true }), /no main document part \(word\/document\.xml\).*not a Word \.docx/);
  });

  it('refuses an Office file whose main part is not a Word body (an Excel workbook)', async () => {
    const xlsx = '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>';
    await refused(await buildDocx({ body: '', documentXml: xlsx }), /is not a Word document: its main part word\/document\.xml holds no Word body/);
  });

  it('refuses a main document that is not well-formed XML', async () => {
    await refused(await buildDocx({ body: '', documentXml: '<w:document><w:body><w:p>' }), /word\/document\.xml is not well-formed XML/);
  });

  it('refuses a truncated zip', async () => {
    const bytes = await buildDocx({ body: p('1. Text.') });
    await refused(bytes.subarray(0, Math.floor(bytes.length / 2)), /damaged zip/);
  });

  it('is not fooled by a raw deflate stream without a zip around it', async () => {
    await refused(new Uint8Array(deflateRawSync(Buffer.alloc(1000))), /not a zip file/);
  });
});
