// Every output format, by name: which file each writes and how. Pure: run in, bytes out.

import type { MappingRun } from '../pipeline/types.ts';
import { renderCsv } from './csv/index.ts';
import { renderDocx } from './docx/index.ts';
import { renderHtml } from './html/index.ts';
import { renderJson } from './json/index.ts';
import { renderMarkdown } from './md/index.ts';
import { renderXlsx } from './xlsx/index.ts';
import { renderQdpx } from './qdpx/index.ts';
import { renderAkn, type NamedFile } from './akn/index.ts';
import { DEFAULT_FORMATS, FILE_NAMES, FORMATS, type Format } from './render-formats.ts';

// A renderer gives one file's content, or several named files (akn: one per document).
const RENDERERS: Record<Format, (run: MappingRun) => string | Buffer | Promise<Buffer> | NamedFile[]> = {
  html: renderHtml,
  docx: renderDocx,
  xlsx: renderXlsx,
  csv: renderCsv,
  json: renderJson,
  md: renderMarkdown,
  qdpx: renderQdpx,
  akn: renderAkn,
};

export interface RenderedFile<F extends Format = Format> {
  readonly format: F;
  readonly name: string;
  readonly bytes: Uint8Array;
}


/** Renders the run in each format asked for, in the order of FORMATS. */
export async function renderAll<F extends Format = Format>(run: MappingRun, formats: readonly F[] = DEFAULT_FORMATS as readonly Format[] as readonly F[]): Promise<RenderedFile<F>[]> {
  const out: RenderedFile<F>[] = [];
  for (const format of FORMATS.filter((f): f is F => (formats as readonly Format[]).includes(f))) {
    const value = await RENDERERS[format](run);
    if (Array.isArray(value)) {
      for (const file of value) out.push({ format, name: file.name, bytes: file.bytes });
      continue;
    }
    out.push({ format, name: FILE_NAMES[format], bytes: typeof value === 'string' ? Buffer.from(value, 'utf8') : value });
  }
  return out;
}
