// A text's words as the tracing compares them: lemma, stem of the word itself, offsets, and
// whether the word carries subject matter (a content word) or may bridge a phrase ("proceeds of crime").
import { cachedView } from './analysis-cache.ts';
import { isStopWord, STOP_WORDS, type StopWordRules } from './stop-words.ts';
import type { WinkTokens } from './wink.ts';

export interface Word {
  readonly lemma: string;
  readonly stem: string;
  readonly start: number;
  readonly end: number;
  readonly content: boolean;
  readonly bridge: boolean;
  /** A verb in its base form ("facilitate", not "facilitated"): how an imperative ask begins. */
  readonly baseVerb: boolean;
}

/** Parts of speech that carry subject matter. */
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
/** Words a phrase may run across: "proceeds of crime", "trafficking in persons". */
const BRIDGES = new Set(['of', 'in', 'for', 'to', 'on', 'against']);

function toWords(text: string, read: WinkTokens, rules: StopWordRules): Word[] {
  const { values, lemmas, pos, stopFlags, stems } = read;
  const out: Word[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    // A token not found close ahead in the text (wink normalised it) has no place to show: left out.
    const at = text.indexOf(value, cursor);
    if (at < 0 || at - cursor > 40) return;
    cursor = at + value.length;
    const lemma = (lemmas[i] ?? value).toLowerCase();
    const stem = (stems[i] ?? lemma).toLowerCase().replace(/-/g, '');
    const content = CONTENT.has(pos[i] ?? '') && !isStopWord(lemma, stopFlags[i] === true, rules) && /\p{L}{2,}/u.test(lemma);
    const baseVerb = pos[i] === 'VERB' && lemma === value.toLowerCase();
    out.push({ lemma, stem, start: at, end: cursor, content, bridge: BRIDGES.has(lemma), baseVerb });
  });
  return out;
}

/** The text's words with lemma, stem and offsets (read once per text). */
export function words(text: string, rules: StopWordRules = STOP_WORDS.tracing): readonly Word[] {
  if (rules !== STOP_WORDS.tracing) return toWords(text, cachedView(text, 'wink', (read) => read), rules);
  return cachedView(text, 'words', (read) => toWords(text, read, rules));
}
