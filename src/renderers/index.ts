export { renderAll, type RenderedFile } from './render-all.ts';
export { FORMATS, FILE_NAMES, isFormat, type Format } from './render-formats.ts';
export { renderHtml } from './html/index.ts';
export { renderDocx } from './docx/index.ts';
export { renderXlsx } from './xlsx/index.ts';
export { renderCsv } from './csv/index.ts';
export { renderJson } from './json/index.ts';
export { renderMarkdown } from './md/index.ts';
export { buildLayout } from './layout/index.ts';
