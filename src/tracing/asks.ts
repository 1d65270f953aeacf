// A recommendation often makes more than one ask: "Assist Member States in establishing … networks …,
// and facilitate the formal and informal exchange of information …". Each ask can be taken up by a
// different paragraph of the outcome, so tracing looks for the best home of each ask as well.
import { words, type Word } from '../text/words.ts';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The asks of a recommendation as character spans: it is cut before every "and" that opens a new
 * imperative clause (a base-form verb after ", and", or after "and" not itself following a verb,
 * so "promote and protect" stays one ask). A text with one ask gives one span. `list`: the
 * text's words, when the caller has read them already.
 * @example asks('Assist States in building networks, and facilitate the exchange of information').length // 2
 */
export function asks(text: string, list: readonly Word[] = words(text)): Span[] {
  const cuts = [0];
  list.forEach((word, i) => {
    const before = list[i - 1];
    const next = list[i + 1];
    if (word.lemma !== 'and' || before === undefined || next?.baseVerb !== true) return;
    if (before.lemma === ',' || before.lemma === ';' || !before.baseVerb) cuts.push(word.start);
  });
  cuts.push(text.length);
  return cuts.slice(1).map((end, i) => ({ start: cuts[i] ?? 0, end }));
}
