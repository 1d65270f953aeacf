// DOCX reader: Word (.docx) bytes -> blocks and footnotes for the shared structurer.
export { readDocx } from './read-docx.ts';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard.ts';
