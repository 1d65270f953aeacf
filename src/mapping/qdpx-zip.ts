// The entries of a .qdpx (a zip), read synchronously, because examples are read before the
// pipeline starts: the central directory gives each entry's place; stored and deflated entries
// are inflated with node:zlib, each within a budget so that a zip bomb is refused, not unpacked.
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../model/errors.ts';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 100_000;
const MAX_INFLATED = 512 * 1024 * 1024;

export interface ZipEntries {
  readonly names: readonly string[];
  /** The entry's bytes, inflated; undefined when the zip has no such entry. */
  read(name: string): Buffer | undefined;
}

export function readZipEntries(file: string, bytes: Buffer, expected = 'a REFI-QDA project (.qdpx, a zip holding project.qde)'): ZipEntries {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL) throw new InputError(file, `is not a zip file; ${expected} was expected`);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (bytes.readUInt32LE(i) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw new InputError(file, 'is a damaged zip (no end of central directory)');
  const count = bytes.readUInt16LE(eocd + 10);
  if (count > MAX_ENTRIES) throw new InputError(file, `holds ${count} zip entries (at most ${MAX_ENTRIES} accepted)`);
  const entries = new Map<string, { method: number; size: number; compressed: number; local: number }>();
  let offset = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL) throw new InputError(file, 'is a damaged zip (central directory entry out of place)');
    const nameLength = bytes.readUInt16LE(offset + 28);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, {
      method: bytes.readUInt16LE(offset + 10),
      compressed: bytes.readUInt32LE(offset + 20),
      size: bytes.readUInt32LE(offset + 24),
      local: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  let budget = MAX_INFLATED;
  return {
    names: [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      const at = entry.local;
      if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw new InputError(file, `is a damaged zip (entry ${name} out of place)`);
      const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
      const data = bytes.subarray(start, start + entry.compressed);
      let out: Buffer;
      try {
        if (entry.method === 0) out = Buffer.from(data);
        else if (entry.method === 8) out = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
        else throw new InputError(file, `zip entry ${name} uses compression method ${entry.method}; only stored and deflated entries can be read`);
      } catch (cause) {
        if (cause instanceof InputError) throw cause;
        throw new InputError(file, `zip entry ${name} cannot be inflated (damaged, or larger than ${MAX_INFLATED / 1024 / 1024} MB in all)`, { cause });
      }
      budget -= out.length;
      return out;
    },
  };
}
