// Abbreviations a document defines ("United Nations Office on Drugs and Crime (UNODC)"),
// so that a recommendation naming UNODC matches a declaration naming the Office in full.

export interface Abbreviation {
  readonly short: string;
  readonly long: string;
}

const DEFINITION = /((?:[A-Z][\p{L}-]+)(?:\s+(?:of|on|and|for|the|against|in|to|[A-Z][\p{L}-]+)){1,12})\s+\(([A-Z]{2,}[a-z]?)\)/gu;

/** Finds "Long Name (ABBR)" definitions whose capitals spell the abbreviation. */
export function findAbbreviations(texts: Iterable<string>): Abbreviation[] {
  const found = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(DEFINITION)) {
      const short = match[2] ?? '';
      const words = (match[1] ?? '').split(/\s+/);
      // Keep the shortest tail of the name whose initials spell the abbreviation.
      for (let from = words.length - 1; from >= 0; from -= 1) {
        const tail = words.slice(from);
        const initials = tail.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
        if (initials === short.replace(/[a-z]$/, '') && /^[A-Z]/.test(tail[0] ?? '')) {
          if (!found.has(short)) found.set(short, tail.join(' '));
          break;
        }
      }
    }
  }
  return [...found].map(([short, long]) => ({ short, long })).sort((a, b) => a.short.localeCompare(b.short));
}

const NAME = /[A-Z][\p{L}-]*(?:\s+(?:(?:of|on|and|for|the|against|in|to)\s+)*[A-Z][\p{L}-]*)+/gu;

/**
 * Abbreviations used in some texts ("UNODC") that other texts write out in full without
 * defining them: a run of capitalised words whose initials spell the abbreviation.
 */
export function resolveAcronyms(usedIn: Iterable<string>, writtenOutIn: readonly string[]): Abbreviation[] {
  const acronyms = new Set<string>();
  for (const text of usedIn) for (const match of text.matchAll(/\b[A-Z]{3,6}\b/g)) acronyms.add(match[0]);
  const found: Abbreviation[] = [];
  for (const short of [...acronyms].sort()) {
    search: for (const text of writtenOutIn) {
      for (const match of text.matchAll(NAME)) {
        const words = match[0].split(/\s+/);
        for (let from = 0; from < words.length; from += 1) {
          const capitals: string[] = [];
          for (let to = from; to < words.length; to += 1) {
            const word = words[to] ?? '';
            if (/^[A-Z]/.test(word)) capitals.push(word[0] ?? '');
            if (capitals.join('') === short && /^[A-Z]/.test(words[from] ?? '')) {
              found.push({ short, long: words.slice(from, to + 1).join(' ') });
              break search;
            }
            if (capitals.length >= short.length) break;
          }
        }
      }
    }
  }
  return found;
}
