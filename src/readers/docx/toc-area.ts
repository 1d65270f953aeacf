// A table of contents is one contiguous area. Entries without a page number
// ("Annex") sit between entries that have one, and the "Contents" title sits
// just before them; both belong to the contents, not to the body.
import type { Block } from '../blocks.ts';

const MAX_GAP = 2;
const CONTENTS_TITLE = /^(?:table of )?contents\b/i;

/** Marks short blocks inside or heading a run of 'toc' blocks as 'toc' too. */
export function closeTocArea(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  const tocAt = out.flatMap((b, i) => (b.hint === 'toc' ? [i] : []));
  const first = tocAt[0];
  if (first === undefined) return out;
  const mark = (i: number): void => {
    const block = out[i];
    if (block !== undefined) out[i] = { ...block, hint: 'toc' };
  };
  for (let k = 1; k < tocAt.length; k += 1) {
    const from = tocAt[k - 1] ?? 0;
    const to = tocAt[k] ?? 0;
    const gap = out.slice(from + 1, to);
    if (gap.length > 0 && gap.length <= MAX_GAP && gap.every(isShortTitle)) for (let i = from + 1; i < to; i += 1) mark(i);
  }
  const before = out[first - 1];
  if (before !== undefined && CONTENTS_TITLE.test(before.text) && before.text.length < 40) mark(first - 1);
  return out;
}

/** A title line: short, not a numbered paragraph or item, not a sentence. */
function isShortTitle(block: Block): boolean {
  const text = block.text;
  return text.length <= 200 && block.hint !== 'table-row' && !/^(?:\d+\.|\([a-z]+\))\s/.test(text) && !/[.;:]$/.test(text);
}
