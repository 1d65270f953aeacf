// Input we cannot read at all: empty, too large, only whitespace.
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

export const EMPTY_FILE = 'file is empty; expected a report as .txt, .docx or .pdf';

export function guardSize(name: string, size: number, format: Format): void {
  if (size === 0) throw new InputError(name, EMPTY_FILE);
  const limit = SIZE_LIMITS[format];
  if (size > limit) {
    throw new InputError(name, `file is ${mb(size)}, over the ${mb(limit)} limit for ${format} input; split it or check it is the report you meant`);
  }
}

export function guardText(name: string, text: string): void {
  if (text.trim() === '') throw new InputError(name, 'file holds only whitespace; expected a report as .txt, .docx or .pdf');
}
