// Readers: any supported file in, one ConcordDocument out. (stub, owned by the txt/structure work)
import type { ConcordDocument } from '../model/types.ts';

export interface ReadOptions {
  /** The document symbol when the document does not say it (--symbol). */
  readonly symbol?: string;
}

/** Reads a .txt, .docx or .pdf report into the document model. Throws InputError when nothing can be read. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<ConcordDocument> {
  return readDocumentFromBytes(path, new Uint8Array(), options);
}

/** Same, from bytes already in memory (uploads); `name` is used for messages and the format guess. */
export async function readDocumentFromBytes(name: string, _bytes: Uint8Array, _options: ReadOptions = {}): Promise<ConcordDocument> {
  throw new Error(`readDocument not implemented yet (${name})`);
}
