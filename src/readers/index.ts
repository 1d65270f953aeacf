// Readers: any supported file in, one ConcordDocument out. Sniffs the format,
// guards against input that cannot be read, runs the format's reader and the
// shared structurer.

import { open, readFile, stat } from 'node:fs/promises';
import type { ConcordDocument, Message } from '../model/types.ts';
import { InputError, isConcordError } from '../model/errors.ts';
import type { ReadResult } from './blocks.ts';
import { sniffFormat } from './detect-format.ts';
import { guardSize } from './guards.ts';
import { checkInput, type CheckedInput } from './check-input.ts';
import { LIMITS, overLimit } from './limits.ts';
import { readTxt } from './txt/index.ts';
import { readPdf } from './pdf/index.ts';
import { structureDocument } from './structure/index.ts';
import { chosenProfile } from '../profiles/chosen-profile.ts';

export interface ReadOptions {
  /** The document symbol when the document does not say it (--symbol). */
  readonly symbol?: string;
  /** The report profile, by name or YAML path (--profile); otherwise picked from the document. */
  readonly profile?: string;
}

export { sniffFormat, type Format } from './detect-format.ts';
export { SIZE_LIMITS } from './guards.ts';
export { LIMITS } from './limits.ts';
export { checkInput, UnsupportedFormatError, type CheckedInput } from './check-input.ts';
export { structureDocument } from './structure/index.ts';

/** Reads a .txt, .docx or .pdf report into the document model. Throws InputError when nothing can be read. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<ConcordDocument> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory; expected a report file (.txt, .docx or .pdf)');
    size = info.size;
  } catch (error) {
    if (isConcordError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'file not found' : `cannot be opened (${code ?? String(error)})`, { cause: error });
  }
  if (size === 0) throw new InputError(path, 'file is empty; expected a report as .txt, .docx or .pdf');
  let bytes: Uint8Array;
  try {
    // Sniff the head first, so an oversized file is refused before it is read.
    const handle = await open(path, 'r');
    try {
      const head = new Uint8Array(1024);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      const sniffed = sniffFormat(path, head.subarray(0, bytesRead));
      if (sniffed.format !== 'unsupported') guardSize(path, size, sniffed.format);
    } finally {
      await handle.close();
    }
    bytes = await readFile(path);
  } catch (error) {
    if (isConcordError(error)) throw error;
    throw new InputError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  }
  return readDocumentFromBytes(path, bytes, options);
}

async function runReader(name: string, input: CheckedInput, bytes: Uint8Array): Promise<ReadResult> {
  if (input.format === 'txt') {
    const { decoded } = input;
    const result = readTxt(name, decoded.text);
    if (decoded.note === undefined) return result;
    const place = decoded.line === undefined ? { source: name } : { source: name, line: decoded.line };
    const message: Message = { severity: 'warning', ruleId: 'encoding', reason: decoded.note, place, source: 'concord:txt' };
    return { ...result, messages: [message, ...result.messages] };
  }
  const label = input.format === 'docx' ? 'Word document' : 'PDF';
  try {
    // The Word reader (jszip, xmldom) is loaded when a .docx is read, as pdfjs is for a PDF.
    return input.format === 'docx' ? await (await import('./docx/index.ts')).readDocx(name, bytes) : await readPdf(name, bytes);
  } catch (error) {
    if (isConcordError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(name, `could not read the ${label}: ${reason}`, { cause: error });
  }
}

/** Same, from bytes already in memory (uploads); `name` is used for messages and the format guess. */
export async function readDocumentFromBytes(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ConcordDocument> {
  const result = await runReader(name, checkInput(name, bytes), bytes);
  if (result.blocks.length > LIMITS.blocks) throw overLimit(name, 'paragraphs', result.blocks.length, LIMITS.blocks);
  if (result.footnotes.length > LIMITS.footnotes) throw overLimit(name, 'footnotes', result.footnotes.length, LIMITS.footnotes);
  const profile = options.profile ?? chosenProfile();
  try {
    return structureDocument(result, {
      source: name,
      ...(options.symbol === undefined ? {} : { symbol: options.symbol }),
      ...(profile === undefined ? {} : { profile }),
    });
  } catch (error) {
    if (isConcordError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(name, `could not recognise the document's structure: ${reason}`, { cause: error });
  }
}
