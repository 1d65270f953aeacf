// Turns a text into matching terms that keep their character offsets, so every match can
// be shown as a span of the original text: content lemmas, their stems, two-word phrases,
// abbreviations written out in full, and the codebook topics whose key phrases occur.
// The words come from the one text analysis (src/text), with tracing's stop-word rules.
import type { Abbreviation } from './abbreviations.ts';
import { matchKeys, PHRASE_RULES, placeIndex } from '../text/phrase-matcher.ts';
import { words, type Word } from '../text/words.ts';

export type TermKind = 'word' | 'stem' | 'phrase' | 'topic' | 'concept';

export interface Term {
  /** "victim" (word), "~victim" (stem), "cultur law" (phrase: two stems), "#D1" (codebook topic), "@victims" (thesaurus concept). */
  readonly key: string;
  readonly kind: TermKind;
  readonly start: number;
  readonly end: number;
}

/** A codebook topic's key phrases as stem sequences. */
export interface Concept {
  readonly id: string;
  readonly phrases: readonly (readonly string[])[];
}

export interface Vocabulary {
  readonly abbreviations: readonly Abbreviation[];
  readonly concepts: readonly Concept[];
}

/** The content stems of a key phrase, in order ("alternatives to incarceration" -> ["altern", "incarcer"]). */
export function phraseStems(phrase: string): string[] {
  return words(phrase).filter((w) => w.content).map((w) => w.stem);
}

/** A vocabulary's concept phrases by their first stem, in the vocabulary's order (made once per list of concepts). */
type PhrasesByFirst = ReadonlyMap<string, readonly { readonly concept: Concept; readonly phrase: readonly string[]; readonly order: number }[]>;
const byFirstOf = new WeakMap<readonly Concept[], PhrasesByFirst>();

function phrasesByFirst(concepts: readonly Concept[]): PhrasesByFirst {
  let known = byFirstOf.get(concepts);
  if (known === undefined) {
    const map = new Map<string, { concept: Concept; phrase: readonly string[]; order: number }[]>();
    let order = 0;
    for (const concept of concepts) {
      for (const phrase of concept.phrases) {
        const first = phrase[0];
        if (first !== undefined) {
          const entry = { concept, phrase, order };
          const list = map.get(first);
          if (list === undefined) map.set(first, [entry]);
          else list.push(entry);
        }
        order += 1;
      }
    }
    known = map;
    byFirstOf.set(concepts, known);
  }
  return known;
}

function conceptTerms(content: readonly Word[], concepts: readonly Concept[]): Term[] {
  const places = placeIndex(content.map((word) => ({ key: word.stem, clause: 0 })));
  // A phrase matches in its order from its first stem: only the phrases whose first stem the text has are tried,
  // in the vocabulary's order, as a pass over every phrase would give them.
  const byFirst = phrasesByFirst(concepts);
  const tried = [...places.positions.keys()].flatMap((stem) => byFirst.get(stem) ?? []).sort((a, b) => a.order - b.order);
  const terms: Term[] = [];
  for (const { concept, phrase } of tried) {
    // Thesaurus concepts come with their "@" id; codebook topics are keyed "#<id>".
    const thesaurus = concept.id.startsWith('@');
    for (const match of matchKeys(phrase, places, PHRASE_RULES.tracing)) {
      terms.push({ key: thesaurus ? concept.id : `#${concept.id}`, kind: thesaurus ? 'concept' : 'topic', start: content[match.first]?.start ?? 0, end: content[match.last]?.end ?? 0 });
    }
  }
  return terms;
}

/** All matching terms of a text (`list`: its words, when the caller has read them already). */
export function analyse(text: string, vocabulary: Vocabulary = { abbreviations: [], concepts: [] }, list: readonly Word[] = words(text)): Term[] {
  const terms: Term[] = [];
  list.forEach((word, i) => {
    if (!word.content) return;
    terms.push({ key: word.lemma, kind: 'word', start: word.start, end: word.end });
    terms.push({ key: `~${word.stem}`, kind: 'stem', start: word.start, end: word.end });
    const next = list[i + 1];
    const after = list[i + 2];
    if (next?.content === true) {
      terms.push({ key: `${word.stem} ${next.stem}`, kind: 'phrase', start: word.start, end: next.end });
    } else if (next?.bridge === true && after?.content === true) {
      terms.push({ key: `${word.stem} ${after.stem}`, kind: 'phrase', start: word.start, end: after.end });
    }
  });
  for (const abbreviation of vocabulary.abbreviations) {
    let at = text.indexOf(abbreviation.long);
    while (at >= 0) {
      terms.push({ key: abbreviation.short.toLowerCase(), kind: 'word', start: at, end: at + abbreviation.long.length });
      at = text.indexOf(abbreviation.long, at + abbreviation.long.length);
    }
  }
  terms.push(...conceptTerms(list.filter((w) => w.content), vocabulary.concepts));
  return terms;
}
