// The zip container of the Office files, written with Node's zlib: a zip reader (JSZip) reads back every part,
// in order, byte for byte, with its CRC checked.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { zipPackage } from '../../src/renderers/zip-package.ts';

describe('the zip package of an Office file', () => {
  it('holds every part in the order given, read back byte for byte with its CRC checked', async () => {
    const noise = randomBytes(4096);
    const parts = [
      ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
      ['word/document.xml', `<w:document>${'<w:p><w:r><w:t>Réunion régionale — 28 (c)</w:t></w:r></w:p>'.repeat(500)}</w:document>`],
      ['word/media/noise.bin', noise],
      ['docProps/empty.xml', ''],
    ] as const;
    const zip = await JSZip.loadAsync(zipPackage(parts), { checkCRC32: true });
    assert.deepEqual(Object.keys(zip.files), parts.map(([name]) => name));
    for (const [name, data] of parts) {
      const read = await zip.file(name)?.async('uint8array');
      assert.ok(read !== undefined, name);
      assert.deepEqual(Buffer.from(read), typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));
    }
  });

  it('compresses text and stores what DEFLATE does not shrink', () => {
    const text = 'recommendation '.repeat(10_000);
    assert.ok(zipPackage([['a.xml', text]]).length < text.length / 10);
    const noise = randomBytes(10_000);
    const stored = zipPackage([['noise.bin', noise]]);
    assert.ok(stored.length < noise.length + 200 && stored.length >= noise.length);
  });

  it('gives the same bytes for the same parts (no timestamp)', () => {
    const parts = [['a.xml', '<a/>'], ['b.xml', '<b/>']] as const;
    assert.deepEqual(zipPackage(parts), zipPackage(parts));
  });
});
