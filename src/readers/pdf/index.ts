// PDF reader (stub).
import type { ReadResult } from '../blocks.ts';

/** Reads a PDF's bytes into blocks and footnotes, without page furniture. */
export async function readPdf(name: string, _bytes: Uint8Array): Promise<ReadResult> {
  throw new Error(`PDF reader not implemented yet (${name})`);
}
