// DOCX reader (stub).
import type { ReadResult } from '../blocks.ts';

/** Reads a Word document's bytes into blocks and footnotes. */
export async function readDocx(name: string, _bytes: Uint8Array): Promise<ReadResult> {
  throw new Error(`DOCX reader not implemented yet (${name})`);
}
