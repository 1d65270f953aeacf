// The zip container of the Office files (mapping.docx, mapping.xlsx), compressed by Node's own zlib.
// docx zips with fflate and exceljs with JSZip (pako), both DEFLATE in JavaScript: at a build's size that
// is a fifth of the Word file's time after tracing, and native zlib does it in a third of that. The format
// written is the plain one every Office reader takes: DEFLATE entries, UTF-8 names, no zip64, a fixed date
// (the same parts give the same bytes). Hand-written (about sixty lines) because the zip libraries in the
// tree either deflate in JavaScript (fflate, JSZip) or stream through a dozen modules (archiver).

import { crc32, deflateRawSync } from 'node:zlib';

/** 1980-01-01 00:00, the earliest date a zip entry can carry. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const UTF8_NAMES = 0x0800;
const LIMIT = 0xffffffff;

export type PackagePart = readonly [path: string, data: string | Uint8Array];

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly data: Buffer;
  readonly method: 0 | 8;
  readonly offset: number;
}

/** The fields a local header and the central directory's header share, in the same order, from `at`. */
function writeShared(h: Buffer, at: number, e: Entry): void {
  h.writeUInt16LE(20, at); // version needed to extract: 2.0 (DEFLATE)
  h.writeUInt16LE(UTF8_NAMES, at + 2);
  h.writeUInt16LE(e.method, at + 4);
  h.writeUInt16LE(DOS_TIME, at + 6);
  h.writeUInt16LE(DOS_DATE, at + 8);
  h.writeUInt32LE(e.crc, at + 10);
  h.writeUInt32LE(e.data.length, at + 14);
  h.writeUInt32LE(e.size, at + 18);
  h.writeUInt16LE(e.name.length, at + 22);
  // then: extra field length 0 (and in the central header comment length, disk, attributes 0)
}

function localHeader(e: Entry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  writeShared(h, 4, e);
  return h;
}

function centralHeader(e: Entry): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4); // version made by
  writeShared(h, 6, e);
  h.writeUInt32LE(e.offset, 42);
  return h;
}

/** The parts zipped in the order given (an Office package's [Content_Types].xml first, as its writer gives it). */
export function zipPackage(parts: Iterable<PackagePart>): Buffer {
  const chunks: Buffer[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const [path, data] of parts) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const deflated = deflateRawSync(bytes);
    // A part DEFLATE does not shrink (an image, an empty part) is stored.
    const stored = deflated.length >= bytes.length;
    const entry: Entry = { name: Buffer.from(path, 'utf8'), crc: crc32(bytes), size: bytes.length, data: stored ? bytes : deflated, method: stored ? 0 : 8, offset };
    const header = localHeader(entry);
    chunks.push(header, entry.name, entry.data);
    offset += header.length + entry.name.length + entry.data.length;
    if (offset > LIMIT || bytes.length > LIMIT) throw new Error(`${path}: the package is larger than a zip without zip64 can hold (4 GB)`);
    entries.push(entry);
  }
  const start = offset;
  for (const entry of entries) {
    const header = centralHeader(entry);
    chunks.push(header, entry.name);
    offset += header.length + entry.name.length;
  }
  if (entries.length > 0xffff) throw new Error(`a zip without zip64 holds at most 65535 parts, not ${entries.length}`);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - start, 12);
  end.writeUInt32LE(start, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}
