// Every output format, by name: which file each writes and how. Pure: run in, bytes out.
// A format's renderer (docx, exceljs, …) is imported only when that format is asked for.

import type { MappingRun } from '../pipeline/types.ts';
import { FILE_NAMES, FORMATS, type Format } from './render-formats.ts';

type Renderer = (run: MappingRun) => string | Buffer | Promise<Buffer>;

const RENDERERS: Record<Format, () => Promise<Renderer>> = {
  html: async () => (await import('./html/index.ts')).renderHtml,
  docx: async () => (await import('./docx/index.ts')).renderDocx,
  xlsx: async () => (await import('./xlsx/index.ts')).renderXlsx,
  csv: async () => (await import('./csv/index.ts')).renderCsv,
  json: async () => (await import('./json/index.ts')).renderJson,
  md: async () => (await import('./md/index.ts')).renderMarkdown,
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
    const render = await RENDERERS[format]();
    const value = await render(run);
    out.push({ format, name: FILE_NAMES[format], bytes: typeof value === 'string' ? Buffer.from(value, 'utf8') : value });
  }
  return out;
}
