// Input we cannot read at all: empty, too large, binary data posing as text.
// Each guard throws an InputError naming the file and what was expected.

import { InputError } from '../model/errors.ts';
import type { Format } from './detect-format.ts';

/** Size limits: a UN report is under 1 MB as text and a few MB as Word or PDF. */
export const SIZE_LIMITS: Readonly<Record<Format, number>> = {
  txt: 20 * 1024 * 1024,
  docx: 100 * 1024 * 1024,
  pdf: 100 * 1024 * 1024,
};

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export function guardSize(name: string, size: number, format: Format): void {
  if (size === 0) throw new InputError(name, 'file is empty; expected a report as .txt, .docx or .pdf');
  const limit = SIZE_LIMITS[format];
  if (size > limit) {
    throw new InputError(name, `file is ${mb(size)}, over the ${mb(limit)} limit for ${format} input; split it or check it is the report you meant`);
  }
}

/**
 * Decodes text input, refusing binary data: NUL bytes, or more than 1% of the
 * bytes invalid as UTF-8 (text in a legacy single-byte encoding is read as Windows-1252).
 */
export function decodeText(name: string, bytes: Uint8Array): { text: string; note?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) throw new InputError(name, 'looks like binary data (it contains NUL bytes), not text; expected a .txt report, a .docx or a .pdf');
  const text = new TextDecoder('utf-8').decode(bytes);
  let invalid = 0;
  for (const char of text) if (char === '\uFFFD') invalid++;
  if (invalid === 0) return { text };
  let controls = 0;
  for (const byte of sample) if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) controls++;
  if (invalid / Math.max(1, bytes.length) > 0.01 && controls / Math.max(1, sample.length) > 0.001) {
    throw new InputError(name, 'looks like binary data (invalid UTF-8 and control bytes), not text; expected a .txt report, a .docx or a .pdf');
  }
  // Invalid UTF-8 in text with no valid multi-byte characters is a legacy single-byte encoding.
  if (!/[^\u0000-\u007f\uFFFD]/.test(text)) {
    return { text: new TextDecoder('windows-1252').decode(bytes), note: 'text is not valid UTF-8; read as Windows-1252' };
  }
  return { text, note: `${invalid} byte sequences are not valid UTF-8 and were replaced` };
}

export function guardText(name: string, text: string): void {
  if (text.trim() === '') throw new InputError(name, 'file holds only whitespace; expected a report as .txt, .docx or .pdf');
}
