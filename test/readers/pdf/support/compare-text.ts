// The numbered paragraphs and lettered items of a report, in order, as
// comparable text: from the converted .txt (page-broken halves rejoined) or
// from a reader's blocks. Link markup, tags, superscripts and spacing are erased.

export function comparable(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/<\/?[a-z]+>/gi, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '')
    .replace(/^\s*-\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const UNIT = /^(?:\d{1,3}\.|\([a-z]{1,4}\))\s/;

/** Paragraph and item texts of a converted .txt, lines a page break split joined again. */
export function unitsOfTxt(text: string): string[] {
  const units: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = comparable(raw);
    if (line === '') continue;
    if (UNIT.test(line)) units.push(line);
    else if (/^\p{Ll}/u.test(line) && units.length > 0) units[units.length - 1] += ` ${line}`;
  }
  return units;
}

/** Paragraph and item texts among a reader's blocks. */
export function unitsOfBlocks(blocks: readonly { text: string; hint?: string }[]): string[] {
  return blocks.filter((block) => block.hint === undefined).map((block) => comparable(block.text)).filter((text) => UNIT.test(text));
}
