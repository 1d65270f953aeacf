// Page numbers of the Word and PDF files, as the layout carries them (see renderers/pdf/paginate.ts).

/** Key of a page map that stands for every bookmark: the first rendering, before the pages are known. */
export const PAGE_PLACEHOLDER = '*';
/** Key of the document's last page. */
export const END_OF_DOCUMENT = '$end';

/** The page a bookmark falls on, when the pages are known. */
export function pageOf(pages: Readonly<Record<string, number>> | undefined, key: string): number | undefined {
  return pages === undefined ? undefined : pages[key] ?? pages[PAGE_PLACEHOLDER];
}

/**
 * The pages from a bookmark to the one before the next that starts a new page: "12–18", or "12".
 * `next` is the bookmark after the range (undefined: the end of the document).
 */
export function pageRange(pages: Readonly<Record<string, number>> | undefined, key: string, next: string | undefined): string | undefined {
  const from = pageOf(pages, key);
  if (from === undefined) return undefined;
  // Before the pages are known, a range as wide as a real one keeps the lines where they will be.
  if (pages?.[PAGE_PLACEHOLDER] !== undefined) return `${from}\u2013${from}`;
  const after = pageOf(pages, next ?? END_OF_DOCUMENT);
  const to = after === undefined ? from : Math.max(from, next === undefined ? after : after - 1);
  return to === from ? String(from) : `${from}\u2013${to}`;
}
