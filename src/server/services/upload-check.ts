// Checks an uploaded file before any parser sees it: the readers' one input check, plus
// the upload size limit. The client's file name is only ever a label.
import { InputError } from '../../model/errors.ts';
import { checkInput } from '../../readers/check-input.ts';
import type { Format } from '../../readers/detect-format.ts';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export type UploadFormat = Format;

/** Not a report format at all: the readers' own error, answered 415. */
export { UnsupportedFormatError as UnsupportedTypeError } from '../../readers/check-input.ts';

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

/**
 * Checks an upload as the command line checks a file (src/readers/check-input.ts: signature,
 * format size limit, text encoding), after the one limit only a server has: the upload size.
 */
export function checkUpload(name: string, bytes: Uint8Array): UploadFormat {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new TooLargeError(name, bytes.byteLength);
  return checkInput(name, bytes).format;
}
