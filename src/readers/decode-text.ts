// Text input's encoding: UTF-8, UTF-16 LE/BE and UTF-32 LE/BE (with or without a
// byte-order mark), or Windows-1252 for legacy single-byte text. Binary data is refused;
// a byte sequence that is not a character becomes U+FFFD, with a warning and its line.

import { InputError } from '../model/errors.ts';

export interface DecodedText {
  readonly text: string;
  /** What the reader should warn about (an encoding guessed, characters replaced). */
  readonly note?: string;
  /** 1-based line of the first replaced character, when characters were replaced. */
  readonly line?: number;
}

type Wide = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

const SAMPLE = 64 * 1024;

/** The byte-order mark's encoding and length, if the bytes start with one. */
function byteOrderMark(bytes: Uint8Array): { encoding: Wide; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 or UTF-32 without a byte-order mark, told by where the NUL bytes of mostly-Latin text fall. */
function wideWithoutMark(bytes: Uint8Array): Wide | undefined {
  const sample = bytes.subarray(0, SAMPLE - (SAMPLE % 4));
  if (sample.length < 16) return undefined;
  // Text without a NUL byte (nearly all of it) is not wide: found natively, without counting byte by byte.
  if (sample.indexOf(0) < 0) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i % 4]! += 1;
  const quarter = Math.floor(sample.length / 4);
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  // UTF-32: the top byte of every unit is zero (code points stop at U+10FFFF).
  if (sample.length % 4 === 0 && z3 === quarter && z2 >= quarter * 0.9 && z0 < quarter * 0.1) return 'utf-32le';
  if (sample.length % 4 === 0 && z0 === quarter && z1 >= quarter * 0.9 && z3 < quarter * 0.1) return 'utf-32be';
  const odd = z1 + z3;
  const even = z0 + z2;
  const half = quarter * 2;
  if (odd >= half * 0.4 && even < half * 0.05) return 'utf-16le';
  if (even >= half * 0.4 && odd < half * 0.05) return 'utf-16be';
  return undefined;
}

/** UTF-32 has no TextDecoder: code points read four bytes at a time, the invalid ones replaced. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): { text: string; replaced: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength - (bytes.byteLength % 4));
  const parts: string[] = [];
  let chunk: number[] = [];
  const tail = bytes.byteLength % 4;
  let replaced = tail === 0 ? 0 : 1;
  for (let at = 0; at < view.byteLength; at += 4) {
    const code = view.getUint32(at, littleEndian);
    const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    if (!valid) replaced++;
    chunk.push(valid ? code : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk), tail === 0 ? '' : '\uFFFD');
  return { text: parts.join(''), replaced };
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) count++;
  return count;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

const NAMES: Record<Wide, string> = { 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'utf-32le': 'UTF-32 LE', 'utf-32be': 'UTF-32 BE' };

function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) controls++;
  }
  return controls / Math.max(1, text.length);
}

function decodeWide(encoding: Wide, bytes: Uint8Array, marked: boolean): DecodedText | undefined {
  const decoded = encoding === 'utf-32le' || encoding === 'utf-32be'
    ? decodeUtf32(bytes, encoding === 'utf-32le')
    : (() => { const text = new TextDecoder(encoding).decode(bytes); return { text, replaced: countReplacements(text) }; })();
  const text = decoded.text.replace(/^\uFEFF/, '');
  // Without a mark, the zeros only suggested wide text: it must read as text, not control codes.
  if (!marked && controlShare(text.slice(0, SAMPLE)) > 0.01) return undefined;
  const parts: string[] = [];
  // UTF-16 with a byte-order mark is what Windows "Unicode" text is: no need to say so.
  if (!marked || encoding.startsWith('utf-32')) parts.push(`text read as ${NAMES[encoding]}${marked ? '' : ' (no byte-order mark)'}`);
  if (decoded.replaced > 0) parts.push(`${decoded.replaced} invalid ${NAMES[encoding]} sequence(s) were replaced by U+FFFD`);
  const line = decoded.replaced > 0 ? lineOf(text, text.indexOf('\uFFFD')) : undefined;
  return { text, ...(parts.length === 0 ? {} : { note: parts.join('; ') }), ...(line === undefined ? {} : { line }) };
}

/**
 * Decodes text input, refusing binary data: NUL bytes in text that is not UTF-16 or UTF-32,
 * or more than 1% of the bytes invalid as UTF-8 together with control bytes. Text with
 * invalid UTF-8 and no valid multi-byte character is a legacy single-byte encoding, read as Windows-1252.
 */
export function decodeText(name: string, bytes: Uint8Array): DecodedText {
  const mark = byteOrderMark(bytes);
  if (mark !== undefined) return decodeWide(mark.encoding, bytes.subarray(mark.length), true) as DecodedText;
  const wide = wideWithoutMark(bytes);
  const widely = wide === undefined ? undefined : decodeWide(wide, bytes, false);
  if (widely !== undefined) return widely;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError(name, `looks like binary data (it contains NUL bytes${nul >= SAMPLE ? `, the first at byte ${nul}` : ''}), not text; expected a .txt report, a .docx or a .pdf`);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const invalid = countReplacements(text);
  if (invalid === 0) return { text };
  const sample = bytes.subarray(0, SAMPLE);
  let controls = 0;
  for (const byte of sample) if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) controls++;
  if (invalid / Math.max(1, bytes.length) > 0.01 && controls / Math.max(1, sample.length) > 0.001) {
    throw new InputError(name, 'looks like binary data (invalid UTF-8 and control bytes), not text; expected a .txt report, a .docx or a .pdf');
  }
  // Invalid UTF-8 in text with no valid multi-byte characters is a legacy single-byte encoding.
  if (!/[^\u0000-\u007f\uFFFD]/.test(text)) {
    return { text: new TextDecoder('windows-1252').decode(bytes), note: 'text is not valid UTF-8; read as Windows-1252' };
  }
  return { text, note: `${invalid} byte sequences are not valid UTF-8 and were replaced`, line: lineOf(text, text.indexOf('\uFFFD')) };
}
