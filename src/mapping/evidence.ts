// Evidence spans: a matched key phrase widened to the natural noun or verb phrase an
// analyst would underline ("victim-centred" -> "victim-centred policies"), never a sentence.
import type { Token } from '../text/tokens.ts';
import type { Span } from './types.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const MAX_TOKENS = 14;

const isHyphen = (t: Token | undefined): boolean => t !== undefined && /^[-\u2010-\u2014]$/.test(t.value);
const isNominal = (t: Token | undefined): boolean => t !== undefined && NOMINAL.has(t.pos) && t.key !== '';

/** Widens the token range [first, last] over modifiers on the left and the head noun (and one "of …") on the right. */
export function widen(tokens: readonly Token[], first: number, last: number): [number, number] {
  let a = first;
  let b = last;
  // Left: adjectives and nouns modifying the phrase, and hyphenated compounds ("victim-centred").
  for (let steps = 0; steps < 3; steps += 1) {
    const prev = tokens[a - 1];
    if (isHyphen(prev) && tokens[a - 2] !== undefined && tokens[a - 2]?.key !== '') a -= 2;
    else if (isNominal(prev) && tokens[a]?.pos !== 'VERB') a -= 1;
    else break;
  }
  // Right: the rest of a compound noun phrase.
  for (let steps = 0; steps < 3; steps += 1) {
    const next = tokens[b + 1];
    if (isHyphen(next) && tokens[b + 2]?.key) b += 2;
    else if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.key !== '') b += 1;
    else break;
  }
  // A verb or a bare head takes its object or complement: "strengthen the capacities of practitioners".
  const head = tokens[b];
  const prep = tokens[b + 1];
  if (head !== undefined && prep !== undefined && ['of', 'for', 'against', 'to'].includes(prep.value.toLowerCase())) {
    let c = b + 2;
    while (tokens[c]?.pos === 'DET' || tokens[c]?.pos === 'ADJ') c += 1;
    if (isNominal(tokens[c]) && c - a < MAX_TOKENS) {
      while (c + 1 - a < MAX_TOKENS && (tokens[c + 1]?.pos === 'NOUN' || isHyphen(tokens[c + 1]))) c += 1;
      if (!isHyphen(tokens[c])) b = c;
    }
  } else if (head?.pos === 'VERB') {
    let c = b + 1;
    while (tokens[c]?.pos === 'DET' || tokens[c]?.pos === 'ADJ') c += 1;
    if (tokens[c]?.pos === 'NOUN' && c - a < MAX_TOKENS) b = c;
  }
  return [a, b];
}

/** Turns token ranges into spans over `text`, merging ranges that overlap (up to a phrase's length). */
export function spansOf(text: string, tokens: readonly Token[], ranges: readonly (readonly [number, number])[]): Span[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && a <= last[1] && Math.max(last[1], b) - last[0] < MAX_TOKENS) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged.flatMap(([a, b]) => {
    const start = tokens[a]?.start;
    const end = tokens[b]?.end;
    if (start === undefined || end === undefined || end <= start) return [];
    return [{ start, end, text: text.slice(start, end) }];
  });
}
