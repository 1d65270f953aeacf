// PDF -> blocks and footnotes: text runs -> lines -> furniture removed ->
// footnotes split off -> paragraphs, items and headings in reading order.

import type { ReadResult } from '../blocks.ts';
import type { Message } from '../../model/types.ts';
import { InputError } from '../../model/errors.ts';
import type { LoadOptions } from './load-pages.ts';
import { loadPagesInWorker } from './pdf-thread.ts';
import { buildLines } from './lines.ts';
import { removeFurniture } from './furniture.ts';
import { splitFootnotes } from './footnotes.ts';
import { buildBlocks, type Layout } from './paragraphs.ts';
import { buildVocabulary, dropSoftHyphens } from './join-text.ts';
import type { Line } from './types.ts';

/** Reads a PDF's bytes into blocks and footnotes, without page furniture. Throws InputError when nothing can be read. */
export async function readPdf(name: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<ReadResult> {
  const { pages, failures } = await loadPagesInWorker(name, bytes, options);
  const lines = pages.map((page) => buildLines(page).map((line) => ({ ...line, text: dropSoftHyphens(line.text) })));
  const furniture = removeFurniture(pages, lines);
  const body = furniture.pages;
  if (body.every((pageLines) => pageLines.length === 0)) {
    throw new InputError(name, `no text found in ${pages.length} page(s); the PDF may be scanned images without a text layer (run OCR first, or read the Word or text version)`);
  }
  const layout = measureLayout(body.flat());
  const vocabulary = buildVocabulary(body.flat().map((line) => line.text));
  const split = splitFootnotes(name, body, layout.bodySize, vocabulary);
  const blocks = buildBlocks(name, split.pages, layout, vocabulary);
  const messages: Message[] = [
    ...failures.map(({ page, reason }) => warning(name, page, 'pdf-page-unreadable', `page ${page} could not be read (${reason}); its content is missing`)),
    ...pages
      .filter((page) => page.runs.length === 0)
      .map((page) => warning(name, page.number, 'pdf-page-without-text', `page ${page.number} has no text layer (an image only?); its content is missing`)),
  ];
  const result: ReadResult = { format: 'pdf', blocks, footnotes: split.footnotes, messages };
  return furniture.statedSymbol === undefined ? result : { ...result, statedSymbol: furniture.statedSymbol };
}

const warning = (source: string, page: number, ruleId: string, reason: string): Message => ({
  severity: 'warning',
  reason,
  ruleId,
  place: { source, page },
});

/** Body font size (most characters), usual baseline distance and the column's right edge. */
function measureLayout(lines: readonly Line[]): Layout {
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  const bodySize = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const body = lines.filter((line) => Math.abs(line.size - bodySize) < 0.5);
  const steps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const [above, below] = [body[i - 1], body[i]];
    if (above === undefined || below === undefined || above.page !== below.page) continue;
    const step = above.y - below.y;
    if (step > 0.5 * bodySize && step < 2 * bodySize) steps.push(step);
  }
  const rights = body.map((line) => line.right).sort((a, b) => a - b);
  const boldChars = lines.filter((line) => line.bold).reduce((sum, line) => sum + line.text.length, 0);
  const allChars = lines.reduce((sum, line) => sum + line.text.length, 0);
  return {
    bodySize,
    pitch: median(steps) ?? bodySize * 1.2,
    rightEdge: rights[Math.floor(rights.length * 0.95)] ?? Math.max(...rights),
    boldMarksHeadings: boldChars < allChars / 2,
  };
}

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
