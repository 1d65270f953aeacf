// A text's tokens with character offsets and comparison keys, as the mapping matches them:
// a token's `key` is the stem of its lemma, hyphens removed, so "strengthening the capacities"
// and "strengthen capacity" share their keys.
import { cachedView } from './analysis-cache.ts';
import { isStopWord, STOP_WORDS, type StopWordRules } from './stop-words.ts';
import { stemOf, type WinkTokens } from './wink.ts';

export interface Token {
  /** Position in the token list. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly lemma: string;
  readonly pos: string;
  /** Comparison key: stem of the lemma, lower case, no hyphens; '' for punctuation. */
  readonly key: string;
  readonly stop: boolean;
  /** True for tokens that end a clause (";", ".", ":"), which phrase matches never cross. */
  readonly boundary: boolean;
}

function toTokens(text: string, read: WinkTokens, rules: StopWordRules): Token[] {
  const { values, lemmas, pos, spaces, types, stopFlags } = read;
  const result: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    offset += (spaces[i] ?? '').length;
    // Offsets follow wink's spacing, checked against the text (a token a few characters on is found there).
    const found = text.indexOf(value, offset);
    const start = found >= 0 && found - offset < 4 ? found : offset;
    const end = start + value.length;
    offset = end;
    const lemma = (lemmas[i] ?? value).toLowerCase();
    const isWord = types[i] === 'word' || types[i] === 'number' || /\w/.test(value);
    const key = isWord ? stemOf(lemma.replace(/-/g, '')).replace(/-/g, '') : '';
    const stop = isWord && isStopWord(lemma, stopFlags[i] === true, rules);
    result.push({ index: i, start, end, value, lemma, pos: pos[i] ?? 'X', key, stop, boundary: /^[;.:!?]$/.test(value) });
  }
  return result;
}

/** Splits `text` into tokens whose offsets slice back to their value (read once per text). */
export function tokenize(text: string, rules: StopWordRules = STOP_WORDS.mapping): readonly Token[] {
  if (rules !== STOP_WORDS.mapping) return toTokens(text, cachedView(text, 'wink', (read) => read), rules);
  return cachedView(text, 'tokens', (read) => toTokens(text, read, rules));
}

/** The content keys of a text (no stop words, no punctuation), in order. */
export function contentKeys(text: string, rules: StopWordRules = STOP_WORDS.mapping): string[] {
  return tokenize(text, rules).filter((t) => t.key !== '' && !t.stop).map((t) => t.key);
}
