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

function conceptTerms(content: readonly Word[], concepts: readonly Concept[]): Term[] {
  const places = placeIndex(content.map((word) => ({ key: word.stem, clause: 0 })));
  const terms: Term[] = [];
  for (const concept of concepts) {
    // Thesaurus concepts come with their "@" id; codebook topics are keyed "#<id>".
    const thesaurus = concept.id.startsWith('@');
    for (const phrase of concept.phrases) {
      for (const match of matchKeys(phrase, places, PHRASE_RULES.tracing)) {
        terms.push({ key: thesaurus ? concept.id : `#${concept.id}`, kind: thesaurus ? 'concept' : 'topic', start: content[match.first]?.start ?? 0, end: content[match.last]?.end ?? 0 });
      }
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
