// Checks an uploaded file before any parser sees it: size, extension and the bytes'
// own signature must agree. The client's file name is only ever a label.
import { InputError } from '../../model/errors.ts';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export type UploadFormat = 'txt' | 'docx' | 'pdf';

export class UnsupportedTypeError extends InputError {
  constructor(name: string, message: string) {
    super(name, message);
    this.name = 'UnsupportedTypeError';
  }
}

export class TooLargeError extends InputError {
  constructor(name: string, size: number) {
    super(name, `file is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1048576} MB`);
    this.name = 'TooLargeError';
  }
}

/** A display label from a client's file name: last path segment, no control characters, bounded. */
export function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const last = name.split(/[\\/]/).filter((part) => part !== '' && part !== '.' && part !== '..').at(-1) ?? 'upload';
  const clean = last.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean === '' ? 'upload' : clean;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);

export function checkUpload(name: string, bytes: Uint8Array): UploadFormat {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new TooLargeError(name, bytes.byteLength);
  if (bytes.byteLength === 0) throw new InputError(name, 'the file is empty');
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'docx') {
    if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new InputError(name, 'not a Word document: a .docx file is a zip package and this one does not start like one');
    return 'docx';
  }
  if (extension === 'pdf') {
    if (!startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) throw new InputError(name, 'not a PDF: the file does not start with "%PDF-"');
    return 'pdf';
  }
  if (extension === 'txt') {
    if (bytes.includes(0)) throw new InputError(name, 'not a text file: it contains binary data');
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.byteLength, 1 << 20)));
    } catch {
      // A cut in the middle of a multi-byte character at the 1 MB mark is not an error.
      if (bytes.byteLength <= 1 << 20) throw new InputError(name, 'not a text file: it is not UTF-8 text');
    }
    return 'txt';
  }
  throw new UnsupportedTypeError(name, `unsupported file type${extension === undefined ? '' : ` ".${extension}"`}: upload a .txt, .docx or .pdf report`);
}
