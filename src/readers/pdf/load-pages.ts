// pdfjs adapter: a PDF's bytes in, each page's positioned text runs out (text
// layer only, nothing is rendered). Failures become one-line InputErrors.

import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from '../../model/errors.ts';
import type { Page, Run } from './types.ts';

/** Larger files are refused before pdfjs holds them in memory. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
/** No report comes near this; a file that does is hostile or not a report. */
const MAX_PAGES = 5000;
const MAX_TEXT_CHARS = 50_000_000;

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<Pdfjs> | undefined;

/**
 * pdfjs is imported when the first PDF is read, never before: its core-js polyfills
 * replace JSON.stringify, JSON.parse and Array.prototype.push for the whole process.
 * In Node pdfjs runs its worker code in the main thread ("fake worker"), importing
 * it from workerSrc; point that at the installed legacy worker module explicitly.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((module) => {
    module.GlobalWorkerOptions.workerSrc ||= import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return module;
  });
  return pdfjs;
}

/** The part of pdfjs's TextItem we read. */
interface TextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly fontName: string;
}

const isTextItem = <T extends object>(item: T): item is T & TextItemLike => 'str' in item && 'transform' in item;

export interface LoadedPdf {
  readonly pages: readonly Page[];
  /** Pages pdfjs could not read (damaged content), with why. */
  readonly failures: readonly { readonly page: number; readonly reason: string }[];
}

export interface LoadOptions {
  /** Refuse larger inputs (default MAX_PDF_BYTES). */
  readonly maxBytes?: number;
  /** Told the page count once the document is open (the worker's document budget scales with it). */
  readonly onOpen?: (pages: number) => void;
  /** Told before each page is read (the worker reports progress with it). */
  readonly onPage?: (page: number) => void;
  /** Time budgets of the worker thread that reads the PDF (see pdf-thread.ts). */
  readonly budget?: { readonly pageMs?: number; readonly documentMs?: number };
}

export async function loadPages(name: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadedPdf> {
  const maxBytes = options.maxBytes ?? MAX_PDF_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw new InputError(name, `PDF is ${megabytes(bytes.byteLength)} MB; files up to ${megabytes(maxBytes)} MB are read (split the document or read its Word or text version)`);
  }
  if (bytes.byteLength === 0) throw new InputError(name, 'file is empty; expected a PDF');
  if (!isPdfHeader(bytes)) {
    throw new InputError(name, 'not a PDF file (expected it to start with "%PDF-")');
  }
  const { getDocument, VerbosityLevel } = await loadPdfjs();
  const task = getDocument({
    data: new Uint8Array(bytes), // a plain copy: pdfjs refuses Buffers and may take ownership of the buffer
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw openError(name, error);
    });
    if (!Number.isInteger(document.numPages) || document.numPages < 1) {
      throw new InputError(name, `PDF gives its page count as ${String(document.numPages)}; its page tree is damaged (expected one page or more)`);
    }
    if (document.numPages > MAX_PAGES) {
      throw new InputError(name, `PDF has ${document.numPages} pages; up to ${MAX_PAGES} are read`);
    }
    options.onOpen?.(document.numPages);
    const boldByFont = new Map<string, boolean>();
    let chars = 0;
    const pages: Page[] = [];
    const failures: { page: number; reason: string }[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      options.onPage?.(number);
      try {
        const page = await readPage(document, number, boldByFont);
        pages.push(page);
        chars += page.runs.reduce((sum, run) => sum + run.text.length, 0);
      } catch (error) {
        failures.push({ page: number, reason: describe(error) });
      }
      if (chars > MAX_TEXT_CHARS) {
        throw new InputError(name, `PDF holds more than ${MAX_TEXT_CHARS / 1_000_000} million characters of text by page ${number}; a report has far less`);
      }
    }
    if (pages.length === 0) {
      throw new InputError(name, `none of its ${document.numPages} page(s) could be read (${failures[0]?.reason ?? 'no pages'}); the PDF may be damaged`);
    }
    return { pages, failures };
  } finally {
    await task.destroy();
  }
}

async function readPage(document: PDFDocumentProxy, number: number, boldByFont: Map<string, boolean>): Promise<Page> {
  const page = await document.getPage(number);
  const [, , width = 0, height = 0] = page.view;
  const content = await page.getTextContent();
  const items = content.items.filter(isTextItem);
  await learnFonts(page, items, boldByFont);
  const runs: Run[] = [];
  for (const item of items) {
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0 || d <= 0) continue; // rotated or mirrored text: margin furniture
    if (item.str.trim() === '') continue; // spaces are inferred from gaps
    runs.push({ text: item.str, x, y, width: item.width, size: d, bold: boldByFont.get(item.fontName) ?? false });
  }
  page.cleanup();
  return { number, width, height, runs };
}

/**
 * pdfjs names fonts per document ("g_d0_f2"); the real name ("…DejaVuSerif-Bold"),
 * which tells bold, is only known once a page's operator list loaded the font.
 * Only pages that use a font not seen before pay for that.
 */
async function learnFonts(page: PDFPageProxy, items: readonly TextItemLike[], boldByFont: Map<string, boolean>): Promise<void> {
  const unknown = [...new Set(items.map((item) => item.fontName))].filter((font) => !boldByFont.has(font));
  if (unknown.length === 0) return;
  await page.getOperatorList();
  for (const font of unknown) {
    const loaded: unknown = page.commonObjs.has(font) ? page.commonObjs.get(font) : undefined;
    const realName = typeof loaded === 'object' && loaded !== null && 'name' in loaded && typeof loaded.name === 'string' ? loaded.name : '';
    boldByFont.set(font, /bold|black|heavy|semibold|demi/i.test(realName));
  }
}

function isPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow a little junk (up to 1024 bytes, as readers tolerate).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function openError(name: string, error: unknown): InputError {
  const kind = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (kind === 'PasswordException') {
    return new InputError(name, 'PDF is password-protected; save an unprotected copy (or export the text) and read that', { cause: error });
  }
  if (kind === 'InvalidPDFException') {
    return new InputError(name, `PDF is damaged or incomplete (${describe(error)}); expected a complete PDF file`, { cause: error });
  }
  return new InputError(name, `PDF could not be opened (${describe(error)})`, { cause: error });
}

const megabytes = (bytes: number): string => (bytes / 1048576).toFixed(1).replace(/\.0$/, '');

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() || 'unknown error';
}
