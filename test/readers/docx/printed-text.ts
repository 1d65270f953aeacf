// Test support: the numbered paragraphs and lettered items of a converted .txt
// report, as printed (page-break splits joined, link markup and footnote markers
// removed), to compare with what the Word reader yields for the same report.

const NUMBERED = /^(?:- )?(?:\d+\.|\([a-z]+\))\s/;

/** Apostrophes straightened (Word prints ’, the .txt has '), whitespace collapsed, `[x](#)` links and <i> tags unwrapped, superscript markers dropped, list dash removed. */
export function normalisePrinted(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/<\/?i>/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/^- /, '');
}

/** "28. The following…", "(c) Enhance…": numbered lines of the text, continuation lines (lowercase start) joined on. */
export function numberedUnitsOfText(text: string): string[] {
  const units: string[] = [];
  let open = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    if (NUMBERED.test(line)) {
      units.push(line);
      open = true;
    } else if (open && /^[a-z]/.test(line) && units.length > 0) {
      units[units.length - 1] = `${units[units.length - 1] ?? ''} ${line}`;
    } else {
      open = false;
    }
  }
  return units.map(normalisePrinted);
}

export function isNumberedUnit(text: string): boolean {
  return NUMBERED.test(text);
}
