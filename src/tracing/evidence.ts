// The phrases that justify a link, as spans of both texts (offsets into each text).
import { phraseSpans } from '../mapping/evidence.ts';
import type { Span } from '../mapping/types.ts';
import type { Term } from './analyse.ts';
import type { Match } from './similarity.ts';

const MAX_MATCHES = 8;

function spansOf(text: string, terms: readonly Term[], keys: ReadonlySet<string>): Span[] {
  const chosen = new Map<string, Term>();
  for (const term of terms) if (keys.has(term.key) && !chosen.has(term.key)) chosen.set(term.key, term);
  const ranges = [...chosen.values()].map((t) => [t.start, t.end] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  // The words matched, shown as the phrases and names they stand in.
  return phraseSpans(text, merged);
}

/** The strongest matches (phrases first when they weigh as much) as spans on both sides. */
export function evidenceFor(
  matches: readonly Match[],
  recommendation: { text: string; terms: readonly Term[] },
  paragraph: { text: string; terms: readonly Term[] },
): { recommendation: Span[]; outcome: Span[] } {
  const inText = new Set(paragraph.terms.map((t) => t.key));
  const keys = new Set(
    [...matches]
      .filter((m) => inText.has(m.key))
      .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key))
      .slice(0, MAX_MATCHES)
      .map((m) => m.key),
  );
  return { recommendation: spansOf(recommendation.text, recommendation.terms, keys), outcome: spansOf(paragraph.text, paragraph.terms, keys) };
}
