// A table of contents is one contiguous area. Word marks it (TOC field, TOC
// styles, a contents control) or, in files converted from elsewhere, it is only
// a run of lines shaped like "Title … 12". Entries without a page number
// ("Annex") between entries, and the "Contents" title just before, belong to it.
import type { Block } from '../blocks.ts';

const MAX_GAP = 2;
const MIN_UNMARKED_ENTRIES = 3;
const CONTENTS_TITLE = /^(?:table of )?contents\b/i;

/** Marks each contents area's blocks 'toc'; `tocLike` are positions of entry-shaped blocks Word did not mark. */
export function closeTocArea(blocks: readonly Block[], tocLike: ReadonlySet<number>): Block[] {
  const out = [...blocks];
  const candidates = out.flatMap((b, i) => (b.hint === 'toc' || tocLike.has(i) ? [i] : []));
  const runs: number[][] = [];
  for (const i of candidates) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const gap = last === undefined ? [] : out.slice(last + 1, i + 1);
    // The body starts where an entry's title comes back as a heading: the contents end there.
    const titles = new Set((run ?? []).map((k) => entryTitle(out[k]?.text ?? '')));
    const bodyStarts = gap.some((b) => titles.has(entryTitle(b.text)));
    if (run !== undefined && !bodyStarts && gap.length <= MAX_GAP + 1 && gap.slice(0, -1).every(isShortTitle)) run.push(i);
    else runs.push([i]);
  }
  for (const run of runs) {
    const marked = run.some((i) => out[i]?.hint === 'toc');
    if (!marked && run.length < MIN_UNMARKED_ENTRIES) continue;
    const first = run[0] ?? 0;
    const last = run.at(-1) ?? first;
    for (let i = first; i <= last; i += 1) markToc(out, i);
    const before = out[first - 1];
    if (before !== undefined && CONTENTS_TITLE.test(before.text) && before.text.length < 40) markToc(out, first - 1);
  }
  return out;
}

/** "I. Introduction … 2" -> "I. Introduction". */
function entryTitle(text: string): string {
  return text.replace(/(?:\s*(?:…|\.{3,}|\t))+[\s.…]*\d{1,4}\s*$/, '').trim();
}

function markToc(blocks: Block[], i: number): void {
  const block = blocks[i];
  if (block !== undefined && block.hint !== 'toc') blocks[i] = { ...block, hint: 'toc' };
}

/** A title line: short, not a numbered paragraph or item, not a sentence. */
function isShortTitle(block: Block): boolean {
  const text = block.text;
  return text.length <= 200 && block.hint !== 'table-row' && !/^(?:\d+\.|\([a-z]+\))\s/.test(text) && !/[.;:]$/.test(text);
}
