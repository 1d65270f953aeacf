// Page numbers written as plain text: render the Word file, let LibreOffice lay it out as a PDF,
// read on which page each heading's bookmark falls, write those numbers into the contents and the
// index, and render again until the numbers no longer move. Word and LibreOffice then open the
// file with its numbers right, without updating any field.

import type { MappingRun } from '../../pipeline/types.ts';
import { withPages } from '../layout/method-facts.ts';
import { PAGE_PLACEHOLDER, END_OF_DOCUMENT } from '../layout/pages.ts';
import { destinationPages } from './destinations.ts';
import { docxToPdf } from './soffice.ts';

export interface Paginated {
  /** The run with the pages its Word file and PDF print. */
  readonly run: MappingRun;
  readonly docx: Uint8Array;
  readonly pdf: Uint8Array;
  readonly pages: Readonly<Record<string, number>>;
  /** Renderings made; the numbers were stable when `stable`. */
  readonly passes: number;
  readonly stable: boolean;
}

const MAX_PASSES = 4;

/** Bookmark keys (as docx/parts.ts names them: "a_A" for bookmark "c_a_A") and their pages, from the PDF's destinations. */
export function pagesOfDestinations(found: Readonly<Record<string, number>>, count: number): Record<string, number> {
  const pages: Record<string, number> = { [END_OF_DOCUMENT]: count };
  for (const [name, page] of Object.entries(found)) {
    if (!name.startsWith('c5F')) continue; // Word's own (_Toc…) and any other
    pages[name.slice(3).replace(/5F/g, '_')] = page;
  }
  return pages;
}

const same = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

export async function paginate(run: MappingRun, soffice: string, render: (run: MappingRun) => Promise<Uint8Array>): Promise<Paginated> {
  let pages: Readonly<Record<string, number>> = { [PAGE_PLACEHOLDER]: 100 };
  let last: Paginated | undefined;
  for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
    const paged = withPages(run, pages);
    const docx = await render(paged);
    const pdf = await docxToPdf(soffice, docx);
    const read = await destinationPages(pdf);
    const found = pagesOfDestinations(read.pages, read.count);
    last = { run: paged, docx, pdf, pages, passes: pass, stable: same(found, pages) };
    if (last.stable) return last;
    pages = found;
  }
  if (last === undefined) throw new Error('paginate: no pass was made');
  return last;
}
