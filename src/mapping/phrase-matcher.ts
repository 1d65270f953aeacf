// Finds key phrases in a tokenized text by their lemma keys: all of a phrase's content
// words within a short window of one clause, in any order ("capacity ... strengthened").
// The matching itself is the one phrase matcher of src/text, under the mapping's rules.
import { contentKeys } from '../text/tokens.ts';
import type { Token } from '../text/tokens.ts';
import { matchKeys, PHRASE_RULES, placeIndex, type PlaceIndex } from '../text/phrase-matcher.ts';

export interface CompiledPhrase {
  readonly text: string;
  /** Distinct content keys. */
  readonly keys: readonly string[];
}

export interface PhraseMatch {
  readonly phrase: CompiledPhrase;
  /** Token indices (into the full token list) of the first and last matched word. */
  readonly first: number;
  readonly last: number;
  /** Token indices of the matched content words. */
  readonly tokens: readonly number[];
}

export function compilePhrase(text: string): CompiledPhrase {
  return { text, keys: [...new Set(contentKeys(text))] };
}

/** Content words of a text with the clause they stand in. */
export interface ContentView {
  readonly tokens: readonly Token[];
  readonly content: readonly { readonly token: Token; readonly clause: number }[];
  /** The content words as the phrase matcher reads them. */
  readonly places: PlaceIndex;
}

export function contentView(tokens: readonly Token[]): ContentView {
  let clause = 0;
  const content: { token: Token; clause: number }[] = [];
  for (const token of tokens) {
    if (token.boundary) clause += 1;
    else if (token.key !== '' && !token.stop) content.push({ token, clause });
  }
  return { tokens, content, places: placeIndex(content.map(({ token, clause: c }) => ({ key: token.key, clause: c }))) };
}

/** Every place `phrase` matches in `view`; overlapping matches are all returned. */
export function matchPhrase(phrase: CompiledPhrase, view: ContentView): PhraseMatch[] {
  const at = (position: number): number => view.content[position]?.token.index ?? -1;
  return matchKeys(phrase.keys, view.places, PHRASE_RULES.mapping).map((m) => ({
    phrase,
    first: at(m.first),
    last: at(m.last),
    tokens: m.matched.map(at),
  }));
}
