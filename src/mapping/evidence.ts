// Evidence spans: a matched key phrase widened to the natural noun or verb phrase an
// analyst would underline ("victim-centred" -> "victim-centred policies"), never a sentence,
// never cutting a name ("Member States", "2030 Agenda", "Bangalore Principles of Judicial Conduct")
// and never a lone common word.
import { tokenize, type Token } from '../text/tokens.ts';
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
      while (c + 1 - a < MAX_TOKENS && (tokens[c + 1]?.pos === 'NOUN' || tokens[c + 1]?.pos === 'PROPN' || isHyphen(tokens[c + 1]))) c += 1;
      if (!isHyphen(tokens[c])) b = c;
    }
  } else if (head?.pos === 'VERB') {
    let c = b + 1;
    while (tokens[c]?.pos === 'DET' || tokens[c]?.pos === 'ADJ') c += 1;
    if (tokens[c]?.pos === 'NOUN' && c - a < MAX_TOKENS) b = c;
  }
  return [a, b];
}

/** Lower-case words that stand inside a name between capitalised words: "Rules for the Treatment of Prisoners". */
const NAME_LINKS = new Set(['of', 'for', 'on', 'to', 'into', 'at', 'in', 'against']);
const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.value);
/** A clause or text opens here ("Call on UNODC", "Encourage Member States"). */
const opensClause = (tokens: readonly Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  return prev === undefined || prev.boundary || /^[(\u201c"]$/.test(prev.value);
};
function isNameWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.key === '') return false;
  // A clause's capitalised first word is a name only as the first of several ("Member States call…").
  if (isCapitalised(t)) return !opensClause(tokens, i) || (t.pos === 'PROPN' && isCapitalised(tokens[i + 1]));
  // "2030 Agenda", "Goal 16": a number next to a capitalised word.
  return /^\d+$/.test(t.value) && (isCapitalised(tokens[i + 1]) || (isCapitalised(tokens[i - 1]) && !opensClause(tokens, i - 1)));
}
/** How many link words join the name word at `end` to a next one: "of", "on the", "and"; 0 for none. */
function linkAfter(tokens: readonly Token[], end: number): number {
  const first = tokens[end + 1]?.value ?? '';
  const second = tokens[end + 2]?.value ?? '';
  // "Prevention and Criminal Justice" is one name; "… Crime and the Protocols" are two.
  // A title goes on through "and to Promote the Rule of Law".
  const length = first === 'and' ? (second === 'the' ? 0 : NAME_LINKS.has(second) ? 2 : 1) : NAME_LINKS.has(first) || first === 'the' ? (second === 'the' ? 2 : 1) : 0;
  return length > 0 && isCapitalised(tokens[end + length + 1]) && isNameWord(tokens, end + length + 1) ? length : 0;
}

/**
 * The names of a text as token ranges: runs of capitalised words (and numbers beside them), with
 * lower-case links between two of them ("Office on Drugs and Crime").
 * @example nameRuns(tokenize('support Member States and the 2030 Agenda')) // [[1, 2], [5, 6]]
 */
export function nameRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens, i)) { i += 1; continue; }
    let end = i;
    for (;;) {
      if (isNameWord(tokens, end + 1)) { end += 1; continue; }
      const link = linkAfter(tokens, end);
      if (link === 0) break;
      end += link + 1;
    }
    if (end > i) runs.push([i, end]);
    i = end + 1;
  }
  return runs;
}

/** Moves each end of [a, b] that falls inside a name out to the name's own end. */
function wholeNames(ranges: readonly (readonly [number, number])[], names: readonly [number, number][]): [number, number][] {
  if (names.length === 0) return ranges.map(([a, b]) => [a, b]);
  // Each token's name, looked up by position (names do not overlap).
  const nameAt = new Map<number, [number, number]>();
  for (const name of names) for (let k = name[0]; k <= name[1]; k += 1) nameAt.set(k, name);
  return ranges.map(([a, b]) => [nameAt.get(a)?.[0] ?? a, nameAt.get(b)?.[1] ?? b]);
}

/** A lone word that says nothing on its own: a stop word, or a word that is not a noun, verb or adjective. */
const isLoneCommon = (tokens: readonly Token[], a: number, b: number): boolean => {
  const t = tokens[a];
  return a === b && (t === undefined || t.stop || !['NOUN', 'PROPN', 'VERB', 'ADJ'].includes(t.pos));
};

/** Turns token ranges into spans over `text`: whole names, lone common words dropped, overlapping ranges merged (up to a phrase's length). */
export function spansOf(text: string, tokens: readonly Token[], ranges: readonly (readonly [number, number])[]): Span[] {
  const kept = ranges.filter(([a, b]) => !isLoneCommon(tokens, a, b));
  const sorted = wholeNames(kept.length > 0 ? kept : ranges, nameRuns(tokens)).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    // A name keeps a phrase whole even past a phrase's length.
    if (last !== undefined && a <= last[1] && (Math.max(last[1], b) - last[0] < MAX_TOKENS || a <= last[1] - 1)) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged.flatMap(([a, b]) => {
    const start = tokens[a]?.start;
    const end = tokens[b]?.end;
    if (start === undefined || end === undefined || end <= start) return [];
    return [{ start, end, text: text.slice(start, end) }];
  });
}

/**
 * Character ranges of `text` (words a matcher found) as evidence phrases: each widened to its noun
 * or verb phrase and to whole names, as the mapping's evidence is.
 */
export function phraseSpans(text: string, ranges: readonly (readonly [number, number])[]): Span[] {
  const tokens = tokenize(text);
  const tokenRanges = ranges.flatMap(([start, end]) => {
    const first = tokens.findIndex((t) => t.end > start);
    if (first < 0) return [];
    let last = first;
    while (tokens[last + 1] !== undefined && (tokens[last + 1]?.start ?? end) < end) last += 1;
    return [widen(tokens, first, last)];
  });
  return spansOf(text, tokens, tokenRanges);
}
