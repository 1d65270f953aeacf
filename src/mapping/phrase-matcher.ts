// Finds key phrases in a tokenized text by their lemma keys: all of a phrase's content
// words within a short window of one clause, in any order ("capacity ... strengthened").
import { contentKeys } from '../text/tokens.ts';
import type { Token } from '../text/tokens.ts';

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
}

export function contentView(tokens: readonly Token[]): ContentView {
  let clause = 0;
  const content: { token: Token; clause: number }[] = [];
  for (const token of tokens) {
    if (token.boundary) clause += 1;
    else if (token.key !== '' && !token.stop) content.push({ token, clause });
  }
  return { tokens, content };
}

function slackFor(size: number): number {
  return size <= 1 ? 0 : size === 2 ? 2 : 3;
}

/** Every place `phrase` matches in `view`; overlapping matches are all returned. */
export function matchPhrase(phrase: CompiledPhrase, view: ContentView): PhraseMatch[] {
  const size = phrase.keys.length;
  if (size === 0) return [];
  const wanted = new Set(phrase.keys);
  const { content } = view;
  const matches: PhraseMatch[] = [];
  const reach = size + slackFor(size);
  for (let i = 0; i < content.length; i += 1) {
    const start = content[i];
    if (start === undefined || !wanted.has(start.token.key)) continue;
    const seen = new Map<string, number>();
    for (let j = i; j < content.length && j < i + reach; j += 1) {
      const here = content[j];
      if (here === undefined || here.clause !== start.clause) break;
      if (wanted.has(here.token.key) && !seen.has(here.token.key)) seen.set(here.token.key, here.token.index);
      if (seen.size === size) {
        const indices = [...seen.values()].sort((a, b) => a - b);
        matches.push({ phrase, first: indices[0] ?? start.token.index, last: here.token.index, tokens: indices });
        break;
      }
    }
  }
  return matches;
}
