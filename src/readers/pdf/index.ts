// PDF reader: pdfjs text layer -> blocks and footnotes, page furniture removed.
export { readPdf } from './read-pdf.ts';
export { MAX_PDF_BYTES } from './load-pages.ts';
