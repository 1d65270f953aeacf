// The one check every input passes before a reader sees it, from the command line or an
// upload alike: not empty, a format told by its signature (the name only second), within
// the size limit for that format, and text decodable (its encoding detected, binary refused).

import { InputError } from '../model/errors.ts';
import { extensionOf, sniffFormat } from './detect-format.ts';
import { EMPTY_FILE, guardSize, guardText } from './guards.ts';
import { decodeText, type DecodedText } from './decode-text.ts';

/** Not a report format at all (a legacy .doc, a zip that is not Word, a binary file): a server answers 415. */
export class UnsupportedFormatError extends InputError {
  constructor(name: string, message: string) {
    super(name, message);
    this.name = 'UnsupportedFormatError';
  }
}

export type CheckedInput =
  | { readonly format: 'docx' | 'pdf' }
  | { readonly format: 'txt'; readonly decoded: DecodedText };

/** Checks `bytes` (named `name` for messages and the format guess); throws an InputError naming the file. */
export function checkInput(name: string, bytes: Uint8Array): CheckedInput {
  if (bytes.byteLength === 0) throw new InputError(name, EMPTY_FILE);
  const sniffed = sniffFormat(name, bytes);
  if (sniffed.format === 'unsupported') {
    throw sniffed.foreign ? new UnsupportedFormatError(name, sniffed.what) : new InputError(name, sniffed.what);
  }
  guardSize(name, bytes.byteLength, sniffed.format);
  if (sniffed.format !== 'txt') return { format: sniffed.format };
  let decoded: DecodedText;
  try {
    decoded = decodeText(name, bytes);
  } catch (error) {
    // Binary data under a name that does not claim to be text is simply not a report format.
    const ext = extensionOf(name);
    if (error instanceof InputError && ext !== '' && ext !== 'txt') {
      throw new UnsupportedFormatError(name, `unsupported file type ".${ext}": it holds binary data, not text; expected a .txt, .docx or .pdf report`);
    }
    throw error;
  }
  guardText(name, decoded.text);
  return { format: 'txt', decoded };
}
