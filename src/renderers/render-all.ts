// Every output format, by name: which file each writes and how. Pure: run in, bytes out.

import type { MappingRun } from '../pipeline/types.ts';
import { renderCsv } from './csv/index.ts';
import { renderDocx } from './docx/index.ts';
import { renderHtml } from './html/index.ts';
import { renderJson } from './json/index.ts';
import { renderMarkdown } from './md/index.ts';
import { renderXlsx } from './xlsx/index.ts';
import { FILE_NAMES, FORMATS, type Format } from './render-formats.ts';

const RENDERERS: Record<Format, (run: MappingRun) => string | Buffer | Promise<Buffer>> = {
  html: renderHtml,
  docx: renderDocx,
  xlsx: renderXlsx,
  csv: renderCsv,
  json: renderJson,
  md: renderMarkdown,
};

export interface RenderedFile {
  readonly format: Format;
  readonly name: string;
  readonly bytes: Uint8Array;
}


/** Renders the run in each format asked for, in the order of FORMATS. */
export async function renderAll(run: MappingRun, formats: readonly Format[] = FORMATS): Promise<RenderedFile[]> {
  const out: RenderedFile[] = [];
  for (const format of FORMATS) {
    if (!formats.includes(format)) continue;
    const value = await RENDERERS[format](run);
    out.push({ format, name: FILE_NAMES[format], bytes: typeof value === 'string' ? Buffer.from(value, 'utf8') : value });
  }
  return out;
}
