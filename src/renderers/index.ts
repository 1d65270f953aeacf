// The renderers' entry: renderAll imports a format's renderer only when that format is asked for.
// A caller that needs one renderer directly imports it from its folder (e.g. './docx/index.ts').
export { renderAll, type RenderedFile } from './render-all.ts';
export { FORMATS, FILE_NAMES, isFormat, type Format } from './render-formats.ts';
