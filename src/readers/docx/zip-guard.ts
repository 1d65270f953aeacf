// Checks a .docx container before anything is inflated: that it is a zip at all
// (and not an encrypted or legacy OLE file), and that the sizes its central
// directory declares are sane (no zip bomb). The declared sizes can lie; the
// package reader also counts the bytes it actually inflates (see open-package.ts).
import { InputError } from '../../model/errors.ts';

export interface ZipLimits {
  /** Most bytes the reader will inflate from the parts it reads. */
  readonly maxInflatedBytes: number;
  /** Largest uncompressed/compressed ratio accepted for an entry bigger than ratioFloorBytes. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  readonly maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxInflatedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
};

export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;

/** Throws InputError unless the bytes look like a zip; names OLE (encrypted / .doc) files plainly. */
export function assertZipSignature(name: string, bytes: Uint8Array): void {
  if (bytes.length === 0) throw new InputError(name, 'the file is empty; a Word .docx (zip) file was expected');
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new InputError(name, 'is encrypted/password-protected or an old .doc (OLE compound file); save it as .docx without a password');
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05))) {
    throw new InputError(name, 'is not a zip file; a Word .docx (zip) file was expected');
  }
}

/** Reads the central directory (without inflating) and rejects declared sizes over the limits. */
export function inspectCentralDirectory(name: string, bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new InputError(name, 'is a damaged zip (no end of central directory); a Word .docx (zip) file was expected');
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_EOCD_LOCATOR) {
    throw new InputError(name, 'is a ZIP64 archive (over 4 GB or 65,535 entries); no Word report needs that, so it is refused');
  }
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count > limits.maxEntries) throw new InputError(name, `holds ${count} zip entries (at most ${limits.maxEntries} accepted)`);
  const entries: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new InputError(name, 'is a damaged zip (central directory entry out of place)');
    }
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const entryName = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({ name: entryName, compressedSize, uncompressedSize });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  for (const entry of entries) checkEntry(name, entry, limits);
  return entries;
}

function checkEntry(name: string, entry: ZipEntryInfo, limits: ZipLimits): void {
  if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) {
    throw new InputError(name, `zip entry ${entry.name} declares a ZIP64 size; refused as a possible zip bomb`);
  }
  if (entry.uncompressedSize > limits.maxInflatedBytes) {
    throw new InputError(name, `zip entry ${entry.name} would inflate to ${formatBytes(entry.uncompressedSize)} (limit ${formatBytes(limits.maxInflatedBytes)}); refused as a possible zip bomb`);
  }
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
    throw new InputError(name, `zip entry ${entry.name} would inflate ${Math.round(ratio)} times (limit ${limits.maxRatio}); refused as a possible zip bomb`);
  }
}

/** The End Of Central Directory record sits in the last 22 + 65,535 (comment) bytes. */
function findEndOfCentralDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i -= 1) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/** 314572800 -> "300 MB", 100000 -> "98 kB". */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.round(n / 1024)} kB`;
}
