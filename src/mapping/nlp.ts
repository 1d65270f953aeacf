// Lemma tokens with character offsets, from wink-nlp (the model loads once per process).
// Every match in the mapping compares `key`s: the stem of the lemma, hyphens removed,
// so "strengthening the capacities" and "strengthen capacity" share their keys.
import winkNLP from 'wink-nlp';
import type { ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

type Nlp = ReturnType<typeof winkNLP>;
let cached: Nlp | undefined;
const stemCache = new Map<string, string>();

function nlp(): Nlp {
  cached ??= winkNLP(model);
  return cached;
}

// Words wink marks as stop words but that carry meaning in this domain.
const KEEP = new Set(['own', 'first', 'well', 'former', 'last', 'new', 'open', 'full']);

function stemOf(word: string): string {
  const known = stemCache.get(word);
  if (known !== undefined) return known;
  const instance = nlp();
  // wink's typings declare `its.stem` with a signature `out()` does not accept; it works at run time.
  const stemIts = instance.its.stem as unknown as ItsFunction<string>;
  const stem = instance.readDoc(word).tokens().out(stemIts).join('') || word;
  stemCache.set(word, stem);
  return stem;
}

/** Splits `text` into tokens whose offsets slice back to their value. */
export function tokenize(text: string): Token[] {
  const instance = nlp();
  const its = instance.its;
  const tokens = instance.readDoc(text).tokens();
  const values = tokens.out(its.value);
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>);
  const posTags = tokens.out(its.pos);
  const spaces = tokens.out(its.precedingSpaces);
  const types = tokens.out(its.type);
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const result: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    offset += (spaces[i] ?? '').length;
    const found = text.indexOf(value, offset);
    const start = found >= 0 && found - offset < 4 ? found : offset;
    const end = start + value.length;
    offset = end;
    const lemma = (lemmas[i] ?? value).toLowerCase();
    const isWord = types[i] === 'word' || types[i] === 'number' || /\w/.test(value);
    const key = isWord ? stemOf(lemma.replace(/-/g, '')).replace(/-/g, '') : '';
    const stop = isWord && (stops[i] ?? false) === true && !KEEP.has(lemma);
    result.push({
      index: i, start, end, value, lemma,
      pos: posTags[i] ?? 'X',
      key, stop,
      boundary: /^[;.:!?]$/.test(value),
    });
  }
  return result;
}

/** The content keys of a text (no stop words, no punctuation), in order. */
export function contentKeys(text: string): string[] {
  return tokenize(text).filter((t) => t.key !== '' && !t.stop).map((t) => t.key);
}
